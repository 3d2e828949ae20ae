package org.consultationregistry.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The sessions each account is signed in with, so that an admin's change (disabling an account, resetting its
 * password, changing its role) takes effect at once rather than when the holder next signs in. An ended session is
 * signed out at its next request, on whichever instance of the portal it arrives.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void end(String username) {
		// Spring Session finds sessions by the principal's name as stored at sign-in: the account's username.
		this.registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
	}

}
