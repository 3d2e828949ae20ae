package org.consultationregistry.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consultationregistry.account.AuthorizationMatrixIT.Outcome.ERROR_PAGE;
import static org.consultationregistry.account.AuthorizationMatrixIT.Outcome.FORBIDDEN;
import static org.consultationregistry.account.AuthorizationMatrixIT.Outcome.NOT_FOUND;
import static org.consultationregistry.account.AuthorizationMatrixIT.Outcome.PAGE;
import static org.consultationregistry.account.AuthorizationMatrixIT.Outcome.SIGN_IN;

/**
 * Who gets past the portal's security on every route it maps, written down route by route for the four kinds of
 * caller: a visitor who has not signed in, a stakeholder (Airlink's representative), an official and an admin. The
 * routes are read from Spring's own handler mappings, so a route added without a line here fails the build until
 * someone decides who may use it. Writes are sent with a valid CSRF token and an empty or minimal body: what counts
 * is whether the caller gets past security, so a form shown again with validation errors is a {@link Outcome#PAGE}.
 */
@PortalTest
class AuthorizationMatrixIT {

	/** What a caller gets from a route. */
	enum Outcome {

		/** The route's own answer: a page (perhaps with validation errors) or its redirect after a write. */
		PAGE,

		/** A redirect to the sign-in page. */
		SIGN_IN,

		FORBIDDEN,

		NOT_FOUND,

		/** The error page opened directly, with no error to show: Spring Boot answers it with status 500. */
		ERROR_PAGE

	}

	enum Caller {

		ANONYMOUS, STAKEHOLDER, OFFICIAL, ADMIN

	}

	private static final String STAKEHOLDER = "matrix.airlink";

	private static final String OFFICIAL = "matrix.official";

	private static final String ADMIN = "matrix.admin";

	/** A tracker upload that was never made. */
	private static final String UNKNOWN_UPLOAD = "00000000-0000-4000-8000-000000000000";

	/** An account the admin routes act on, so that disabling and resetting touch nobody else's. */
	private static final String TARGET = "matrix.target";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<String, Rule> rules = new LinkedHashMap<>();

	private Map<String, String> ids;

	private long ownSession;

	@BeforeEach
	void demoRecordsAndAccounts() {
		Organisation airlink = this.directory
			.findOrganisation(id("select id from organisation where name = 'Airlink'"))
			.orElseThrow();
		TestAccounts.ensure(this.accounts, STAKEHOLDER, Role.STAKEHOLDER, airlink);
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		TestAccounts.ensure(this.accounts, ADMIN, Role.ADMIN, null);
		TestAccounts.ensure(this.accounts, TARGET, Role.STAKEHOLDER, airlink);
		long session = id("select min(id) from consultation_session where status = 'PUBLISHED'");
		long followUp = id("select min(id) from follow_up_action");
		// A planned session of the test's own, whose seats the removal route may take away.
		this.ownSession = id("insert into consultation_session (title, theme, held_on, status) "
				+ "values ('Authorization matrix', 'Access', date '2024-12-01', 'PLANNED') returning id");
		this.ids = Map.of("session", String.valueOf(session), "recommendation",
				String.valueOf(id("select min(id) from recommendation where origin_session_id = ?", session)), "issue",
				String.valueOf(id("select min(id) from issue_raised where session_id = ?", session)), "participant",
				String.valueOf(id("select min(id) from participant where session_id = ?", session)), "organisation",
				String.valueOf(airlink.getId()), "account",
				String.valueOf(id("select id from user_account where username = ?", TARGET)), "followUp",
				String.valueOf(followUp), "followed",
				String.valueOf(id("select recommendation_id from follow_up_action where id = ?", followUp)),
				"ownSession", String.valueOf(this.ownSession));
		writeDownTheRules();
	}

	/**
	 * The expected outcome per route, in the order anonymous, stakeholder, official, admin. Read access follows the
	 * registry being public (the default); staff pages refuse stakeholders with 403 and send visitors to sign in.
	 */
	private void writeDownTheRules() {
		// Published records, open to visitors while the registry is public.
		rule("GET /", "/", PAGE, PAGE, PAGE, PAGE);
		rule("GET /sessions", "/sessions", PAGE, PAGE, PAGE, PAGE);
		rule("GET /sessions/{id}", "/sessions/{session}", PAGE, PAGE, PAGE, PAGE);
		rule("GET /recommendations", "/recommendations", PAGE, PAGE, PAGE, PAGE);
		rule("GET /recommendations/{id}", "/recommendations/{recommendation}", PAGE, PAGE, PAGE, PAGE);
		rule("GET /issues/{id}", "/issues/{issue}", PAGE, PAGE, PAGE, PAGE);
		rule("GET /organisations", "/organisations", PAGE, PAGE, PAGE, PAGE);
		rule("GET /organisations/{id}", "/organisations/{organisation}", PAGE, PAGE, PAGE, PAGE);
		rule("GET /search", "/search", PAGE, PAGE, PAGE, PAGE);
		// Signing in, and the error page, which must not itself demand a sign-in.
		rule("GET /login", "/login", PAGE, PAGE, PAGE, PAGE);
		rule("GET /error", "/error", ERROR_PAGE, ERROR_PAGE, ERROR_PAGE, ERROR_PAGE);
		// Scripts: opening accounts is for admins.
		rule("POST /api/v1/accounts", "/api/v1/accounts", SIGN_IN, FORBIDDEN, FORBIDDEN, PAGE);
		// Minutes from a text: the staff's intake page and its API for scripts (a form body is not text/plain: 415).
		staff("GET /intake", "/intake");
		staff("POST /intake", "/intake");
		staff("POST /intake/review", "/intake/review");
		rule("POST /api/v1/intake", "/api/v1/intake", SIGN_IN, FORBIDDEN, PAGE, PAGE);
		// One's own password.
		rule("GET /account/password", "/account/password", SIGN_IN, PAGE, PAGE, PAGE);
		rule("POST /account/password", "/account/password", SIGN_IN, PAGE, PAGE, PAGE);
		// The board's staff: forms, writes, name suggestions and each record's history.
		staff("GET /lookup/organisations", "/lookup/organisations?q=air");
		staff("GET /lookup/people", "/lookup/people?q=adnan");
		staff("GET /audit/{recordType:[A-Za-z]+}/{id:\\d+}", "/audit/ConsultationSession/{session}");
		staff("GET /sessions/new", "/sessions/new");
		staff("POST /sessions/new", "/sessions/new");
		staff("GET /sessions/{id}/edit", "/sessions/{session}/edit");
		staff("POST /sessions/{id}/edit", "/sessions/{session}/edit");
		staff("POST /sessions/{id}/held", "/sessions/{session}/held");
		staff("GET /sessions/{sessionId}/participants/new", "/sessions/{session}/participants/new");
		staff("POST /sessions/{sessionId}/participants", "/sessions/{session}/participants");
		staff("GET /sessions/{sessionId}/participants/{participantId}/edit",
				"/sessions/{session}/participants/{participant}/edit");
		staff("POST /sessions/{sessionId}/participants/{participantId}/edit",
				"/sessions/{session}/participants/{participant}/edit");
		// Removing takes a seat of the test's own session, a fresh one for each caller who gets through.
		staff("POST /sessions/{sessionId}/participants/{participantId}/remove",
				"/sessions/{ownSession}/participants/{freshSeat}/remove");
		staff("GET /sessions/{sessionId}/issues/new", "/sessions/{session}/issues/new");
		staff("POST /sessions/{sessionId}/issues", "/sessions/{session}/issues");
		staff("GET /issues/{id}/edit", "/issues/{issue}/edit");
		staff("POST /issues/{id}/edit", "/issues/{issue}/edit");
		staff("GET /sessions/{sessionId}/recommendations/new", "/sessions/{session}/recommendations/new");
		staff("POST /sessions/{sessionId}/recommendations", "/sessions/{session}/recommendations");
		staff("GET /recommendations/{id}/edit", "/recommendations/{recommendation}/edit");
		staff("POST /recommendations/{id}/edit", "/recommendations/{recommendation}/edit");
		staff("POST /recommendations/{id}/status", "/recommendations/{recommendation}/status");
		staff("GET /recommendations/{id}/follow-ups/new", "/recommendations/{followed}/follow-ups/new");
		staff("POST /recommendations/{id}/follow-ups", "/recommendations/{followed}/follow-ups");
		staff("GET /recommendations/{id}/follow-ups/{actionId}/edit",
				"/recommendations/{followed}/follow-ups/{followUp}/edit");
		staff("POST /recommendations/{id}/follow-ups/{actionId}/edit",
				"/recommendations/{followed}/follow-ups/{followUp}/edit");
		// A version nobody loaded: staff get the conflict page, and the demo follow-up stays as it is.
		rule("POST /recommendations/{id}/follow-ups/{actionId}/done",
				"/recommendations/{followed}/follow-ups/{followUp}/done", Map.of("version", "-1"), SIGN_IN, FORBIDDEN,
				PAGE, PAGE);
		rule("POST /recommendations/{id}/follow-ups/{actionId}/reopen",
				"/recommendations/{followed}/follow-ups/{followUp}/reopen", Map.of("version", "-1"), SIGN_IN,
				FORBIDDEN, PAGE, PAGE);
		// The minutes: the demo session's are published, so staff are turned back, never a visitor or stakeholder.
		staff("GET /sessions/{id}/minutes/edit", "/sessions/{session}/minutes/edit");
		staff("POST /sessions/{id}/minutes", "/sessions/{session}/minutes");
		rule("POST /sessions/{id}/minutes/circulate", "/sessions/{session}/minutes/circulate",
				Map.of("version", "-1"), SIGN_IN, FORBIDDEN, PAGE, PAGE);
		rule("POST /sessions/{id}/minutes/publish", "/sessions/{session}/minutes/publish", Map.of("version", "-1"),
				SIGN_IN, FORBIDDEN, PAGE, PAGE);
		staff("GET /sessions/{id}/minutes/erratum", "/sessions/{session}/minutes/erratum");
		staff("POST /sessions/{id}/minutes/erratum", "/sessions/{session}/minutes/erratum");
		// The demo minutes have no suggestions: staff get past security to a 404.
		rule("GET /sessions/{id}/minutes/review/{suggestionId}", "/sessions/{session}/minutes/review/0", SIGN_IN,
				FORBIDDEN, NOT_FOUND, NOT_FOUND);
		rule("POST /sessions/{id}/minutes/review/{suggestionId}/accept",
				"/sessions/{session}/minutes/review/0/accept", SIGN_IN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		rule("POST /sessions/{id}/minutes/review/{suggestionId}/decline",
				"/sessions/{session}/minutes/review/0/decline", SIGN_IN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		// Anyone signed in reaches the suggestion form, but only the session's participants may suggest: Airlink's
		// representative has no seat at the demo session, and staff do not suggest corrections to minutes either.
		rule("POST /sessions/{id}/minutes/suggestions", "/sessions/{session}/minutes/suggestions",
				Map.of("passage", "Airlink", "replacement", "OZI Group", "token", "{token}"), SIGN_IN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN);
		// Following, updates, comments and endorsements: anyone signed in follows and comments (an empty comment is
		// shown again with its error); only stakeholders endorse. The forms withdraw, so that nothing is left behind.
		rule("GET /updates", "/updates", SIGN_IN, PAGE, PAGE, PAGE);
		rule("POST /recommendations/{id}/follow", "/recommendations/{recommendation}/follow",
				Map.of("follow", "false"), SIGN_IN, PAGE, PAGE, PAGE);
		rule("POST /themes/{theme}/follow", "/themes/SKILLS/follow", Map.of("follow", "false"), SIGN_IN, PAGE, PAGE,
				PAGE);
		rule("POST /recommendations/{id}/comments", "/recommendations/{recommendation}/comments", SIGN_IN, PAGE, PAGE,
				PAGE);
		rule("POST /recommendations/{id}/endorsement", "/recommendations/{recommendation}/endorsement",
				Map.of("endorse", "false"), SIGN_IN, PAGE, FORBIDDEN, FORBIDDEN);
		// Hiding a comment is for staff; there is no comment 0, so they get past security to a 404.
		rule("GET /recommendations/{id}/comments/{commentId}/hide", "/recommendations/{recommendation}/comments/0/hide",
				SIGN_IN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		rule("POST /recommendations/{id}/comments/{commentId}/hide",
				"/recommendations/{recommendation}/comments/0/hide", Map.of("reason", "Off topic"), SIGN_IN, FORBIDDEN,
				NOT_FOUND, NOT_FOUND);
		// Reports. The minutes PDF and the tracker follow the pages they come from: anyone may download what they may
		// read. The open-data API and its description are public while the registry is.
		rule("GET /sessions/{id}/minutes.pdf", "/sessions/{session}/minutes.pdf", PAGE, PAGE, PAGE, PAGE);
		rule("GET /recommendations/export.xlsx", "/recommendations/export.xlsx?status=ACCEPTED", PAGE, PAGE, PAGE,
				PAGE);
		rule("GET /recommendations/export.csv", "/recommendations/export.csv?status=ACCEPTED", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/sessions", "/api/v1/sessions", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/recommendations", "/api/v1/recommendations", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/recommendations.csv", "/api/v1/recommendations.csv", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/organisations", "/api/v1/organisations", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/openapi", "/api/v1/openapi", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/openapi.yaml", "/api/v1/openapi.yaml", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/openapi/swagger-config", "/api/v1/openapi/swagger-config", PAGE, PAGE, PAGE, PAGE);
		rule("GET /api/v1/docs", "/api/v1/docs", PAGE, PAGE, PAGE, PAGE);
		// The staff's reports, and uploading the tracker back: an upload nobody made answers 404 once past security.
		staff("GET /reports", "/reports");
		staff("GET /reports/dashboard", "/reports/dashboard");
		staff("GET /reports/overdue", "/reports/overdue");
		staff("GET /reports/participation.xlsx", "/reports/participation.xlsx");
		staff("GET /reports/participation.csv", "/reports/participation.csv");
		staff("GET /reports/tracker/upload", "/reports/tracker/upload");
		staff("POST /reports/tracker/upload", "/reports/tracker/upload");
		rule("GET /reports/tracker/uploads/{token}", "/reports/tracker/uploads/" + UNKNOWN_UPLOAD, SIGN_IN, FORBIDDEN,
				NOT_FOUND, NOT_FOUND);
		rule("POST /reports/tracker/uploads/{token}/apply", "/reports/tracker/uploads/" + UNKNOWN_UPLOAD + "/apply",
				SIGN_IN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		// Accounts: admins only. The account acted on is the test's own.
		admin("GET /admin/accounts", "/admin/accounts");
		admin("GET /admin/accounts/new", "/admin/accounts/new");
		admin("POST /admin/accounts/new", "/admin/accounts/new");
		admin("GET /admin/accounts/{id}", "/admin/accounts/{account}");
		admin("POST /admin/accounts/{id}", "/admin/accounts/{account}");
		admin("POST /admin/accounts/{id}/disable", "/admin/accounts/{account}/disable");
		admin("POST /admin/accounts/{id}/enable", "/admin/accounts/{account}/enable");
		admin("POST /admin/accounts/{id}/password-reset", "/admin/accounts/{account}/password-reset");
	}

	private void staff(String route, String path) {
		rule(route, path, SIGN_IN, FORBIDDEN, PAGE, PAGE);
	}

	private void admin(String route, String path) {
		rule(route, path, SIGN_IN, FORBIDDEN, FORBIDDEN, PAGE);
	}

	@AfterEach
	void removeOwnSession() {
		this.jdbc.update("delete from consultation_session where id = ?", this.ownSession);
	}

	@Test
	void everyRouteAnswersEachCallerAsWrittenDown() {
		Map<Caller, Portal> callers = new EnumMap<>(Caller.class);
		callers.put(Caller.ANONYMOUS, new Portal(this.port));
		callers.put(Caller.STAKEHOLDER, new Portal(this.port).signIn(STAKEHOLDER, TestAccounts.PASSWORD));
		callers.put(Caller.OFFICIAL, new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD));
		callers.put(Caller.ADMIN, new Portal(this.port).signIn(ADMIN, TestAccounts.PASSWORD));

		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((method) -> routes.add(method + " " + pattern));
			}
		}

		List<String> withoutRule = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (String route : routes) {
			Rule rule = this.rules.get(route);
			if (rule == null) {
				withoutRule.add(route);
				continue;
			}
			for (Caller caller : Caller.values()) {
				HttpResponse<String> answer = send(callers.get(caller), caller, route, rule);
				Outcome actual = outcome(answer);
				if (actual != rule.expected.get(caller)) {
					wrong.add(route + " as " + caller + ": expected " + rule.expected.get(caller) + ", got "
							+ answer.statusCode() + " " + answer.headers().firstValue("Location").orElse(""));
				}
			}
		}

		assertThat(withoutRule).as("routes the portal maps without a rule in this test").isEmpty();
		assertThat(routes).as("rules in this test for routes the portal no longer maps")
			.containsAll(this.rules.keySet());
		assertThat(wrong).as("routes answering a caller otherwise than written down").isEmpty();
	}

	private HttpResponse<String> send(Portal portal, Caller caller, String route, Rule rule) {
		String path = rule.path;
		if (path.contains("{freshSeat}")) {
			path = path.replace("{freshSeat}", String.valueOf(id("insert into participant (session_id, designation, "
					+ "role) values (?, 'Observer', 'PARTICIPANT') returning id", this.ownSession)));
		}
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		if (route.startsWith("GET ")) {
			return portal.get(path);
		}
		Map<String, String> fields = new LinkedHashMap<>(rule.fields);
		fields.replaceAll((name, value) -> value.equals("{token}") ? UUID.randomUUID().toString() : value);
		// The CSRF token comes from a page every caller may open.
		return portal.submit((caller == Caller.ANONYMOUS) ? "/login" : "/", path, fields);
	}

	private static Outcome outcome(HttpResponse<String> answer) {
		int status = answer.statusCode();
		if (status >= 300 && status < 400) {
			String location = answer.headers().firstValue("Location").orElse("");
			return location.matches("^(https?://[^/]+)?/login([?#].*)?$") ? SIGN_IN : PAGE;
		}
		// A conflict page is the route's own answer to a stale version, an API's 400 or 415 its answer to a body it
		// cannot use, and 406 its answer to a format it does not offer (the test asks for HTML or JSON): either way
		// the caller got past security.
		if (status >= 200 && status < 300 || status == 409 || status == 400 || status == 415 || status == 406) {
			return PAGE;
		}
		// The API asks for credentials where a page would send the browser to the sign-in form.
		if (status == 401) {
			return SIGN_IN;
		}
		return switch (status) {
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 500 -> answer.body().contains("<html") ? ERROR_PAGE : null;
			default -> null;
		};
	}

	private void rule(String route, String path, Outcome anonymous, Outcome stakeholder, Outcome official,
			Outcome admin) {
		rule(route, path, Map.of(), anonymous, stakeholder, official, admin);
	}

	private void rule(String route, String path, Map<String, String> fields, Outcome anonymous, Outcome stakeholder,
			Outcome official, Outcome admin) {
		Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
		expected.put(Caller.ANONYMOUS, anonymous);
		expected.put(Caller.STAKEHOLDER, stakeholder);
		expected.put(Caller.OFFICIAL, official);
		expected.put(Caller.ADMIN, admin);
		this.rules.put(route, new Rule(path, fields, expected));
	}

	private long id(String sql, Object... arguments) {
		Long id = this.jdbc.queryForObject(sql, Long.class, arguments);
		assertThat(id).as(sql).isNotNull();
		return id;
	}

	private record Rule(String path, Map<String, String> fields, Map<Caller, Outcome> expected) {
	}

}
