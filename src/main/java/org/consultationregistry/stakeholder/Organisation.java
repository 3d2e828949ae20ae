package org.consultationregistry.stakeholder;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import org.consultationregistry.shared.BaseEntity;
import org.springframework.util.Assert;

/**
 * A body that takes part in consultations: a government department, a company, a university. It may be known by
 * an acronym and by other names ("P&D Board" and "Planning and Development Board" are one organisation).
 */
@Entity
public class Organisation extends BaseEntity {

	private String name;

	private String acronym;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	private String sector;

	@ElementCollection
	@CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "alias")
	private Set<String> aliases = new LinkedHashSet<>();

	protected Organisation() {
	}

	public Organisation(String name, String acronym, OrganisationType type, String sector) {
		Assert.hasText(name, "An organisation needs a name");
		Assert.notNull(type, "An organisation needs a type");
		this.name = name.strip();
		this.acronym = (acronym == null || acronym.isBlank()) ? null : acronym.strip();
		this.type = type;
		this.sector = sector;
	}

	public void addAlias(String alias) {
		Assert.hasText(alias, "An alias cannot be blank");
		this.aliases.add(alias.strip());
	}

	public String getName() {
		return this.name;
	}

	public String getAcronym() {
		return this.acronym;
	}

	/** The name people use in tables and lists: the acronym where there is one. */
	public String getShortName() {
		return (this.acronym != null) ? this.acronym : this.name;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public String getSector() {
		return this.sector;
	}

	public Set<String> getAliases() {
		return Collections.unmodifiableSet(this.aliases);
	}

}
