package org.consultationregistry.engagement;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.UserAccount;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholders endorse published recommendations, one endorsement per person, and may withdraw it. Endorsing twice,
 * or withdrawing what is not there, changes nothing; two endorsements sent at the same moment meet the database's
 * unique constraint, and the second fails.
 */
@Service
@Transactional(readOnly = true)
public class Endorsements {

	private final EndorsementRepository endorsements;

	private final Recommendations recommendations;

	private final Accounts accounts;

	Endorsements(EndorsementRepository endorsements, Recommendations recommendations, Accounts accounts) {
		this.endorsements = endorsements;
		this.recommendations = recommendations;
		this.accounts = accounts;
	}

	/**
	 * @param endorse whether the signed-in stakeholder endorses the recommendation from now on
	 * @throws RecordNotFoundException if there is no such published recommendation
	 */
	@Transactional
	@PreAuthorize("hasRole('STAKEHOLDER')")
	public void endorse(long recommendationId, boolean endorse) {
		Recommendation recommendation = this.recommendations.find(recommendationId, Audience.PUBLIC)
			.orElseThrow(() -> new RecordNotFoundException("Recommendation", recommendationId))
			.recommendation();
		Reader reader = Reader.current();
		UserAccount account = this.accounts.find(reader.username())
			.orElseThrow(() -> new RecordNotFoundException("Account", reader.username()));
		this.endorsements.findOf(recommendationId, account.getId()).ifPresentOrElse((existing) -> {
			if (!endorse) {
				this.endorsements.delete(existing);
			}
		}, () -> {
			if (endorse) {
				this.endorsements.save(new Endorsement(recommendation, account));
			}
		});
	}

	public EndorsementCount count(long recommendationId, String username) {
		return this.endorsements.count(recommendationId, (username != null) ? username : "");
	}

}
