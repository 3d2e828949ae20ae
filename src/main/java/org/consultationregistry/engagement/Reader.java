package org.consultationregistry.engagement;

import org.consultationregistry.session.Audience;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as this feature needs it: their username (or {@code null} for a visitor who has not signed in) and
 * what they may read.
 */
record Reader(String username, Audience audience) {

	static Reader current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return new Reader(signedIn ? authentication.getName() : null, Audience.of(authentication));
	}

	boolean isSignedIn() {
		return this.username != null;
	}

	boolean isStaff() {
		return this.audience == Audience.STAFF;
	}

}
