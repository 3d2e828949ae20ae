package org.consultationregistry.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.consultationregistry.stakeholder.Organisation;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.springframework.util.Assert;

/**
 * Someone who can sign in to the portal. A stakeholder account always speaks for an organisation.
 */
@Entity
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	private boolean enabled = true;

	private boolean mustChangePassword;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

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

	public Long getId() {
		return this.id;
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

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

}
