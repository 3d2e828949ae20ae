package org.consultationregistry.recommendation;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.support.Forms;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Twenty officials work on one recommendation at once: half rename it, half move its status, each from the version
 * they were looking at. Every save that is accepted is in the history, each one building on the one before; every
 * other save is refused as a conflict. None is silently overwritten.
 */
@PortalTest
class ConcurrentRecommendationUpdatesIT {

	private static final String TITLE = "Clear IT components at the port within a week";

	/** The officials come in waves: those of one wave open the same version and save at the same instant. */
	private static final int WAVES = 5;

	private static final int PER_WAVE = 4;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	IssuesRaised issues;

	@Autowired
	Recommendations recommendations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	TestSession session;

	long id;

	@BeforeEach
	void proposeARecommendation() {
		TestAccounts.ensure(this.accounts, "official-2", Role.OFFICIAL, null);
		this.session = TestSession.plan(this.sessions, this.issues);
		this.id = TestSession.asOfficial("official-2",
				() -> this.recommendations.propose(this.session.id(), this.session.form(TITLE)));
	}

	@Test
	void everyAcceptedChangeIsInTheHistoryAndEveryOtherIsAConflict() throws Exception {
		Portal official = new Portal(this.port).signIn("official-2", TestAccounts.PASSWORD);
		long versionBefore = version();

		List<Update> updates = runInWaves(official);

		// In each wave exactly one save wins; the other three were based on the version it replaced.
		List<Update> accepted = updates.stream().filter((update) -> update.status() == 302).toList();
		List<Update> refused = updates.stream().filter((update) -> update.status() != 302).toList();
		assertThat(accepted).hasSize(WAVES);
		assertThat(refused).hasSize(WAVES * (PER_WAVE - 1)).allSatisfy((update) -> {
			assertThat(update.status()).isEqualTo(409);
			assertThat(update.body()).contains("Someone else changed");
		});

		// One new version per accepted change: no two of them were applied to the same version.
		assertThat(version()).isEqualTo(versionBefore + accepted.size());

		// One audit entry per accepted change, in order, each starting from where the one before left off.
		List<JsonNode> audited = this.jdbc.query("""
				select changes::text from audit_event
				where record_type = 'Recommendation' and record_id = ? and action in ('UPDATE', 'STATUS_CHANGE')
				order by id
				""", (row, i) -> this.json.readTree(row.getString(1)), this.id);
		assertThat(audited).hasSize(accepted.size());
		String title = TITLE;
		String status = "PROPOSED";
		for (JsonNode change : audited) {
			if (change.has("title")) {
				assertThat(change.get("title").get(0).asString()).isEqualTo(title);
				title = change.get("title").get(1).asString();
			}
			if (change.has("status")) {
				assertThat(change.get("status").get(0).asString()).isEqualTo(status);
				status = change.get("status").get(1).asString();
			}
		}
		assertThat(this.jdbc.queryForMap("select title, status from recommendation where id = ?", this.id))
			.containsEntry("title", title)
			.containsEntry("status", status);

		// Every accepted rename is in the audit trail, and every accepted move in the status history, in a chain.
		assertThat(audited).filteredOn((change) -> change.has("title"))
			.extracting((change) -> change.get("title").get(1).asString())
			.containsExactlyInAnyOrderElementsOf(
					accepted.stream().map(Update::title).filter(Objects::nonNull).toList());
		List<Map<String, Object>> moves = this.jdbc.queryForList("""
				select from_status, to_status, reason from recommendation_status_change
				where recommendation_id = ? and from_status is not null order by id
				""", this.id);
		assertThat(moves).extracting((move) -> move.get("reason"))
			.containsExactlyInAnyOrderElementsOf(
					accepted.stream().map(Update::reason).filter(Objects::nonNull).toList());
		String from = "PROPOSED";
		for (Map<String, Object> move : moves) {
			assertThat(move.get("from_status")).isEqualTo(from);
			from = (String) move.get("to_status");
		}
		assertThat(official.page("/recommendations/" + this.id).select("ol.timeline li")).hasSize(1 + moves.size());
	}

	/**
	 * Two saves can both pass the service's look at the version before either is written. The database still takes
	 * only the first: the second save's update names the old version, finds no such row, and is rolled back.
	 */
	@Test
	void aSaveThatRacesPastTheVersionCheckIsStillRefusedWhenWritten() {
		RecommendationForm mine = this.session.form("Clear components within a week").basedOn(version());
		RecommendationForm theirs = this.session.form("Clear components within five days").basedOn(version());

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> TestSession.asOfficial("official-2", () -> this.transactions.execute((tx) -> {
				this.recommendations.revise(this.id, mine);
				// Mine has passed the check and waits to be written; theirs is saved in the meantime.
				Thread colleague = new Thread(() -> TestSession.asOfficial("official-3",
						() -> this.transactions.execute((other) -> {
							this.recommendations.revise(this.id, theirs);
							return null;
						})));
				colleague.start();
				join(colleague);
				return null;
			})));

		assertThat(this.jdbc.queryForObject("select title from recommendation where id = ?", String.class, this.id))
			.isEqualTo("Clear components within five days");
		assertThat(this.jdbc.queryForList("""
				select actor from audit_event
				where record_type = 'Recommendation' and record_id = ? and action = 'UPDATE'
				""", String.class, this.id)).containsExactly("official-3");
	}

	/**
	 * Starts all twenty officials at once. Those of a wave wait for the wave before to finish, open the page
	 * together (so they all see the same version), then all save at the same instant.
	 */
	private List<Update> runInWaves(Portal official) throws Exception {
		List<CountDownLatch> opened = new ArrayList<>();
		List<CyclicBarrier> saveTogether = new ArrayList<>();
		List<CountDownLatch> finished = new ArrayList<>();
		for (int wave = 0; wave < WAVES; wave++) {
			opened.add(new CountDownLatch(1));
			saveTogether.add(new CyclicBarrier(PER_WAVE));
			finished.add(new CountDownLatch(PER_WAVE));
		}
		ExecutorService officials = Executors.newFixedThreadPool(WAVES * PER_WAVE);
		try {
			List<Future<Update>> running = new ArrayList<>();
			for (int n = 0; n < WAVES * PER_WAVE; n++) {
				int wave = n / PER_WAVE;
				int number = n;
				running.add(officials.submit(() -> {
					opened.get(wave).await();
					Supplier<Update> save = (number % 2 == 0)
							? rename(official, "Title from official " + number)
							: move(official, number, "Reason of official " + number);
					saveTogether.get(wave).await(1, TimeUnit.MINUTES);
					try {
						return save.get();
					}
					finally {
						finished.get(wave).countDown();
					}
				}));
			}
			for (int wave = 0; wave < WAVES; wave++) {
				opened.get(wave).countDown();
				assertThat(finished.get(wave).await(2, TimeUnit.MINUTES)).isTrue();
			}
			List<Update> updates = new ArrayList<>();
			for (Future<Update> update : running) {
				updates.add(update.get());
			}
			return updates;
		}
		finally {
			officials.shutdownNow();
		}
	}

	/** Opens the edit form; saving renames the recommendation from the version it showed. */
	private Supplier<Update> rename(Portal official, String title) {
		String edit = "/recommendations/" + this.id + "/edit";
		Document form = official.page(edit);
		return () -> {
			HttpResponse<String> response = official.submit(edit, edit,
					Forms.fill(form, "/edit", Map.of("title", title)));
			return new Update(response.statusCode(), response.body(), title, null);
		};
	}

	/**
	 * Opens the recommendation page; saving moves it to one of the steps offered there (never to implemented, which
	 * would close it to further moves).
	 */
	private Supplier<Update> move(Portal official, int number, String reason) {
		String page = "/recommendations/" + this.id;
		Document seen = official.page(page);
		List<String> offered = seen.select("form[action$=/status] select[name=status] option:not([value=''])")
			.eachAttr("value")
			.stream()
			.filter((status) -> !status.equals("IMPLEMENTED"))
			.toList();
		Map<String, String> fields = Forms.fill(seen, "/status",
				Map.of("status", offered.get(number % offered.size()), "reason", reason));
		return () -> {
			HttpResponse<String> response = official.submit(page, Forms.action(seen, "/status"), fields);
			return new Update(response.statusCode(), response.body(), null, reason);
		};
	}

	private long version() {
		return this.jdbc.queryForObject("select version from recommendation where id = ?", Long.class, this.id);
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What one official tried, and how the portal answered. */
	private record Update(int status, String body, String title, String reason) {
	}

}
