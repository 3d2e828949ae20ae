package org.consultationregistry.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official (the role that can reach the most forms) sends every route the portal maps the kind of input a
 * careless paste, a stale bookmark or a hostile script would: wrong ids, words where numbers go, control characters,
 * text far too long. Whatever the answer, it is never a server error and never shows a stack trace.
 */
@PortalTest
class NoServerErrorsIT {

	/** Values for every path variable and form field; each route is tried with each. */
	private static final List<String> HOSTILE = List.of("0", "-1", "99999999999999999999", "abc", "\u0000",
			"x".repeat(70_000), "<script>alert(1)</script>", "' or 1=1 --", "2024-02-30", "");

	/** Field names the forms use, so that hostile values reach the binder and the validators. */
	private static final Set<String> FIELDS = Set.of("title", "theme", "heldOn", "startsAt", "venue", "city",
			"organiserId", "organiserName", "organiserType", "followsUpId", "sourceUrl", "summary", "outcome",
			"objectives", "version", "token", "fullName", "honorific", "designation", "organisationId",
			"organisationName", "newOrganisationType", "role", "personId", "category", "details", "raisedByPersonId",
			"raisedByOrganisationId", "earlierIssueId", "issueIds", "status", "reason", "targetDate", "dueDate",
			"description", "proposerPersonName", "proposerOrganisationName", "responsibleOrganisationName",
			"ownerOrganisationName", "ownerPersonName", "text", "passage", "replacement", "answer", "username",
			"displayName", "q", "page", "revision", "password", "action", "participants[0].fullName",
			"participants[0].role", "participants[0].personId", "offices[0].designation", "issues[0].category",
			"issues[0].raisedBy", "recommendations[0].answers");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noInputMakesAServerError() {
		TestAccounts.ensure(this.accounts, "careless-official", Role.OFFICIAL, null);
		Portal official = new Portal(this.port).signIn("careless-official", TestAccounts.PASSWORD);
		String realSession = String.valueOf(
				this.jdbc.queryForObject("select min(id) from consultation_session", Long.class));
		List<String> failures = new ArrayList<>();

		for (Map.Entry<RequestMappingInfo, ?> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.equals("/logout")) {
					continue;
				}
				for (String value : HOSTILE) {
					String path = pattern.replaceAll("\\{sessionId[^}]*\\}", realSession)
						.replaceAll("\\{[^}]+\\}", urlSafe(value));
					HttpResponse<String> answer;
					if (methods.contains(RequestMethod.POST)) {
						Map<String, String> fields = new LinkedHashMap<>();
						FIELDS.forEach((field) -> fields.put(field, value));
						answer = official.submit("/", path, fields);
					}
					else {
						answer = official.get(path + "?q=" + urlSafe(value) + "&page=" + urlSafe(value));
					}
					if (answer.statusCode() >= 500 || answer.body().contains("Exception")
							|| answer.body().contains("at org.")) {
						failures.add(methods + " " + path + " with " + shorten(value) + " answered "
								+ answer.statusCode());
					}
				}
			}
		}

		assertThat(failures).isEmpty();
	}

	private static String urlSafe(String value) {
		return URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value, StandardCharsets.UTF_8);
	}

	private static String shorten(String value) {
		return value.length() > 20 ? value.substring(0, 20) + "…" : value;
	}

}
