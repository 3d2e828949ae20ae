package org.consultationregistry.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand generated submissions to every form and API endpoint the portal maps, each signed in as a caller the
 * route lets through and with a valid CSRF token, so that what they carry reaches the binder, the validators and
 * the services: text in every script and direction with invisible characters, text far too long, markup and
 * script, SQL, words where numbers go, numbers too big for any column, dates that do not exist, fields missing and
 * fields sent twice. The portal never answers with a server error or a stack trace; whatever it stored renders as
 * text, never as markup; and the database still holds to every rule it has.
 * <p>
 * The generator is seeded: the seed is printed, and {@code -Dhostile.seed=...} replays a run
 * ({@code -Dhostile.submissions=...} changes its size).
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

	private static final long SEED = Long.getLong("hostile.seed", 20_240_930L);

	private static final int SUBMISSIONS = Integer.getInteger("hostile.submissions", 10_000);

	/** Marks every piece of markup the generator sends, so that the pages can be searched for any that got through. */
	private static final String MARK = "data-fuzz";

	private static final List<String> MARKUP = List.of("<script " + MARK + ">alert(1)</script>",
			"\"><img src=x onerror=alert(1) " + MARK + ">", "<b " + MARK + ">bold</b>",
			"<svg onload=alert(1) " + MARK + "></svg>", "'><iframe " + MARK + " src=javascript:alert(1)>",
			"javascript:alert(1)", "<a href=\"javascript:alert(1)\" " + MARK + ">x</a>", "{{7*7}}[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime()}__::.x");

	private static final List<String> SQL = List.of("' or 1=1 --", "'; drop table person; --", "\" or \"\"=\"",
			"1; select pg_sleep(5)", "%", "_", "\\", "%' and '1'='1", "') union select null--");

	private static final List<String> NUMBERS = List.of("0", "-1", "99999999999999999999", "-9223372036854775809",
			"9223372036854775807", "1e9", "1.5", "NaN", "0x10", "abc", "", " ", "null", "true");

	private static final List<String> DATES = List.of("2024-02-30", "0000-00-00", "31/12/2024", "99999-01-01",
			"1946-12-31", "2101-01-01", "2024-13-01", "yesterday", "24:61", "25:00", "2024-09-30T10:00", "");

	private static final List<String> UNICODE = List.of("\u202Eevil\u202C", "پنجاب بورڈ آف انویسٹمنٹ",
			"שלום", "zero\u200Bwidth\u200D\uFEFF", "e\u0301\u0301\u0301", "😀👍🏽", "\u0000", "\u0007bell",
			"line\r\nbreak", "\t", "\uD800", "Ω≈ç√∫", "ｆｕｌｌｗｉｄｔｈ", "\u00A0\u2003");

	/** The names forms use, for routes whose form the test cannot find on a page. */
	private static final Set<String> COMMON_FIELDS = Set.of("title", "theme", "heldOn", "startsAt", "venue", "city",
			"organiserId", "organiserName", "organiserType", "followsUpId", "sourceUrl", "summary", "outcome",
			"objectives", "version", "token", "fullName", "honorific", "designation", "organisationId",
			"organisationName", "newOrganisationType", "role", "personId", "category", "details", "raisedByPersonId",
			"raisedByOrganisationId", "earlierIssueId", "issueIds", "status", "reason", "targetDate", "dueDate",
			"description", "text", "passage", "replacement", "note", "answer", "username", "displayName",
			"currentPassword", "newPassword", "repeatedPassword");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	ProbeRecords records;

	Portal official;

	Portal admin;

	Portal participant;

	Instant started;

	@BeforeAll
	void signIn() {
		this.started = Instant.now();
		this.records = new ProbeRecords(this.jdbc, 3, LocalDate.of(2099, 1, 1),
				this.passwordEncoder.encode(TestAccounts.PASSWORD));
		TestAccounts.ensure(this.accounts, "hostile-official", Role.OFFICIAL, null);
		TestAccounts.ensure(this.accounts, "hostile-admin", Role.ADMIN, null);
		this.official = new Portal(this.port).signIn("hostile-official", TestAccounts.PASSWORD);
		this.admin = new Portal(this.port).signIn("hostile-admin", TestAccounts.PASSWORD);
		this.participant = new Portal(this.port).signIn(this.records.account, TestAccounts.PASSWORD);
	}

	@Test
	void noSubmissionBreaksThePortalOrItsRecords() throws Exception {
		System.out.println("HostileInputIT: seed " + SEED + ", " + SUBMISSIONS + " submissions");
		// Other tests' fixtures may already bend a rule the schema cannot state: only what this test breaks counts.
		Map<String, Long> rulesBefore = ruleBreaches();
		List<Route> routes = routes();
		Map<Portal, String> csrf = new LinkedHashMap<>();
		for (Portal caller : List.of(this.official, this.admin, this.participant)) {
			csrf.put(caller, caller.page("/").select("input[name=_csrf]").val());
		}
		Map<String, Set<String>> fieldsByAction = formFields(routes);

		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		ExecutorService senders = Executors.newFixedThreadPool(4);
		List<Future<?>> sent = new ArrayList<>();
		int threads = 4;
		for (int t = 0; t < threads; t++) {
			Random random = new Random(SEED + t);
			int share = SUBMISSIONS / threads + ((t < SUBMISSIONS % threads) ? 1 : 0);
			sent.add(senders.submit(() -> {
				for (int i = 0; i < share; i++) {
					Route route = routes.get(random.nextInt(routes.size()));
					Portal caller = caller(route.pattern);
					String path = path(route.pattern, random);
					HttpResponse<String> answer;
					String shown;
					if (route.method == RequestMethod.POST && route.pattern.startsWith("/api/")) {
						String json = json(random);
						answer = caller.postJson(path, json, csrf.get(caller));
						shown = json;
					}
					else if (route.method == RequestMethod.POST) {
						List<Map.Entry<String, String>> fields = fields(
								fieldsByAction.getOrDefault(route.pattern, COMMON_FIELDS), random);
						fields.add(new SimpleEntry<>("_csrf", csrf.get(caller)));
						answer = caller.post(path, fields);
						shown = fields.toString();
					}
					else {
						String query = "?q=" + url(value("q", random)) + "&page=" + url(pick(NUMBERS, random))
								+ "&size=" + url(pick(NUMBERS, random)) + "&status=" + url(value("status", random))
								+ "&revision=" + url(pick(NUMBERS, random));
						answer = caller.get(path + query);
						shown = query;
					}
					if (answer.statusCode() >= 500 || answer.body().contains("Exception")
							|| answer.body().contains("at org.") || answer.body().contains("SQLState")) {
						failures.add(route.method + " " + path + " answered " + answer.statusCode() + " to "
								+ shorten(shown));
					}
				}
			}));
		}
		for (Future<?> done : sent) {
			done.get(10, TimeUnit.MINUTES);
		}
		senders.shutdown();

		assertThat(failures).as("server errors (seed %d)", SEED).isEmpty();
		assertThat(markupOnPages()).as("markup sent by the test that a page renders as markup").isEmpty();
		Map<String, Long> rulesAfter = ruleBreaches();
		assertThat(rulesAfter.keySet().stream()
			.filter((rule) -> rulesAfter.get(rule) > rulesBefore.getOrDefault(rule, 0L))
			.map((rule) -> rule + ": " + rulesBefore.getOrDefault(rule, 0L) + " rows before, " + rulesAfter.get(rule)
					+ " after")
			.toList()).as("rules the database no longer holds to").isEmpty();
	}

	/** Every route the portal maps, but signing out and the error page. */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.equals("/logout")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, pattern));
				}
			}
		}
		routes.sort((a, b) -> (a.method + a.pattern).compareTo(b.method + b.pattern));
		return routes;
	}

	/** The fields of the forms the portal shows, by the route they post to. */
	private Map<String, Set<String>> formFields(List<Route> routes) {
		Map<String, Set<String>> fields = new LinkedHashMap<>();
		for (Route route : routes) {
			if (route.method != RequestMethod.GET || route.pattern.startsWith("/lookup")) {
				continue;
			}
			Portal caller = caller(route.pattern);
			HttpResponse<String> answer = caller.get(path(route.pattern, null));
			if (answer.statusCode() != 200 || !answer.body().contains("<form")) {
				continue;
			}
			for (Element form : caller.parse(answer).select("form[method=post]")) {
				String action = form.attr("action").replaceFirst("^https?://[^/]+", "");
				String pattern = routes.stream()
					.filter((candidate) -> candidate.method == RequestMethod.POST
							&& action.matches(candidate.pattern.replaceAll("\\{[^}]+\\}", "[^/]+")))
					.map(Route::pattern)
					.findFirst()
					.orElse(null);
				if (pattern != null) {
					Set<String> names = fields.computeIfAbsent(pattern, (key) -> new TreeSet<>());
					form.select("[name]").forEach((input) -> names.add(input.attr("name")));
					names.remove("_csrf");
				}
			}
		}
		return fields;
	}

	/** Who may reach a route: admins the accounts, the participant the suggestion form, an official the rest. */
	private Portal caller(String pattern) {
		if (pattern.startsWith("/admin") || pattern.startsWith("/api")) {
			return this.admin;
		}
		if (pattern.endsWith("/minutes/suggestions")) {
			return this.participant;
		}
		return this.official;
	}

	/**
	 * The route with the test's own records in its path, so that submissions reach the services, and never the demo
	 * consultation's or another test's; now and then a hostile value instead.
	 */
	private String path(String pattern, Random random) {
		String path = pattern.replaceAll("\\{recordType[^}]*\\}", "Recommendation")
			.replaceAll("\\{participantId[^}]*\\}", String.valueOf(this.records.participant))
			.replaceAll("\\{actionId[^}]*\\}", String.valueOf(this.records.followUp))
			.replaceAll("\\{suggestionId[^}]*\\}", String.valueOf(this.records.suggestion))
			.replaceAll("\\{sessionId[^}]*\\}", String.valueOf(this.records.session));
		String id = pattern.startsWith("/sessions") ? String.valueOf(this.records.session)
				: pattern.startsWith("/recommendations") || pattern.startsWith("/audit")
						? String.valueOf(this.records.recommendation)
						: pattern.startsWith("/issues") ? String.valueOf(this.records.issue)
								: pattern.startsWith("/organisations") ? String.valueOf(this.records.hub)
										: String.valueOf(accountId());
		if (pattern.endsWith("/minutes/publish")) {
			// A session without minutes, which cannot be published: published, the test's records would be public.
			id = String.valueOf(this.jdbc.queryForObject("select session_id from issue_raised where id = ?",
					Long.class, this.records.issueRaisedAgain));
		}
		else if (random != null && random.nextInt(10) == 0) {
			id = url(pick(NUMBERS, random));
		}
		return path.replaceAll("\\{[^}]+\\}", id);
	}

	/** Each field once, missing, or twice, with a value of the kind it expects or of any other kind. */
	private static List<Map.Entry<String, String>> fields(Set<String> names, Random random) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (String name : names) {
			int roll = random.nextInt(20);
			if (roll < 3) {
				continue;
			}
			fields.add(new SimpleEntry<>(name, value(name, random)));
			if (roll < 5) {
				fields.add(new SimpleEntry<>(name, value(name, random)));
			}
		}
		if (random.nextInt(10) == 0) {
			fields.add(new SimpleEntry<>(pick(List.copyOf(COMMON_FIELDS), random), value("", random)));
		}
		return fields;
	}

	/** Mostly something of the field's own kind, so that the rest of the form may pass and this value be tried. */
	private static String value(String field, Random random) {
		String name = field.toLowerCase();
		int roll = random.nextInt(10);
		if (roll < 6) {
			if (name.endsWith("id") || name.equals("version") || name.equals("page") || name.equals("revision")) {
				return pick(NUMBERS, random);
			}
			if (name.endsWith("on") || name.endsWith("date") || name.endsWith("at")) {
				return pick(DATES, random);
			}
			if (name.equals("token")) {
				return (random.nextBoolean()) ? UUID.randomUUID().toString() : pick(NUMBERS, random);
			}
			if (name.equals("status") || name.equals("role") || name.equals("category") || name.endsWith("type")) {
				return pick(List.of("PROPOSED", "UNDER_REVIEW", "ACCEPTED", "IMPLEMENTED", "REJECTED", "CHAIR",
						"PARTICIPANT", "OFFICIAL", "ADMIN", "STAKEHOLDER", "TAXATION", "OTHER", "PRIVATE_SECTOR",
						"PUBLISHED", "proposed", "MAYBE", ""), random);
			}
		}
		return text(random);
	}

	/** Text of every hostile kind, mixed, sometimes far too long for any column. */
	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		int parts = 1 + random.nextInt(3);
		for (int i = 0; i < parts; i++) {
			List<String> kind = switch (random.nextInt(4)) {
				case 0 -> MARKUP;
				case 1 -> SQL;
				case 2 -> UNICODE;
				default -> List.of("Duty on imported parts", "Fuzzing Works", "Probe town", "Dr", "x");
			};
			text.append(pick(kind, random)).append(' ');
		}
		int length = switch (random.nextInt(12)) {
			case 0 -> 4_001;
			case 1 -> 60_001;
			default -> 0;
		};
		while (text.length() < length) {
			text.append(pick(UNICODE, random)).append("long ");
		}
		return text.toString();
	}

	/** A body for the accounts API: sometimes well formed with hostile values, sometimes not JSON at all. */
	private static String json(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> "{\"username\": " + quoted(text(random)) + ", \"username\": \"dup\"}";
			case 1 -> "[1, 2, 3]";
			case 2 -> "{\"username\": 12, \"displayName\": [], \"role\": {}, \"organisationId\": \"abc\"}";
			case 3 -> "{\"username\": \"x\", \"organisationId\": 99999999999999999999999}";
			case 4 -> text(random);
			default -> "{\"username\": " + quoted("fuzz" + random.nextInt(1_000_000)) + ", \"displayName\": "
					+ quoted(text(random)) + ", \"role\": " + quoted(value("role", random)) + ", \"organisationId\": "
					+ pick(NUMBERS, random) + ", \"initialPassword\": " + quoted(text(random)) + "}";
		};
	}

	/**
	 * Every element on the pages that show what was stored (the test's own records, and whatever the submissions
	 * created) that carries the test's mark or an event handler, or a script that is not the portal's own.
	 */
	private List<String> markupOnPages() {
		Set<String> pages = new LinkedHashSet<>(List.of("/sessions/" + this.records.session,
				"/recommendations/" + this.records.recommendation, "/issues/" + this.records.issue,
				"/organisations/" + this.records.hub, "/audit/Recommendation/" + this.records.recommendation,
				"/audit/ConsultationSession/" + this.records.session, "/sessions?size=100", "/recommendations?size=100",
				"/", "/sessions/" + this.records.session + "/minutes/edit",
				"/recommendations/" + this.records.recommendation + "/edit"));
		Timestamp since = Timestamp.from(this.started);
		this.jdbc.queryForList("select id from consultation_session where created_at >= ? order by id limit 20",
				Long.class, since).forEach((id) -> pages.add("/sessions/" + id));
		this.jdbc.queryForList("select id from organisation where created_at >= ? order by id limit 20", Long.class,
				since).forEach((id) -> pages.add("/organisations/" + id));
		this.jdbc.queryForList("select id from recommendation where created_at >= ? and created_at < '2100-01-01' "
				+ "order by id limit 20", Long.class, since).forEach((id) -> pages.add("/recommendations/" + id));
		this.jdbc.queryForList("select id from issue_raised where created_at >= ? order by id limit 20", Long.class,
				since).forEach((id) -> pages.add("/issues/" + id));
		List<String> found = new ArrayList<>();
		for (String page : pages) {
			found.addAll(markup(page, this.official.page(page)));
		}
		found.addAll(markup("/admin/accounts", this.admin.page("/admin/accounts?size=100")));
		return found;
	}

	private static List<String> markup(String page, Document document) {
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			boolean foreignScript = element.is("script")
					&& !element.attr("src").matches("^/(static|webjars)/.*");
			boolean handler = element.attributes().asList().stream().map(Attribute::getKey)
				.anyMatch((key) -> key.startsWith("on") || key.equals(MARK));
			boolean scriptLink = element.attr("href").toLowerCase().startsWith("javascript:")
					|| element.attr("src").toLowerCase().startsWith("javascript:");
			if (foreignScript || handler || scriptLink) {
				found.add(page + ": " + shorten(element.outerHtml()));
			}
		}
		return found;
	}

	/**
	 * How many rows break each rule: those the schema states (each CHECK constraint tried again on every row) and those
	 * it cannot state: a recommendation stands at the status its history last moved it to, the minutes' current
	 * revision is their newest, a form token always names the record it created, and a session has at most one chair.
	 */
	private Map<String, Long> ruleBreaches() {
		Map<String, Long> broken = new LinkedHashMap<>();
		for (Map<String, Object> check : this.jdbc.queryForList("""
				select conrelid::regclass::text as "table", conname as "name", pg_get_constraintdef(oid) as "rule"
				from pg_constraint
				where contype = 'c' and connamespace = 'public'::regnamespace""")) {
			String rule = ((String) check.get("rule")).replaceFirst("^CHECK ", "");
			long rows = this.jdbc.queryForObject(
					"select count(*) from " + check.get("table") + " where not " + rule, Long.class);
			broken.put((String) check.get("name"), rows);
		}
		Map<String, String> invariants = Map.of("recommendation status follows its history", """
				select count(*) from recommendation r
				where r.status is distinct from (select c.to_status from recommendation_status_change c
				                                 where c.recommendation_id = r.id order by c.changed_at desc, c.id desc limit 1)
				""", "minutes show their newest revision", """
				select count(*) from minutes m
				where m.current_revision <> (select max(number) from minutes_revision v where v.minutes_id = m.id)
				""", "form tokens name their record", "select count(*) from form_submission where record_id is null",
				"one chair a session", """
				select count(*) from (select session_id from participant where role = 'CHAIR'
				                      group by session_id having count(*) > 1) chairs
				""");
		invariants.forEach((name, sql) -> {
			broken.put(name, this.jdbc.queryForObject(sql, Long.class));
		});
		return broken;
	}

	private long accountId() {
		return this.jdbc.queryForObject("select id from user_account where username = ?", Long.class,
				this.records.account);
	}

	private static String pick(List<String> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	private static String url(String value) {
		return URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value, StandardCharsets.UTF_8);
	}

	private static String shorten(String value) {
		return value.length() > 300 ? value.substring(0, 300) + "…" : value;
	}

	private record Route(RequestMethod method, String pattern) {
	}

}
