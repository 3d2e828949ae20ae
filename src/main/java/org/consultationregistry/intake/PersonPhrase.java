package org.consultationregistry.intake;

/**
 * What one phrase of a text says about someone at the table: "P&D Board Secretary Dr Asif Tufail" is a person with
 * honorific, name, post and organisation; "Secretary Finance" is an office held by nobody named; "other officials"
 * is a group.
 *
 * @param honorific "Dr", or {@code null}
 * @param name the person's name without the honorific, or {@code null} for an office or a group
 * @param designation the post as the registry writes it ("Chief Executive Officer" for "CEO"), or {@code null}
 * @param organisation the organisation the phrase names, or {@code null}
 * @param ownDepartment whether the post names a department of its own ("Secretary Finance") rather than a section of
 * the body hosting the session ("Chief IT")
 * @param group the phrase itself when it speaks of several people at once ("other officials"), else {@code null}
 */
record PersonPhrase(String honorific, String name, String designation, OrganisationMention organisation,
		boolean ownDepartment, String group) {

	static final PersonPhrase NOTHING = new PersonPhrase(null, null, null, null, false, null);

	boolean isPerson() {
		return this.name != null;
	}

	/** A name and nothing else: "Faisal Yousaf" in "the Chairman of PBIT, Faisal Yousaf". */
	boolean isNameOnly() {
		return this.name != null && this.designation == null && this.organisation == null;
	}

	/** A post held by nobody named in the phrase. */
	boolean isOffice() {
		return this.name == null && this.designation != null;
	}

	boolean isGroup() {
		return this.group != null;
	}

	boolean isNothing() {
		return this.name == null && this.designation == null && this.group == null;
	}

	/** This phrase's name with the post and organisation another phrase gives. */
	PersonPhrase withPost(PersonPhrase post) {
		return new PersonPhrase(this.honorific, this.name, post.designation,
				(post.organisation != null) ? post.organisation : this.organisation, post.ownDepartment, null);
	}

	PersonPhrase withOrganisation(OrganisationMention organisation) {
		return new PersonPhrase(this.honorific, this.name, this.designation, organisation, this.ownDepartment,
				this.group);
	}

	/** The name as the text writes it, with the honorific. */
	String displayName() {
		return (this.honorific != null) ? this.honorific + " " + this.name : this.name;
	}

}
