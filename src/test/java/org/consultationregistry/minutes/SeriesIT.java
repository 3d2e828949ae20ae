package org.consultationregistry.minutes;

import java.time.Instant;
import java.time.LocalDate;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second session follows up a first. Its page opens with what the first left undone, so the agenda starts there;
 * what was implemented is not carried over.
 */
@PortalTest
class SeriesIT {

	private static final Instant CLOSE = Instant.parse("2024-10-01T12:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	Recommendations recommendations;

	@Autowired
	Accounts accounts;

	@Test
	void aFollowUpSessionStartsFromWhatIsStillOpen() {
		ConsultationSession first = this.sessions.record(ConsultationSession.plan(details("Series: first meeting",
				LocalDate.of(2024, 10, 1), null)));
		Recommendation open = Recommendation.propose(first, "Publish a list of approved local suppliers", null,
				"official", CLOSE);
		open.addFollowUp("Draft the supplier list with PBIT", null, null, LocalDate.of(2024, 12, 1));
		this.recommendations.record(open);
		Recommendation done = Recommendation.propose(first, "Name a focal person for manufacturers", null,
				"official", CLOSE);
		done.moveTo(RecommendationStatus.UNDER_REVIEW, "official", "Sent to the board", CLOSE.plusSeconds(60));
		done.moveTo(RecommendationStatus.ACCEPTED, "official", "Agreed", CLOSE.plusSeconds(120));
		done.moveTo(RecommendationStatus.IN_PROGRESS, "official", "Post advertised", CLOSE.plusSeconds(180));
		done.moveTo(RecommendationStatus.IMPLEMENTED, "official", "Focal person named", CLOSE.plusSeconds(240));
		this.recommendations.record(done);
		ConsultationSession second = this.sessions.record(ConsultationSession.plan(details("Series: second meeting",
				LocalDate.of(2024, 12, 16), first)));
		TestAccounts.ensure(this.accounts, "series-official", Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn("series-official", TestAccounts.PASSWORD);

		Document page = official.page("/sessions/" + second.getId());

		assertThat(page.select("#pending").text()).isEqualTo("Still open from earlier sessions");
		assertThat(page.select(".pending tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).startsWith("Publish a list of approved local suppliers"))
			.anySatisfy((row) -> assertThat(row).startsWith("Draft the supplier list with PBIT"))
			.noneSatisfy((row) -> assertThat(row).contains("Name a focal person"));
		assertThat(official.page("/sessions/" + first.getId()).select("#pending")).isEmpty();
	}

	private static SessionDetails details(String title, LocalDate heldOn, ConsultationSession followsUp) {
		return new SessionDetails(title, "IT hardware manufacturing", heldOn, null, null, "Lahore", null, null, null,
				null, followsUp);
	}

}
