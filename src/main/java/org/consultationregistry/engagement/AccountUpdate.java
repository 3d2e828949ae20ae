package org.consultationregistry.engagement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.recommendation.FollowUpAction;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.hibernate.annotations.Immutable;

/**
 * One entry in an account's updates list: something that happened to a recommendation it follows, or an answer to
 * its comment. Written (by {@link UpdateRecorder}) in the transaction of the change itself and never changed.
 */
@Entity
@Immutable
public class AccountUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private UserAccount account;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Recommendation recommendation;

	@Enumerated(EnumType.STRING)
	private UpdateKind kind;

	/** The status moved to, for {@link UpdateKind#STATUS_CHANGED}. */
	@Enumerated(EnumType.STRING)
	private RecommendationStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	private FollowUpAction followUpAction;

	@ManyToOne(fetch = FetchType.LAZY)
	private Comment comment;

	private Instant occurredAt;

	protected AccountUpdate() {
	}

	public Long getId() {
		return this.id;
	}

	public Recommendation getRecommendation() {
		return this.recommendation;
	}

	public UpdateKind getKind() {
		return this.kind;
	}

	public RecommendationStatus getStatus() {
		return this.status;
	}

	public FollowUpAction getFollowUpAction() {
		return this.followUpAction;
	}

	public Comment getComment() {
		return this.comment;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
