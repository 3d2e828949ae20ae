package org.consultationregistry.stakeholder;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.shared.BaseEntity;
import org.springframework.util.Assert;

/**
 * Someone who takes part in consultations, with the post they hold now. What they held on the day of a session is
 * kept on the participation, not here. E-mail and phone are personal data and are shown to officials only.
 */
@Entity
public class Person extends BaseEntity {

	private String honorific;

	private String fullName;

	private String designation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	private String email;

	private String phone;

	protected Person() {
	}

	public Person(String honorific, String fullName, String designation, Organisation organisation) {
		Assert.hasText(fullName, "A person needs a name");
		this.honorific = (honorific == null || honorific.isBlank()) ? null : honorific.strip();
		this.fullName = fullName.strip();
		this.designation = designation;
		this.organisation = organisation;
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
