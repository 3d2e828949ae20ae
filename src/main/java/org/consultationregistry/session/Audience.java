package org.consultationregistry.session;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * Who is reading, as far as the registry's records are concerned. The public (anonymous visitors and stakeholders)
 * sees only sessions whose minutes are published, and what came out of them; the board's staff (officials and
 * admins) see everything. Controllers receive it as a method argument.
 */
public enum Audience {

	PUBLIC(EnumSet.of(SessionStatus.PUBLISHED)), STAFF(EnumSet.allOf(SessionStatus.class));

	private final Set<SessionStatus> visibleSessions;

	Audience(Set<SessionStatus> visibleSessions) {
		this.visibleSessions = visibleSessions;
	}

	public static Audience of(Authentication authentication) {
		boolean staff = authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> "ROLE_OFFICIAL".equals(authority.getAuthority())
							|| "ROLE_ADMIN".equals(authority.getAuthority()));
		return staff ? STAFF : PUBLIC;
	}

	/** The session statuses whose sessions (and their issues and recommendations) this audience may read. */
	public Set<SessionStatus> visibleSessions() {
		return this.visibleSessions;
	}

	/**
	 * Whether this audience may read sessions of every status; if not, only published ones. Queries take this single
	 * value rather than the set of statuses: Hibernate translates a query with a parameter bound to a collection
	 * again on every execution.
	 */
	public boolean seesEverySession() {
		return this.visibleSessions.size() == SessionStatus.values().length;
	}

	public boolean maySee(ConsultationSession session) {
		return this.visibleSessions.contains(session.getStatus());
	}

}
