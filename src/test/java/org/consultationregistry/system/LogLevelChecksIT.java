package org.consultationregistry.system;

import ch.qos.logback.classic.LoggerContext;
import org.consultationregistry.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the portal running, asking a logger whether a level is on consults no filter: Hibernate asks for every row and
 * column it reads, and a filter on that path (Micrometer's count of log events) was a thirteenth of a page's CPU.
 */
@PortalTest
class LogLevelChecksIT {

	@Test
	void aLevelCheckConsultsNoFilter() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(logging.getTurboFilterList()).isEmpty();
	}

}
