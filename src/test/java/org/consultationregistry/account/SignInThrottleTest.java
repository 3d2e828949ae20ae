package org.consultationregistry.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How failures slow down and then lock an account's sign-ins, and how the lock lifts by itself.
 */
class SignInThrottleTest {

	private static final SignInThrottle.Rule RULE = SignInThrottle.ACCOUNT;

	private static final Instant LAST_FAILURE = Instant.parse("2024-09-30T05:00:00Z");

	@Test
	void aFewFailuresChangeNothing() {
		assertThat(RULE.refusal(2, LAST_FAILURE, LAST_FAILURE.plusSeconds(1))).isEmpty();
	}

	@Test
	void thenEachAttemptMustWaitABit() {
		assertThat(RULE.refusal(3, LAST_FAILURE, LAST_FAILURE.plusSeconds(1)))
			.contains(new SignInThrottle.Refusal(LAST_FAILURE.plus(RULE.pause()), false));
		assertThat(RULE.refusal(3, LAST_FAILURE, LAST_FAILURE.plus(RULE.pause()))).isEmpty();
	}

	@Test
	void thenTheAccountIsLockedForAWhileAndTheLockLiftsByItself() {
		Instant until = LAST_FAILURE.plus(Duration.ofMinutes(15));

		assertThat(RULE.refusal(6, LAST_FAILURE, LAST_FAILURE.plus(Duration.ofMinutes(14))))
			.contains(new SignInThrottle.Refusal(until, true));
		assertThat(RULE.refusal(6, LAST_FAILURE, until)).isEmpty();
	}

	@Test
	void anAddressSharedByAnOfficeTakesMoreFailuresToSlow() {
		assertThat(SignInThrottle.ADDRESS.refusal(9, LAST_FAILURE, LAST_FAILURE.plusSeconds(1))).isEmpty();
		assertThat(SignInThrottle.ADDRESS.refusal(10, LAST_FAILURE, LAST_FAILURE.plusSeconds(1))).isPresent();
	}

}
