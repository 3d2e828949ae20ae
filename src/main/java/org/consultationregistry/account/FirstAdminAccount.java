package org.consultationregistry.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, makes sure someone can sign in and administer the portal.
 */
@Component
class FirstAdminAccount implements ApplicationRunner {

	private final Accounts accounts;

	private final String username;

	private final String password;

	FirstAdminAccount(Accounts accounts, @Value("${registry.admin.username}") String username,
			@Value("${registry.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.ensureAnAdminExists(this.username, this.password);
	}

}
