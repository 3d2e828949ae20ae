package org.consultationregistry.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StartupLock;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's accounts: signing in against them, and making sure there is always someone who can administer the
 * rest.
 */
@Service
@Transactional(readOnly = true)
public class Accounts implements UserDetailsService {

	private static final Logger logger = LoggerFactory.getLogger(Accounts.class);

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final StartupLock startupLock;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, StartupLock startupLock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.startupLock = startupLock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account named " + username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.build();
	}

	/**
	 * Creates the first admin account if no enabled admin exists. Without a configured password, one is generated
	 * and written to the log this once; the admin is asked to change it.
	 * @return whether an account was created
	 */
	@Transactional
	public boolean ensureAnAdminExists(String username, String configuredPassword) {
		this.startupLock.acquire("first-admin");
		if (this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return false;
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			logger.warn("There is no enabled admin account, and the username '{}' is taken by another account: "
					+ "enable an admin in the database, or set REGISTRY_ADMIN_USERNAME to a free name", username);
			return false;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generatePassword() : configuredPassword;
		UserAccount admin = new UserAccount(username, "Administrator", this.passwordEncoder.encode(password),
				Role.ADMIN, null);
		if (generated) {
			admin.requirePasswordChange();
			logger.warn("Created the first admin account '{}' with the generated password: {}  "
					+ "(shown only this once; sign in and change it)", username, password);
		}
		else {
			logger.info("Created the first admin account '{}' with the configured password", username);
		}
		this.accounts.save(admin);
		return true;
	}

	/** The id of the person the signed-in account belongs to, if it is linked to one. */
	public Optional<Long> personIdOf(String username) {
		return this.accounts.findPersonIdByUsername(username);
	}

	/** Links an account to the person it belongs to. Admins only. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void link(String username, Person person) {
		this.accounts.findByUsername(username)
			.orElseThrow(() -> new RecordNotFoundException("Account", username))
			.belongsTo(person);
	}

	public boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	/**
	 * Opens an account. Admins only; the account administration pages build on this.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount open(String username, String displayName, String password, Role role,
			Organisation organisation) {
		return this.accounts.save(
				new UserAccount(username, displayName, this.passwordEncoder.encode(password), role, organisation));
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
