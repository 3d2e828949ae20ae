package org.consultationregistry.recommendation;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages where staff record and edit recommendations load what they show in a fixed number of SQL statements, as
 * the public pages do (see PageQueriesIT): one per list (the session's issues, the follow-up actions), never one per
 * row. People and organisations are typed with suggestions, so no page loads the registry's. The recommendation
 * answers two issues, has two follow-up actions, and names a proposer and owners, so a query per row or per lazy
 * association would add to the counts below. The recommendation's page also reads its comments, its endorsements and
 * what the official follows.
 */
@PortalTest
class RecommendationPageQueriesIT {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Accounts accounts;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	Statistics statistics;

	TestSession session;

	long recommendation;

	long action;

	@BeforeEach
	void recordARecommendationWithFollowUps() {
		TestAccounts.ensure(this.accounts, "official-2", Role.OFFICIAL, null);
		this.session = TestSession.plan(this.sessions, this.issues);
		String board = "P&D Board";
		String person = "Waqas Ranjha";
		this.recommendation = TestSession.asOfficial("official-2", () -> this.recommendations.propose(
				this.session.id(),
				new RecommendationForm("Train technicians at the ports", null,
						List.of(this.session.imports().getId(), this.session.skills().getId()), null, person, null,
						board, null, board, null, null, null)));
		this.action = TestSession.asOfficial("official-2", () -> {
			this.recommendations.addFollowUp(this.recommendation,
					new FollowUpForm("Ask customs for the figures", null, board, null, person, null, null, null));
			return this.recommendations.addFollowUp(this.recommendation,
					new FollowUpForm("Draft a course with a college", null, board, null, null, null, null, null));
		});
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@ParameterizedTest(name = "{0} runs {1} statements")
	@CsvSource({ "/sessions/{session}/recommendations/new, 2",
			"/recommendations/{recommendation}, 7", "/recommendations/{recommendation}/edit, 4",
			"/recommendations/{recommendation}/follow-ups/new, 1",
			"/recommendations/{recommendation}/follow-ups/{action}/edit, 1" })
	void staffPagesRunAFixedNumberOfStatements(String path, int budget) {
		String url = path.replace("{session}", String.valueOf(this.session.id()))
			.replace("{recommendation}", String.valueOf(this.recommendation))
			.replace("{action}", String.valueOf(this.action));
		Portal official = new Portal(this.port).signIn("official-2", TestAccounts.PASSWORD);
		official.page(url);
		this.statistics.clear();

		official.page(url);

		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(budget);
	}

}
