package org.consultationregistry.recommendation;

import java.util.List;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The themes kept on each recommendation for the search's index (V20) are the categories of the issues it answers,
 * however the links or the issues are written: the recommendation forms, plain SQL (as the intake, the API's imports
 * and the demo data write through the same tables), an issue recategorised or removed.
 */
@PortalTest
class RecommendationThemesIT {

	@Autowired
	Accounts accounts;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	TestSession session;

	@BeforeEach
	void aSessionWithTwoIssues() {
		TestAccounts.ensure(this.accounts, "official-2", Role.OFFICIAL, null);
		this.session = TestSession.plan(this.sessions, this.issues);
	}

	@Test
	void theThemesFollowTheIssuesARecommendationAnswers() {
		long id = TestSession.asOfficial("official-2", () -> this.recommendations.propose(this.session.id(),
				form(List.of(this.session.imports().getId(), this.session.skills().getId()), null)));
		assertThat(themes(id)).containsExactly("SKILLS", "TRADE_AND_IMPORTS");

		long version = this.jdbc.queryForObject("select version from recommendation where id = ?", Long.class, id);
		TestSession.asOfficial("official-2", () -> {
			this.recommendations.revise(id, form(List.of(this.session.imports().getId()), version));
			return null;
		});
		assertThat(themes(id)).containsExactly("TRADE_AND_IMPORTS");

		this.jdbc.update("update issue_raised set category = 'TAXATION' where id = ?", this.session.imports().getId());
		assertThat(themes(id)).containsExactly("TAXATION");

		this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)", id,
				this.session.skills().getId());
		assertThat(themes(id)).containsExactly("SKILLS", "TAXATION");

		this.jdbc.update("delete from issue_raised where id = ?", this.session.imports().getId());
		assertThat(themes(id)).containsExactly("SKILLS");
	}

	/** Every recommendation in the database, whoever wrote it (the demo data, the intake, other tests), agrees. */
	@Test
	void noRecommendationDisagreesWithItsIssues() {
		assertThat(this.jdbc.queryForList("""
				select r.id from recommendation r
				where r.themes is distinct from coalesce((
				    select array_agg(distinct i.category::text order by i.category::text)
				    from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
				    where ri.recommendation_id = r.id), '{}')
				""", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from recommendation where themes <> '{}'", Long.class))
			.isPositive();
	}

	private static RecommendationForm form(List<Long> issueIds, Long version) {
		return new RecommendationForm("Train technicians at the ports", null, issueIds, null, null, null, null, null,
				null, null, version, null);
	}

	private List<String> themes(long id) {
		return List.of(this.jdbc.queryForObject("select themes from recommendation where id = ?",
				(rs, row) -> (String[]) rs.getArray(1).getArray(), id));
	}

}
