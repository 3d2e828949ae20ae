package org.consultationregistry.account;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every test signs in from the loopback address, so failures a test causes on purpose would add up against that
 * address and slow down other tests' sign-ins. Tests that fail sign-ins forget the address's count afterwards.
 */
final class FailedSignIns {

	private FailedSignIns() {
	}

	static void forgetLoopback(JdbcTemplate jdbc) {
		jdbc.update("delete from sign_in_failure where kind = 'ADDRESS' and key = '127.0.0.1'");
	}

}
