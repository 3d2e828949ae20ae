package org.consultationregistry.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo consultation at start-up when {@code registry.demo-data} is on and the registry is empty.
 * <p>
 * The property is read when the portal starts, not in a condition on the bean: a production start with Spring AOT
 * fixes such conditions when the jar is built, and the same jar must serve with the demo data on or off.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

	private final DemoData demoData;

	private final boolean enabled;

	DemoDataRunner(DemoData demoData, @Value("${registry.demo-data}") boolean enabled) {
		this.demoData = demoData;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled) {
			this.demoData.loadIntoEmptyRegistry();
		}
	}

}
