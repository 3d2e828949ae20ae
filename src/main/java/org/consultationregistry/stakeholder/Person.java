package org.consultationregistry.stakeholder;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.springframework.util.Assert;

/**
 * Someone who takes part in consultations, with the post they hold now. What they held on the day of a session is
 * kept on the participation, not here. E-mail and phone are personal data and are shown to officials only.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String honorific;

	private String fullName;

	private String designation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	private String email;

	private String phone;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	protected Person() {
	}

	public Person(String honorific, String fullName, String designation, Organisation organisation) {
		Assert.hasText(fullName, "A person needs a name");
		this.honorific = (honorific == null || honorific.isBlank()) ? null : honorific.strip();
		this.fullName = fullName.strip();
		this.designation = designation;
		this.organisation = organisation;
	}

	public Long getId() {
		return this.id;
	}

	public String getHonorific() {
		return this.honorific;
	}

	public String getFullName() {
		return this.fullName;
	}

	/** The name as the board writes it: "Dr Asif Tufail". */
	public String getDisplayName() {
		return (this.honorific != null) ? this.honorific + " " + this.fullName : this.fullName;
	}

	public String getDesignation() {
		return this.designation;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

}
