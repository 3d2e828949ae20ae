package org.consultationregistry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ends twelve hours after its sign-in, however busy it has been; and someone with a temporary password
 * can reach nothing but the page to change it.
 */
class SessionLimitsTest {

	private static final Instant SIGNED_IN = Instant.parse("2024-09-30T04:00:00Z");

	@Test
	void aSessionIsUsableUpToTheLimit() throws Exception {
		MockHttpServletResponse response = request("/sessions", signedInSession(), Duration.ofHours(12).minusSeconds(1));

		assertThat(response.getRedirectedUrl()).isNull();
	}

	@Test
	void aSessionEndsAtTheLimitEvenIfItWasNeverIdle() throws Exception {
		MockHttpSession session = signedInSession();

		MockHttpServletResponse response = request("/sessions", session, Duration.ofHours(12));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aTemporaryPasswordLeadsOnlyToChangingIt() throws Exception {
		MockHttpSession session = signedInSession();
		session.setAttribute(SignInOutcomes.MUST_CHANGE_PASSWORD, Boolean.TRUE);

		assertThat(request("/sessions/new", session, Duration.ZERO).getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(request("/account/password", session, Duration.ZERO).getRedirectedUrl()).isNull();
		assertThat(request("/logout", session, Duration.ZERO).getRedirectedUrl()).isNull();
	}

	private static MockHttpSession signedInSession() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SignInOutcomes.SIGNED_IN_AT, SIGNED_IN);
		return session;
	}

	private static MockHttpServletResponse request(String path, MockHttpSession session, Duration later)
			throws Exception {
		SessionLimits limits = new SessionLimits(Clock.fixed(SIGNED_IN.plus(later), ZoneOffset.UTC),
				Duration.ofHours(12));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limits.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
