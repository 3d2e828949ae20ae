package org.consultationregistry.account;

import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.util.Assert;

/**
 * Someone who can sign in to the portal. A stakeholder account always speaks for an organisation.
 */
@Entity
public class UserAccount extends BaseEntity {

	/** What every username looks like: the table's check constraint and the account form say the same. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,60}");

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	/** The person in the registry this account belongs to, if any: a participant who can sign in. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Person person;

	private boolean enabled = true;

	private boolean mustChangePassword;

	/** The language the holder last chose ("en" or "ur"), or null while they have not chosen. */
	private String preferredLanguage;

	/**
	 * Whether some account could have this name. A name typed at sign-in that no account can have (one with a NUL
	 * byte, which PostgreSQL refuses in any text) is not looked up: it names no account.
	 */
	static boolean couldBeUsername(String name) {
		return name != null && USERNAME.matcher(name).matches();
	}

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Role role,
			Organisation organisation) {
		Assert.hasText(username, "An account needs a username");
		Assert.hasText(displayName, "An account needs a display name");
		Assert.hasText(passwordHash, "An account needs a password");
		Assert.notNull(role, "An account needs a role");
		Assert.isTrue(role != Role.STAKEHOLDER || organisation != null,
				"A stakeholder account must name its organisation");
		this.username = username.strip();
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.organisation = organisation;
	}

	/** Marks the password as one the holder did not choose, to be replaced at their next sign-in. */
	public void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	/**
	 * An admin corrects who the account belongs to and what it may do. A stakeholder must name an organisation.
	 */
	void revise(String displayName, Role role, Organisation organisation, Person person) {
		Assert.hasText(displayName, "An account needs a display name");
		Assert.notNull(role, "An account needs a role");
		Assert.isTrue(role != Role.STAKEHOLDER || organisation != null,
				"A stakeholder account must name its organisation");
		this.displayName = displayName.strip();
		this.role = role;
		this.organisation = organisation;
		this.person = person;
	}

	/** An admin gives the account a temporary password, which the holder must replace at their next sign-in. */
	void resetPassword(String temporaryPasswordHash) {
		Assert.hasText(temporaryPasswordHash, "An account needs a password");
		this.passwordHash = temporaryPasswordHash;
		this.mustChangePassword = true;
	}

	/** The holder chose a new password of their own. */
	void changePassword(String passwordHash) {
		Assert.hasText(passwordHash, "An account needs a password");
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	/** Nobody can sign in with the account any longer; it is kept for the record. */
	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	boolean isEnabledAdmin() {
		return this.enabled && this.role == Role.ADMIN;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Person getPerson() {
		return this.person;
	}

	/** Links the account to the person it belongs to in the registry. */
	public void belongsTo(Person person) {
		this.person = person;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	String getPreferredLanguage() {
		return this.preferredLanguage;
	}

}
