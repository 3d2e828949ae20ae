package org.consultationregistry.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The sessions each account is signed in with, so that an admin's change (disabling an account, resetting its
 * password, changing its role) takes effect at once rather than when the holder next signs in. An ended session is
 * signed out at its next request.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void end(String username) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
				this.registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
