package org.consultationregistry.account;

import java.util.Optional;

import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StartupLock;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
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

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final StartupLock startupLock;

	private final PasswordPolicy passwordPolicy;

	private final StakeholderDirectory directory;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, StartupLock startupLock,
			PasswordPolicy passwordPolicy, StakeholderDirectory directory) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.startupLock = startupLock;
		this.passwordPolicy = passwordPolicy;
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Optional<UserAccount> found = UserAccount.couldBeUsername(username) ? this.accounts.findByUsername(username)
				: Optional.empty();
		UserAccount account = found.orElseThrow(() -> new UsernameNotFoundException("No account named " + username));
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
		String password = generated ? TemporaryPasswords.generate() : configuredPassword;
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

	/** The account with this username (as signed in), if there is one. */
	public Optional<UserAccount> find(String username) {
		return this.accounts.findByUsername(username);
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

	/**
	 * Opens an account from the API: the initial password must meet the password rules, and the holder is asked to
	 * change it at their first sign-in. Admins only.
	 * @throws FieldProblem for a username already taken, a stakeholder without a known organisation, or a password
	 * the rules refuse
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount openFromApi(String username, String displayName, String initialPassword, Role role,
			Long organisationId) {
		if (exists(username)) {
			throw new FieldProblem("username", "account.username.taken");
		}
		Organisation organisation = (organisationId != null) ? this.directory.findOrganisation(organisationId)
			.orElseThrow(() -> new FieldProblem("organisationId", "lookup.unknown")) : null;
		if (role == Role.STAKEHOLDER && organisation == null) {
			throw new FieldProblem("organisationId", "account.organisation.required");
		}
		UserAccount account = open(username, displayName, initialPassword, role, organisation);
		account.requirePasswordChange();
		return account;
	}

	public boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	/**
	 * Opens an account with a password its holder chose. Admins only.
	 * @throws FieldProblem on {@code password} if the password is too short or too common
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount open(String username, String displayName, String password, Role role,
			Organisation organisation) {
		this.passwordPolicy.problemWith(password).ifPresent((problem) -> {
			throw new FieldProblem("password", problem);
		});
		return this.accounts.save(
				new UserAccount(username, displayName, this.passwordEncoder.encode(password), role, organisation));
	}

	/**
	 * The signed-in holder replaces their password (a temporary one, or one they want to change), proving they
	 * know the current one.
	 * @throws FieldProblem on the field whose answer cannot be used
	 */
	@Transactional
	@PreAuthorize("isAuthenticated() and #username == authentication.name")
	public void changePassword(String username, PasswordChangeForm form) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new RecordNotFoundException("Account", username));
		if (!this.passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
			throw new FieldProblem("currentPassword", "password.currentWrong");
		}
		this.passwordPolicy.problemWith(form.newPassword()).ifPresent((problem) -> {
			throw new FieldProblem("newPassword", problem);
		});
		if (form.newPassword().equals(form.currentPassword())) {
			throw new FieldProblem("newPassword", "password.unchanged");
		}
		if (!form.newPassword().equals(form.repeatPassword())) {
			throw new FieldProblem("repeatPassword", "password.repeatDiffers");
		}
		account.changePassword(this.passwordEncoder.encode(form.newPassword()));
	}

}
