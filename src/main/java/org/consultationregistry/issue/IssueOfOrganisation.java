package org.consultationregistry.issue;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;

/**
 * An issue an organisation or one of its people raised, as the organisation's footprint (V24) lists it: mapped only
 * so that the organisation's page can pick its newest issues in the same query that fetches them with their
 * sessions. Database triggers write these rows; the registry only reads them.
 */
@Entity
@Immutable
@Table(name = "organisation_footprint")
@SQLRestriction("kind = 'I'")
@IdClass(IssueOfOrganisation.Key.class)
class IssueOfOrganisation {

	@Id
	@Column(name = "organisation_id")
	private long organisationId;

	@Id
	@Column(name = "item_id")
	private long issueId;

	/** The day of the issue's session. */
	@Column(name = "sort_key")
	private LocalDateTime sortKey;

	/** Whether the issue's session is published. */
	private boolean published;

	protected IssueOfOrganisation() {
	}

	record Key(long organisationId, long issueId) implements Serializable {
	}

}
