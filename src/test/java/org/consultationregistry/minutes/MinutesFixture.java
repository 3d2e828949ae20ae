package org.consultationregistry.minutes;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session of its own for a minutes test: planned, with two people from Airlink at the table, one of whom has a
 * stakeholder account, and a stakeholder from Viper who was not there. The official and the stakeholders act
 * through the portal as a browser would. {@link #remove} takes the session away again, so that the shared portal
 * shows the public the same published sessions as before.
 */
final class MinutesFixture {

	static final String OFFICIAL = "official-1";

	static final String SECOND_OFFICIAL = "official-2";

	static final String PARTICIPANT = "airlink.participant";

	static final String OUTSIDER = "viper.outsider";

	private final int port;

	private final JdbcTemplate jdbc;

	final long sessionId;

	final String sessionPath;

	MinutesFixture(int port, Accounts accounts, StakeholderDirectory directory, ConsultationSessions sessions,
			JdbcTemplate jdbc) {
		this.port = port;
		this.jdbc = jdbc;
		Organisation airlink = organisation(directory, "Airlink");
		Organisation viper = organisation(directory, "Viper");
		TestAccounts.ensure(accounts, OFFICIAL, Role.OFFICIAL, null);
		TestAccounts.ensure(accounts, SECOND_OFFICIAL, Role.OFFICIAL, null);
		TestAccounts.ensure(accounts, PARTICIPANT, Role.STAKEHOLDER, airlink);
		TestAccounts.ensure(accounts, OUTSIDER, Role.STAKEHOLDER, viper);

		Person speaker = directory.register(new Person(null, "Sana Iqbal", "Head of Operations", airlink));
		Person colleague = directory.register(new Person(null, "Omar Hayat", "Plant Manager", airlink));
		Person absent = directory.register(new Person(null, "Hina Riaz", "Head of Sales", viper));
		ConsultationSession session = ConsultationSession.plan(new SessionDetails(
				"Minutes test: assembly lines and power supply", "IT hardware manufacturing", LocalDate.of(2024, 12, 2),
				null, "P&D Board Complex", "Lahore", null, null, null, null, null));
		session.addParticipant(speaker, ParticipantRole.PARTICIPANT);
		session.addParticipant(colleague, ParticipantRole.PARTICIPANT);
		this.sessionId = sessions.record(session).getId();
		this.sessionPath = "/sessions/" + this.sessionId;
		asAdmin(() -> {
			accounts.link(PARTICIPANT, speaker);
			accounts.link(OUTSIDER, absent);
		});
	}

	/** Deletes the session, and with it its participants and minutes. */
	void remove() {
		this.jdbc.update("delete from consultation_session where id = ?", this.sessionId);
	}

	Portal visitor() {
		return new Portal(this.port);
	}

	Portal signedIn(String username) {
		return new Portal(this.port).signIn(username, TestAccounts.PASSWORD);
	}

	/** Writes or edits the draft through the edit page. */
	Answer saveDraft(Portal official, String text) {
		return fill(official, this.sessionPath + "/minutes/edit", "form[action$='/minutes']", Map.of("text", text));
	}

	void circulate(Portal official) {
		assertThat(fill(official, this.sessionPath, "form[action$='/circulate']", Map.of()).status()).isEqualTo(302);
	}

	void publish(Portal official) {
		assertThat(fill(official, this.sessionPath, "form[action$='/publish']", Map.of()).status()).isEqualTo(302);
	}

	Answer suggest(Portal participant, String passage, String replacement, String note) {
		return fill(participant, this.sessionPath, "form.suggestion-form",
				Map.of("passage", passage, "replacement", replacement, "note", note));
	}

	/**
	 * Submits a form found on a page with the values it holds (hidden version and token included), some of them
	 * changed, to its own action.
	 */
	Answer fill(Portal portal, String pagePath, String formSelector, Map<String, String> values) {
		Element form = form(portal.page(pagePath), formSelector);
		return send(portal, pagePath, form.attr("action"), fieldsOf(form, values));
	}

	/** As {@link #fill(Portal, String, String, Map)}, to another action (a second submit button's). */
	Answer fill(Portal portal, String pagePath, String formSelector, String action, Map<String, String> values) {
		return send(portal, pagePath, action, fieldsOf(form(portal.page(pagePath), formSelector), values));
	}

	/** Posts fields with the CSRF token of {@code formPage}, and follows a redirect as a browser would. */
	Answer send(Portal portal, String formPage, String action, Map<String, String> fields) {
		return answer(portal, portal.submit(formPage, action, fields));
	}

	/** Opens a page, and follows a redirect as a browser would. */
	Answer open(Portal portal, String path) {
		return answer(portal, portal.get(path));
	}

	private static Answer answer(Portal portal, HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			return new Answer(response.statusCode(), null, portal.parse(response));
		}
		String location = response.headers().firstValue("Location").orElseThrow();
		return new Answer(302, location, portal.parse(portal.get(location.replaceFirst("#.*", ""))));
	}

	List<Map<String, Object>> revisions() {
		return this.jdbc.queryForList("""
				select r.number, r.kind, r.text, r.written_by, r.reason from minutes_revision r
				join minutes m on m.id = r.minutes_id
				where m.session_id = ?
				order by r.number
				""", this.sessionId);
	}

	String sessionStatus() {
		return this.jdbc.queryForObject("select status from consultation_session where id = ?", String.class,
				this.sessionId);
	}

	/**
	 * What the portal answered: its status, where it redirected to (if it did), and the page finally shown.
	 */
	record Answer(int status, String location, Document page) {
	}

	private static Element form(Document page, String selector) {
		Element form = page.selectFirst(selector);
		assertThat(form).as("a form " + selector + " on " + page.location()).isNotNull();
		return form;
	}

	private static Map<String, String> fieldsOf(Element form, Map<String, String> values) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name]")) {
			if (!field.attr("name").equals("_csrf")) {
				fields.put(field.attr("name"), field.val());
			}
		}
		fields.putAll(values);
		return fields;
	}

	private Organisation organisation(StakeholderDirectory directory, String name) {
		long id = this.jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
		return directory.findOrganisation(id).orElseThrow();
	}

	private static void asAdmin(Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("test-admin", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
