package org.consultationregistry;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features talk to each other only through their public services and entities: no feature reaches into another's
 * repository, and no two features depend on each other in a cycle.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(ConsultationRegistryApplication.class);

	@Test
	void featuresKeepToTheirBorders() {
		this.modules.verify();
	}

}
