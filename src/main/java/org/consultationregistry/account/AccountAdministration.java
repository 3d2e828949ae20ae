package org.consultationregistry.account;

import java.util.List;

import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StaleEditException;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * What admins do to accounts: open them, correct them, disable and enable them, and give a holder who forgot their
 * password a temporary one. Every change is written to the audit trail by the entity listener (the password hash
 * only as "hidden"). The portal always keeps at least one enabled admin.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class AccountAdministration {

	private static final String RECORD_TYPE = "UserAccount";

	private final AccountRepository accounts;

	private final StakeholderDirectory directory;

	private final PasswordEncoder passwordEncoder;

	private final FormSubmissions submissions;

	private final SignedInSessions sessions;

	AccountAdministration(AccountRepository accounts, StakeholderDirectory directory,
			PasswordEncoder passwordEncoder, FormSubmissions submissions, SignedInSessions sessions) {
		this.accounts = accounts;
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.submissions = submissions;
		this.sessions = sessions;
	}

	/**
	 * An account just opened, with the temporary password to hand to its holder. The password is {@code null} when
	 * the form had already been submitted: the account exists, and only a reset gives it a new password to show.
	 */
	record Opened(long id, String temporaryPassword) {
	}

	/** Accounts by username; the order is fixed, whatever the address asks for. */
	@Transactional(readOnly = true)
	Page<UserAccount> list(Pageable pageable) {
		return this.accounts.findPage(
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username")));
	}

	@Transactional(readOnly = true)
	UserAccount find(long id) {
		return this.accounts.findWithLinks(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	/**
	 * Opens an account with a temporary password, which its holder must replace at their first sign-in.
	 */
	Opened open(AccountForm form) {
		String[] password = new String[1];
		long id = this.submissions.once(form.token(), RECORD_TYPE, () -> {
			if (this.accounts.findByUsername(form.username()).isPresent()) {
				throw new FieldProblem("username", "account.username.taken");
			}
			Organisation organisation = organisationOf(form);
			password[0] = TemporaryPasswords.generate();
			UserAccount account = new UserAccount(form.username(), form.displayName(),
					this.passwordEncoder.encode(password[0]), form.role(), organisation);
			account.requirePasswordChange();
			account = this.accounts.save(account);
			account.belongsTo(personOf(form, account.getId()));
			return account.getId();
		});
		return new Opened(id, password[0]);
	}

	/**
	 * Saves an admin's corrections. A change of role ends the account's sessions, so that it takes effect at once.
	 * @throws StaleEditException if someone else changed the account since the form was loaded
	 */
	void revise(long id, AccountForm form) {
		UserAccount account = load(id);
		if (form.version() == null || form.version() != account.getVersion()) {
			throw new StaleEditException(RECORD_TYPE, id, account.getVersion());
		}
		Role before = account.getRole();
		if (before == Role.ADMIN && form.role() != Role.ADMIN) {
			keepAnAdmin(account, "role");
		}
		account.revise(form.displayName(), form.role(), organisationOf(form), personOf(form, id));
		if (before != form.role()) {
			this.sessions.end(account.getUsername());
		}
	}

	/** Nobody can sign in with the account any longer, and its open sessions end. */
	void disable(long id) {
		UserAccount account = load(id);
		keepAnAdmin(account, null);
		account.disable();
		this.sessions.end(account.getUsername());
	}

	void enable(long id) {
		load(id).enable();
	}

	/**
	 * Replaces the account's password with a temporary one and ends its sessions.
	 * @return the temporary password, to show the admin this once
	 */
	String resetPassword(long id) {
		UserAccount account = load(id);
		String password = TemporaryPasswords.generate();
		account.resetPassword(this.passwordEncoder.encode(password));
		this.sessions.end(account.getUsername());
		return password;
	}

	private UserAccount load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	/** Refuses to take away the last enabled admin. */
	private void keepAnAdmin(UserAccount account, String field) {
		List<UserAccount> admins = this.accounts.lockEnabledAdmins();
		if (account.isEnabledAdmin() && admins.size() <= 1) {
			throw new FieldProblem(field, "account.lastAdmin");
		}
	}

	private Organisation organisationOf(AccountForm form) {
		Organisation organisation = this.directory.resolveOrganisation(form.organisationId(),
				form.organisationName(), null, "organisationName");
		if (form.role() == Role.STAKEHOLDER && organisation == null) {
			throw new FieldProblem("organisationName", "account.organisation.required");
		}
		return organisation;
	}

	/** The person is picked from suggestions, never created here: an account links to someone already known. */
	private Person personOf(AccountForm form, long accountId) {
		if (form.personId() == null) {
			if (StringUtils.hasText(form.personName())) {
				throw new FieldProblem("personName", "account.person.pick");
			}
			return null;
		}
		if (this.accounts.isPersonLinkedElsewhere(form.personId(), accountId)) {
			throw new FieldProblem("personName", "account.person.taken");
		}
		return this.directory.resolvePerson(form.personId(), null, null, null, null, "personName");
	}

}
