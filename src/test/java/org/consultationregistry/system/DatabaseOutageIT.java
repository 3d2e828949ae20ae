package org.consultationregistry.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.consultationregistry.ConsultationRegistryApplication;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.TcpProxy;
import org.consultationregistry.support.TestAccounts;
import org.consultationregistry.support.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database falls over and comes back. A second portal, of its own, reaches a database of its own on the tests'
 * PostgreSQL server through a {@link TcpProxy}, which the test cuts (the server is down) or freezes (the server
 * hangs); the shared test portal and its database never notice. While the database is away, pages answer a
 * friendly 503 within seconds and the health check says DOWN; once it is back, the portal serves again within 10
 * seconds without a restart; a write caught in the middle is either saved completely or refused with a message.
 * Started while the database is down, the portal says so and stops.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIT {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final String FRIENDLY = "The registry is unavailable for a moment";

	private static TestDatabase server;

	private static String database;

	private static TcpProxy proxy;

	private static ConfigurableApplicationContext portal;

	private static JdbcTemplate direct;

	private static int port;

	@BeforeAll
	static void startAPortalBehindAProxy() {
		server = TestDatabase.get();
		database = "registry_outage_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS"));
		server.create(database);
		Properties address = Driver.parseURL(server.urlOf(database), null);
		proxy = new TcpProxy(address.getProperty("PGHOST"), Integer.parseInt(address.getProperty("PGPORT")));
		portal = start();
		port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
		direct = new JdbcTemplate(new DriverManagerDataSource(server.urlOf(database), server.username(),
				server.password()));
		TestAccounts.ensure(portal.getBean(Accounts.class), "outage-official", Role.OFFICIAL, null);
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		if (proxy != null) {
			proxy.close();
		}
		server.drop(database);
	}

	@AfterEach
	void reconnect() {
		proxy.restore();
		awaitServing(new Portal(port));
	}

	@Test
	void whileTheDatabaseIsCutOffPagesSayNotNowAndTheyComeBackWithoutARestart() throws Exception {
		Portal official = new Portal(port).signIn("outage-official", TestAccounts.PASSWORD);
		Load load = new Load(official);

		proxy.cut();
		Thread.sleep(1000);
		Timed home = Timed.get(new Portal(port), "/");
		Timed sessions = Timed.get(official, "/sessions");
		Timed health = Timed.get(new Portal(port), "/actuator/health");
		long cutAt = System.nanoTime();
		proxy.restore();
		Duration back = awaitServing(new Portal(port));
		List<Timed> underLoad = load.stop();

		for (Timed answer : List.of(home, sessions)) {
			assertThat(answer.response.statusCode()).isEqualTo(503);
			assertThat(answer.took).isLessThan(Duration.ofSeconds(5));
			assertThat(new Portal(port).parse(answer.response).select("h1").text()).isEqualTo(FRIENDLY);
			assertThat(answer.response.headers().firstValue("Retry-After")).hasValue("10");
			assertNoInnards(answer.response);
		}
		assertThat(health.response.statusCode()).isEqualTo(503);
		assertThat(health.response.body()).contains("\"status\":\"DOWN\"");
		assertThat(back).as("back %s after the database returned", back).isLessThan(PATIENCE);
		assertThat(official.page("/sessions").select("header").text()).as("still signed in")
			.contains("outage-official");
		assertThat(underLoad).isNotEmpty().allSatisfy((answer) -> {
			assertThat(answer.response.statusCode()).isIn(200, 503);
			assertThat(answer.took).isLessThan(PATIENCE);
			assertNoInnards(answer.response);
		});
		assertThat(underLoad).anyMatch((answer) -> answer.response.statusCode() == 503);
		assertThat(Duration.ofNanos(System.nanoTime() - cutAt)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void aWriteCaughtByTheOutageIsSavedCompletelyOrRefusedWithAMessage() throws Exception {
		Portal official = new Portal(port).signIn("outage-official", TestAccounts.PASSWORD);
		String prefix = "Outage write " + System.nanoTime() + " ";
		List<Map<String, String>> forms = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			forms.add(sessionForm(official, prefix + i));
		}
		Map<String, Integer> answers = Collections.synchronizedMap(new HashMap<>());

		answers.put(prefix + 0, official.post("/sessions/new", forms.get(0)).statusCode());
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> inFlight = new ArrayList<>();
		for (int i = 1; i < 9; i++) {
			Map<String, String> form = forms.get(i);
			inFlight.add(writers.submit(() -> answers.put(form.get("title"), refusedOrSaved(official, form))));
		}
		Thread.sleep(50);
		proxy.cut();
		for (Future<?> write : inFlight) {
			write.get(30, TimeUnit.SECONDS);
		}
		writers.shutdown();
		HttpResponse<String> whileCut = official.post("/sessions/new", forms.get(9));
		proxy.restore();
		awaitServing(new Portal(port));
		HttpResponse<String> sentAgain = official.post("/sessions/new", forms.get(9));
		answers.put(prefix + 10, official.post("/sessions/new", forms.get(10)).statusCode());

		assertThat(whileCut.statusCode()).isEqualTo(503);
		assertThat(whileCut.body()).contains("either saved completely or not at all");
		assertThat(sentAgain.statusCode()).as("the same form sent again once the database is back").isEqualTo(302);
		assertThat(answers.get(prefix + 0)).isEqualTo(302);
		assertThat(answers.get(prefix + 10)).isEqualTo(302);
		assertThat(answers.values()).as("every write was saved (302) or refused with the message (503)")
			.allMatch((status) -> status == 302 || status == 503);
		List<String> saved = direct.queryForList("select title from consultation_session where title like ?",
				String.class, prefix + "%");
		assertThat(saved).as("saved once each").doesNotHaveDuplicates().contains(prefix + 9);
		answers.forEach((title, status) -> {
			if (status == 302) {
				assertThat(saved).contains(title);
			}
		});
		List<String> incomplete = new ArrayList<>();
		for (String title : saved) {
			long id = direct.queryForObject("select id from consultation_session where title = ?", Long.class,
					title);
			boolean audited = direct.queryForObject("""
					select count(*) from audit_event
					where record_type = 'ConsultationSession' and record_id = ? and action = 'CREATE'""",
					Long.class, id) == 1;
			boolean remembered = direct.queryForObject(
					"select count(*) from form_submission where record_type = 'ConsultationSession' and record_id = ?",
					Long.class, id) == 1;
			if (!audited || !remembered) {
				incomplete.add(title);
			}
		}
		assertThat(incomplete).as("sessions saved without their audit trail or form token").isEmpty();
	}

	/** The form for a new session as an official fills it in, with its one-time token and the CSRF token. */
	private static Map<String, String> sessionForm(Portal official, String title) {
		Document page = official.page("/sessions/new");
		Map<String, String> fields = new HashMap<>(Forms.fill(page, "/sessions/new",
				Map.of("title", title, "theme", "Resilience", "heldOn", "2024-12-01", "city", "Lahore")));
		fields.put("_csrf", page.select("input[name=_csrf]").val());
		return fields;
	}

	private static int refusedOrSaved(Portal official, Map<String, String> form) {
		HttpResponse<String> answer = official.post("/sessions/new", form);
		if (answer.statusCode() == 503 && !answer.body().contains("either saved completely or not at all")) {
			return -503;
		}
		return answer.statusCode();
	}

	@Test
	void whileTheDatabaseHangsNoRequestWaitsLongerThanTenSeconds() throws Exception {
		Portal official = new Portal(port).signIn("outage-official", TestAccounts.PASSWORD);
		Portal visitor = new Portal(port);
		visitor.page("/");

		proxy.freeze();
		ExecutorService callers = Executors.newFixedThreadPool(4);
		List<Future<Timed>> answers = List.of(callers.submit(() -> Timed.get(visitor, "/")),
				callers.submit(() -> Timed.get(visitor, "/recommendations")),
				callers.submit(() -> Timed.get(official, "/sessions")),
				callers.submit(() -> Timed.get(new Portal(port), "/actuator/health")));
		List<Timed> timed = new ArrayList<>();
		for (Future<Timed> answer : answers) {
			timed.add(answer.get(30, TimeUnit.SECONDS));
		}
		callers.shutdown();
		proxy.restore();
		Duration back = awaitServing(new Portal(port));

		assertThat(timed).allSatisfy((answer) -> {
			assertThat(answer.took).isLessThan(PATIENCE);
			assertThat(answer.response.statusCode()).isEqualTo(503);
			assertNoInnards(answer.response);
		});
		assertThat(back).isLessThan(PATIENCE);
	}

	@Test
	void startedWhileTheDatabaseIsDownThePortalSaysSoAndStops(CapturedOutput output) {
		proxy.cut();
		long started = System.nanoTime();

		assertThatThrownBy(DatabaseOutageIT::start).satisfies((failure) -> assertThat(
				new DatabaseFailureAnalyzer().analyze(failure)).isNotNull());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(40));
		assertThat(output).contains("The portal cannot reach its PostgreSQL database, so it cannot start");
	}

	/** The portal, configured on its command line: that outranks application.properties. */
	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ConsultationRegistryApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
				"--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(), "--registry.database.create-if-missing=false",
				"--server.port=0", "--server.address=127.0.0.1", "--registry.demo-data=true",
				"--registry.admin.password=outage admin password");
	}

	/** Asks for the home page until it answers 200 again; how long that took. */
	private static Duration awaitServing(Portal visitor) {
		long start = System.nanoTime();
		while (System.nanoTime() - start < Duration.ofSeconds(30).toNanos()) {
			try {
				if (visitor.get("/").statusCode() == 200
						&& visitor.get("/actuator/health").body().contains("\"status\":\"UP\"")) {
					return Duration.ofNanos(System.nanoTime() - start);
				}
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("The portal did not serve again within 30 seconds");
	}

	private static void assertNoInnards(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
	}

	/** An answer and how long it took. */
	private record Timed(HttpResponse<String> response, Duration took) {

		static Timed get(Portal portal, String path) {
			long start = System.nanoTime();
			HttpResponse<String> response = portal.get(path);
			return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
		}

	}

	/** Visitors and an official reading pages over and over, each answer timed, until stopped. */
	private static final class Load {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<Timed> answers = Collections.synchronizedList(new ArrayList<>());

		private final ExecutorService readers = Executors.newFixedThreadPool(3);

		Load(Portal official) {
			List<Portal> portals = List.of(new Portal(port), new Portal(port), official);
			List<String> paths = List.of("/", "/sessions", "/recommendations", "/organisations");
			for (Portal reader : portals) {
				this.readers.submit(() -> {
					for (int i = 0; this.running.get() && i < 10_000; i++) {
						this.answers.add(Timed.get(reader, paths.get(i % paths.size())));
					}
				});
			}
		}

		List<Timed> stop() throws InterruptedException {
			this.running.set(false);
			this.readers.shutdown();
			this.readers.awaitTermination(30, TimeUnit.SECONDS);
			return new ArrayList<>(this.answers);
		}

	}

}
