package org.consultationregistry.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo consultation at start-up when {@code registry.demo-data} is on and the registry is empty.
 */
@Component
@ConditionalOnBooleanProperty("registry.demo-data")
class DemoDataRunner implements ApplicationRunner {

	private final DemoData demoData;

	DemoDataRunner(DemoData demoData) {
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoData.loadIntoEmptyRegistry();
	}

}
