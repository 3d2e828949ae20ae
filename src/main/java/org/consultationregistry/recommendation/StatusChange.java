package org.consultationregistry.recommendation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One step in a recommendation's history: from which status to which, who moved it, when and why. Never changed
 * after it is written.
 */
@Entity
@Immutable
@Table(name = "recommendation_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Recommendation recommendation;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus toStatus;

	private String changedBy;

	private Instant changedAt;

	private String reason;

	protected StatusChange() {
	}

	StatusChange(Recommendation recommendation, RecommendationStatus fromStatus, RecommendationStatus toStatus,
			String changedBy, Instant changedAt, String reason) {
		this.recommendation = recommendation;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.reason = reason;
	}

	/** The status before, or {@code null} for the first entry, when the recommendation was proposed. */
	public RecommendationStatus getFromStatus() {
		return this.fromStatus;
	}

	public RecommendationStatus getToStatus() {
		return this.toStatus;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getReason() {
		return this.reason;
	}

}
