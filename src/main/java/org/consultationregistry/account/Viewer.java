package org.consultationregistry.account;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for templates to decide what to show: {@code ${@viewer.staff}} and the like. Templates
 * ask this on every page, some on every row, so it reads the signed-in user directly rather than parsing a security
 * expression each time (which took a tenth of a session page's time). What a user may actually do is decided by
 * the services, never by what a page shows.
 */
@Component("viewer")
public class Viewer {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	public boolean isSignedIn() {
		return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	/** An official or an admin: the board's staff. */
	public boolean isStaff() {
		return has(Role.OFFICIAL) || has(Role.ADMIN);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	public boolean isStakeholder() {
		return has(Role.STAKEHOLDER);
	}

	/** The signed-in user's name, or {@code null} for a visitor. */
	public String getName() {
		return isSignedIn() ? SecurityContextHolder.getContext().getAuthentication().getName() : null;
	}

	private static boolean has(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!TRUST.isAuthenticated(authentication)) {
			return false;
		}
		String authority = "ROLE_" + role.name();
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
