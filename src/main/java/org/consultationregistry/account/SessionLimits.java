package org.consultationregistry.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits on a signed-in session beyond the idle timeout the servlet container applies: a session ends a fixed time
 * after its sign-in however busy it has been, and someone holding a temporary password can do nothing but choose
 * their own (or sign out) until they have.
 */
class SessionLimits extends OncePerRequestFilter {

	/** What someone who must change their password can still reach. */
	private static final List<String> ALWAYS_OPEN = List.of(SignInOutcomes.CHANGE_PASSWORD_PAGE, "/logout", "/login",
			"/error", "/static/", "/webjars/");

	private final Clock clock;

	private final Duration absoluteTimeout;

	SessionLimits(Clock clock, Duration absoluteTimeout) {
		this.clock = clock;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant signedInAt = (Instant) session.getAttribute(SignInOutcomes.SIGNED_IN_AT);
			if (signedInAt != null && !this.clock.instant().isBefore(signedInAt.plus(this.absoluteTimeout))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (session.getAttribute(SignInOutcomes.MUST_CHANGE_PASSWORD) != null && !alwaysOpen(request)) {
				response.sendRedirect(request.getContextPath() + SignInOutcomes.CHANGE_PASSWORD_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean alwaysOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALWAYS_OPEN.stream().anyMatch((open) -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
	}

}
