package org.consultationregistry.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A session for a test to record recommendations from: held on 4 November 2024, with two issues raised. It stays
 * planned, never published, so the public pages (and the counts other tests read from them) stay as the demo left
 * them.
 */
record TestSession(ConsultationSession session, IssueRaised imports, IssueRaised skills) {

	static final LocalDate HELD_ON = LocalDate.of(2024, 11, 4);

	static TestSession plan(ConsultationSessions sessions, IssuesRaised issues) {
		ConsultationSession session = sessions.record(ConsultationSession.plan(new SessionDetails(
				"IT hardware follow-up " + UUID.randomUUID(), "IT hardware manufacturing", HELD_ON, null, null,
				"Lahore", null, null, null, null, null)));
		IssueRaised imports = issues.record(new IssueRaised(session, IssueCategory.TRADE_AND_IMPORTS,
				"Components held at the port for weeks", null));
		IssueRaised skills = issues.record(new IssueRaised(session, IssueCategory.SKILLS,
				"Too few technicians trained in board-level repair", null));
		return new TestSession(session, imports, skills);
	}

	long id() {
		return this.session.getId();
	}

	String page() {
		return "/sessions/" + id();
	}

	/** A form for a new recommendation answering the imports issue, as an official would fill it in. */
	RecommendationForm form(String title) {
		return new RecommendationForm(title, null, List.of(this.imports.getId()), null, null, null, null, null, null,
				null, null, UUID.randomUUID());
	}

	/** Runs service calls as a signed-in official, as the controllers would. */
	static <T> T asOfficial(String username, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_OFFICIAL"))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
