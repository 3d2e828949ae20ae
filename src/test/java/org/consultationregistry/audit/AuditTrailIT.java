package org.consultationregistry.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change an official makes leaves a line in the record's history, written with the change itself: who, when,
 * and each field from what to what. A refused save leaves nothing.
 */
@PortalTest
class AuditTrailIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog auditLog;

	Portal official;

	String sessionPage;

	long sessionId;

	@BeforeEach
	void planASession() {
		TestAccounts.ensure(this.accounts, "audit-official", Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn("audit-official", TestAccounts.PASSWORD);
		this.sessionPage = Forms.location(this.official.submit("/sessions/new", "/sessions/new", Map.of("title",
				"Audited session " + UUID.randomUUID(), "theme", "IT hardware", "heldOn", "2024-12-20", "venue",
				"Committee room")));
		this.sessionId = Long.parseLong(this.sessionPage.substring(this.sessionPage.lastIndexOf('/') + 1));
	}

	@Test
	void aChangeIsRecordedFieldByFieldWithWhoMadeIt() {
		String edit = this.sessionPage + "/edit";
		this.official.submit(edit, edit, Forms.fill(this.official.page(edit), "/edit", Map.of("venue", "Main hall")));

		List<AuditEntry> history = this.auditLog.historyOf("ConsultationSession", this.sessionId);

		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
		assertThat(history).extracting(AuditEntry::actor).containsOnly("audit-official");
		assertThat(history.get(1).changes()).containsOnlyKeys("venue");
		assertThat(history.get(1).changes().get("venue")).containsExactly("Committee room", "Main hall");
		Document page = this.official.page("/audit/ConsultationSession/" + this.sessionId);
		assertThat(page.select("ol.timeline > li")).hasSize(2);
		assertThat(page.select("ol.timeline > li").last().text()).contains("Changed", "audit-official", "venue",
				"Committee room", "Main hall");
	}

	@Test
	void aRefusedSaveLeavesNoTrace() {
		String edit = this.sessionPage + "/edit";
		this.official.submit(edit, edit,
				Forms.fill(this.official.page(edit), "/edit", Map.of("venue", "Main hall", "organiserName", "Nobody Ltd")));

		assertThat(this.auditLog.historyOf("ConsultationSession", this.sessionId)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATE);
	}

	@Test
	void seatingSomeoneIsRecordedOnTheParticipantAndTheChairOnTheSession() {
		this.official.submit(this.sessionPage, this.sessionPage + "/participants",
				Map.of("fullName", "Faisal Yousaf", "role", "CHAIR"));

		assertThat(this.auditLog.historyOf("ConsultationSession", this.sessionId))
			.anySatisfy((entry) -> assertThat(entry.changes()).containsKey("chair"));
	}

	@Test
	void relinkingARecommendationToOtherIssuesIsRecorded() {
		recordIssue("Port clearance delays");
		recordIssue("Duty on imported parts");
		Document issues = this.official.page(this.sessionPage);
		String delays = issueId(issues, "Port clearance delays");
		String duty = issueId(issues, "Duty on imported parts");
		String newForm = this.sessionPage + "/recommendations/new";
		String recommendation = Forms.location(this.official.submit(newForm,
				Forms.action(this.official.page(newForm), "/recommendations"),
				Forms.fill(this.official.page(newForm), "/recommendations",
						Map.of("title", "Clear parts at the port within a week", "issueIds", delays))));
		long id = Long.parseLong(recommendation.substring(recommendation.lastIndexOf('/') + 1));
		String edit = recommendation + "/edit";

		this.official.submit(edit, edit, Forms.fill(this.official.page(edit), "/edit", Map.of("issueIds", duty)));

		List<AuditEntry> history = this.auditLog.historyOf("Recommendation", id);
		assertThat(history).filteredOn((entry) -> entry.changes().containsKey("addressedIssues"))
			.extracting((entry) -> entry.changes().get("addressedIssues"))
			.containsExactly(Arrays.asList(null, delays), List.of(delays, duty));
	}

	@Test
	void historyIsForTheBoardsStaffOnly() {
		assertThat(new Portal(this.port).get("/audit/ConsultationSession/" + this.sessionId).statusCode())
			.isEqualTo(302);
	}

	private void recordIssue(String title) {
		this.official.submit(this.sessionPage + "/issues/new", this.sessionPage + "/issues",
				Map.of("category", "TRADE_AND_IMPORTS", "title", title));
	}

	private static String issueId(Document sessionPage, String title) {
		String href = sessionPage.select("#issues + ol a:containsOwn(" + title + ")").attr("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

}
