package org.consultationregistry.recommendation;

import java.util.List;
import java.util.UUID;

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
 * The organisations kept on each recommendation for the search's "raised by" facet (V25) are those that raised the
 * issues it answers, however the links or the issues are written, and the filter tags carry each theme with the
 * status and each of those organisations.
 */
@PortalTest
class RecommendationRaisedByIT {

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

	long chamber;

	long association;

	@BeforeEach
	void aSessionWithTwoIssuesRaisedByTwoOrganisations() {
		TestAccounts.ensure(this.accounts, "official-2", Role.OFFICIAL, null);
		this.session = TestSession.plan(this.sessions, this.issues);
		this.chamber = organisation("Chamber of commerce " + UUID.randomUUID());
		this.association = organisation("Traders association " + UUID.randomUUID());
		raise(this.session.imports().getId(), this.chamber);
	}

	@Test
	void theOrganisationsFollowTheIssuesARecommendationAnswers() {
		long id = TestSession.asOfficial("official-2", () -> this.recommendations.propose(this.session.id(),
				form(List.of(this.session.imports().getId(), this.session.skills().getId()), null)));
		// The skills issue was raised by no organisation.
		assertThat(raisedBy(id)).containsExactly(this.chamber);

		raise(this.session.skills().getId(), this.association);
		assertThat(raisedBy(id)).containsExactlyInAnyOrder(this.chamber, this.association);

		raise(this.session.skills().getId(), this.chamber);
		assertThat(raisedBy(id)).containsExactly(this.chamber);

		long version = this.jdbc.queryForObject("select version from recommendation where id = ?", Long.class, id);
		TestSession.asOfficial("official-2", () -> {
			this.recommendations.revise(id, form(List.of(this.session.skills().getId()), version));
			return null;
		});
		assertThat(raisedBy(id)).containsExactly(this.chamber);

		this.jdbc.update("update issue_raised set raised_by_organisation_id = null where id = ?",
				this.session.skills().getId());
		assertThat(raisedBy(id)).isEmpty();

		raise(this.session.imports().getId(), this.association);
		this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)", id,
				this.session.imports().getId());
		assertThat(raisedBy(id)).containsExactly(this.association);

		this.jdbc.update("delete from issue_raised where id = ?", this.session.imports().getId());
		assertThat(raisedBy(id)).isEmpty();
	}

	@Test
	void theFilterTagsPairEachThemeWithTheStatusAndNameTheOrganisations() {
		long id = TestSession.asOfficial("official-2", () -> this.recommendations.propose(this.session.id(),
				form(List.of(this.session.imports().getId(), this.session.skills().getId()), null)));
		assertThat(tags(id)).containsExactlyInAnyOrder("SKILLS", "TRADE_AND_IMPORTS", "status=PROPOSED",
				"SKILLS|status=PROPOSED", "TRADE_AND_IMPORTS|status=PROPOSED", "raisedBy=" + this.chamber);

		this.jdbc.update("update recommendation set status = 'ACCEPTED' where id = ?", id);
		this.jdbc.update("update issue_raised set category = 'TAXATION' where id = ?", this.session.skills().getId());
		raise(this.session.skills().getId(), this.association);
		assertThat(tags(id)).containsExactlyInAnyOrder("TAXATION", "TRADE_AND_IMPORTS", "status=ACCEPTED",
				"TAXATION|status=ACCEPTED", "TRADE_AND_IMPORTS|status=ACCEPTED", "raisedBy=" + this.chamber,
				"raisedBy=" + this.association);
	}

	/** Every recommendation in the database, whoever wrote it (the demo data, the intake, other tests), agrees. */
	@Test
	void noRecommendationDisagreesWithItsIssues() {
		assertThat(this.jdbc.queryForList("""
				select r.id from recommendation r
				where r.raised_by_organisations is distinct from coalesce((
				    select array_agg(distinct i.raised_by_organisation_id order by i.raised_by_organisation_id)
				    from recommendation_issue ri join issue_raised i on i.id = ri.issue_id
				    where ri.recommendation_id = r.id and i.raised_by_organisation_id is not null), '{}')
				""", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from recommendation where raised_by_organisations <> '{}'", Long.class))
			.isPositive();
	}

	private long organisation(String name) {
		return this.jdbc.queryForObject("insert into organisation (name, type) values (?, 'PRIVATE_SECTOR') returning id",
				Long.class, name);
	}

	private void raise(long issue, long organisation) {
		this.jdbc.update("update issue_raised set raised_by_organisation_id = ? where id = ?", organisation, issue);
	}

	private static RecommendationForm form(List<Long> issueIds, Long version) {
		return new RecommendationForm("Clear components at the port within a week", null, issueIds, null, null, null,
				null, null, null, null, version, null);
	}

	private List<Long> raisedBy(long id) {
		return List.of(this.jdbc.queryForObject("select raised_by_organisations from recommendation where id = ?",
				(rs, row) -> (Long[]) rs.getArray(1).getArray(), id));
	}

	private List<String> tags(long id) {
		return List.of(this.jdbc.queryForObject("select filter_tags from recommendation where id = ?",
				(rs, row) -> (String[]) rs.getArray(1).getArray(), id));
	}

}
