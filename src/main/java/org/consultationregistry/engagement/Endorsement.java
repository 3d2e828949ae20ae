package org.consultationregistry.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.shared.BaseEntity;
import org.springframework.util.Assert;

/**
 * A stakeholder's support for a published recommendation. One per person and recommendation (the database holds
 * to that too); withdrawing it deletes it.
 */
@Entity
public class Endorsement extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Recommendation recommendation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private UserAccount account;

	protected Endorsement() {
	}

	Endorsement(Recommendation recommendation, UserAccount account) {
		Assert.notNull(recommendation, "An endorsement is of a recommendation");
		Assert.notNull(account, "An endorsement is someone's");
		this.recommendation = recommendation;
		this.account = account;
	}

	public Recommendation getRecommendation() {
		return this.recommendation;
	}

	public UserAccount getAccount() {
		return this.account;
	}

}
