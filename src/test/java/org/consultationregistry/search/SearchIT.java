package org.consultationregistry.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.recommendation.RecommendationResults;
import org.consultationregistry.shared.SearchTerms;
import org.consultationregistry.stakeholder.NameSearch;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official and a stakeholder look for recommendations. The test's own session stays unpublished (so the public
 * pages other tests count are untouched): the official finds its records, the stakeholder only what the demo's
 * published session produced.
 */
@PortalTest
class SearchIT {

	private static final String OFFICIAL = "search.official";

	private static final String STAKEHOLDER = "search.airlink";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	StakeholderDirectory directory;

	Portal official;

	Portal stakeholder;

	/** A word no other test uses, so that what the search finds is this test's own. */
	String word;

	long session;

	@BeforeEach
	void anUnpublishedSessionOfOurOwn() {
		long airlink = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		TestAccounts.ensure(this.accounts, STAKEHOLDER, Role.STAKEHOLDER,
				this.directory.findOrganisation(airlink).orElseThrow());
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
		this.stakeholder = new Portal(this.port).signIn(STAKEHOLDER, TestAccounts.PASSWORD);
		this.word = "zq" + ThreadLocalRandom.current()
			.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		this.session = this.jdbc.queryForObject("""
				insert into consultation_session (title, theme, held_on, city, status)
				values (?, 'IT hardware', date '2025-03-10', 'Lahore', 'HELD') returning id
				""", Long.class, "Search test " + this.word);
	}

	@Test
	void aTitleMatchRanksAboveAPassingMention() {
		long mention = recommendation("Ease customs clearance for components",
				"Unlike a " + this.word + "factory, assembly lines need parts on time.", "PROPOSED", null);
		long title = recommendation("Build a " + this.word + "factory for laptops", "Near Lahore.", "PROPOSED", null);

		Document page = this.official.page("/recommendations?q=" + this.word);

		assertThat(hitIds(page)).containsExactly(title, mention);
	}

	@Test
	void aWordBeginningFindsTheWholeWordAndTheMatchIsMarked() {
		long id = recommendation("Train " + this.word + "technicians in board-level repair", null, "PROPOSED", null);

		Document page = this.official.page("/recommendations?q=" + this.word.substring(0, 6));

		assertThat(hitIds(page)).containsExactly(id);
		assertThat(page.select(".search-results mark").text()).contains(this.word + "technicians");
	}

	@Test
	void aWordOfARecordJustSavedIsFoundByItsBeginningAsTheWholeWord() {
		String beginning = this.word + "k"; // an ending no stemming shortens
		long id = recommendation("Open a " + beginning + "lab in Lahore", null, "PROPOSED", null);

		assertThat(this.jdbc.queryForObject("select registry_query(?)::text", String.class, beginning))
			.isEqualTo("'" + beginning + "lab'");
		Document page = this.official.page("/recommendations?q=" + beginning);
		assertThat(hitIds(page)).containsExactly(id);
		assertThat(page.select(".search-results mark").text()).isEqualTo(beginning + "lab");
	}

	@Test
	void aWordAddedByAnEditIsFoundByItsBeginning() {
		long id = recommendation("Train technicians", null, "PROPOSED", null);
		this.jdbc.update("update recommendation set details = ? where id = ?", "Train " + this.word + "kwelders too.",
				id);

		assertThat(hitIds(this.official.page("/recommendations?q=" + this.word + "k"))).containsExactly(id);
	}

	@Test
	void aBeginningSharedByManyWordsStaysAPrefix() {
		String beginning = this.word + "k";
		StringBuilder details = new StringBuilder();
		for (char first = 'a'; first <= 'f'; first++) {
			for (char second = 'a'; second <= 'f'; second++) {
				details.append(beginning).append(first).append(second).append(' ');
			}
		}
		long id = recommendation("Many words", details.toString(), "PROPOSED", null);

		assertThat(this.jdbc.queryForObject("select registry_query(?)::text", String.class, beginning))
			.isEqualTo("'" + beginning + "':*");
		assertThat(this.jdbc.queryForObject("select registry_query(?)::text", String.class, beginning + "a"))
			.doesNotContain(":*");
		assertThat(hitIds(this.official.page("/recommendations?q=" + beginning))).containsExactly(id);
	}

	@Test
	void recordTextIsShownAsTextNotMarkup() {
		recommendation("Stop " + this.word + " <script>alert(1)</script>", "<b>bold</b> " + this.word, "PROPOSED",
				null);

		Document page = this.official.page("/recommendations?q=" + this.word);

		assertThat(page.select(".search-results script, .search-results b")).isEmpty();
		assertThat(page.select(".search-results").text()).contains("<script>alert(1)</script>");
	}

	@Test
	void urduTextIsFoundByItsWords() {
		long id = recommendation("مقامی " + this.word + " مینوفیکچرنگ کی حوصلہ افزائی", null, "PROPOSED", null);

		Document page = this.official
			.page("/recommendations?q=" + URLEncoder.encode("مینوفیکچرنگ " + this.word, StandardCharsets.UTF_8));

		assertThat(hitIds(page)).containsExactly(id);
	}

	@Test
	void aFilterCombinationReturnsExactlyItsRows() {
		long pbit = this.jdbc.queryForObject("select id from organisation where acronym = 'PBIT'", Long.class);
		long airlink = this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class);
		long wanted = recommendation("Accepted, PBIT, imports", null, "ACCEPTED", pbit);
		answers(wanted, "TRADE_AND_IMPORTS", airlink);
		long wrongStatus = recommendation("Proposed, PBIT, imports", null, "PROPOSED", pbit);
		answers(wrongStatus, "TRADE_AND_IMPORTS", airlink);
		long wrongTheme = recommendation("Accepted, PBIT, skills", null, "ACCEPTED", pbit);
		answers(wrongTheme, "SKILLS", airlink);
		long wrongBody = recommendation("Accepted, nobody, imports", null, "ACCEPTED", null);
		answers(wrongBody, "TRADE_AND_IMPORTS", airlink);

		Document page = this.official.page("/recommendations?session=" + this.session
				+ "&status=ACCEPTED&theme=TRADE_AND_IMPORTS&responsible=" + pbit + "&raisedBy=" + airlink
				+ "&from=2025-03-01&to=2025-03-31");

		assertThat(hitIds(page)).containsExactly(wanted);
		Document session = this.official.page("/recommendations?session=" + this.session);
		assertThat(hitIds(session)).containsExactlyInAnyOrder(wanted, wrongStatus, wrongTheme, wrongBody);
		assertThat(facetCount(session, "status", "ACCEPTED")).isEqualTo(3);
		assertThat(facetCount(session, "theme", "SKILLS")).isEqualTo(1);
		assertThat(this.official.page("/recommendations?session=" + this.session + "&to=2025-03-09").text())
			.contains("No recommendations match.");
	}

	@Test
	void theFacetLinksKeepTheSearchAndNarrowIt() {
		recommendation("Accepted " + this.word, null, "ACCEPTED", null);
		long proposed = recommendation("Proposed " + this.word, null, "PROPOSED", null);

		Document page = this.official.page("/recommendations?q=" + this.word + "&sort=NEWEST");
		String narrowed = page.select(".facet a[href*=status=PROPOSED]").attr("href");

		assertThat(narrowed).contains("q=" + this.word).contains("sort=NEWEST");
		assertThat(hitIds(this.official.page(narrowed))).containsExactly(proposed);
	}

	@Test
	void aFacetShowsItsLargestValuesLargestFirst() {
		List<Long> bodies = new ArrayList<>();
		for (int size = 1; size <= 9; size++) {
			long body = this.jdbc.queryForObject("insert into organisation (name, type) values (?, 'GOVERNMENT') "
					+ "returning id", Long.class, "Facet body " + size + " " + this.word);
			bodies.add(body);
			for (int i = 0; i < size; i++) {
				recommendation("Recommendation " + i + " for body " + size, null, "PROPOSED", body);
			}
		}

		Document page = this.official.page("/recommendations?session=" + this.session);

		List<String> shown = page.select(".facet a[href*=responsible=]")
			.eachAttr("href")
			.stream()
			.map((href) -> href.replaceAll(".*responsible=(\\d+).*", "$1"))
			.toList();
		List<String> largestEight = new ArrayList<>();
		for (int i = bodies.size() - 1; i >= 1; i--) {
			largestEight.add(String.valueOf(bodies.get(i)));
		}
		assertThat(shown).containsExactlyElementsOf(largestEight);
		assertThat(facetCount(page, "responsible", String.valueOf(bodies.get(8)))).isEqualTo(9);
	}

	@Test
	void aMisspeltNameFindsTheOrganisationAndWhatConcernsIt() {
		Document search = this.stakeholder.page("/search?q=PBTI");
		assertThat(search.select("#found-organisations ~ ul a").eachText())
			.contains("Punjab Board of Investment and Trade");

		Document misspelt = this.stakeholder.page("/search?q=Airlnk");
		assertThat(misspelt.select("#found-organisations ~ ul a").eachText()).contains("Airlink");
	}

	@Test
	void aMisspeltNameFindsWhatTheOrganisationRaised() {
		this.jdbc.update("""
				insert into organisation (name, type) values ('Zelmorax Circuits', 'PRIVATE_SECTOR')
				on conflict do nothing
				""");
		long zelmorax = this.jdbc.queryForObject("select id from organisation where name = 'Zelmorax Circuits'",
				Long.class);
		this.jdbc.update("""
				insert into issue_raised (session_id, category, title, raised_by_organisation_id)
				values (?, 'TAXATION', ?, ?)
				""", this.session, "Duty on imported chips " + this.word, zelmorax);

		Document page = this.official.page("/search?q=Zelmorx+Circuits");

		assertThat(page.select("#found-issues ~ ol li").text()).contains("Duty on imported chips " + this.word);
	}

	@Test
	void aMisspeltNameFindsWhatAnswersTheOrganisation() {
		this.jdbc.update("""
				insert into organisation (name, type) values ('Quorvane Semiconductors', 'PRIVATE_SECTOR')
				on conflict do nothing
				""");
		long quorvane = this.jdbc.queryForObject("select id from organisation where name = 'Quorvane Semiconductors'",
				Long.class);
		long answer = recommendation("Lower the duty on " + this.word + " wafers", null, "PROPOSED", null);
		answers(answer, "TAXATION", quorvane);

		Document page = this.official.page("/recommendations?q=Quorvne+Semiconductors");

		assertThat(hitIds(page)).contains(answer);
	}

	/**
	 * A word in more recommendations than are counted is ranked among its newest matches only: the page says "more
	 * than", and an older match that would rank higher is not among them.
	 */
	@Test
	void aWordInTooManyToCountIsRankedAmongItsNewestMatches() {
		long older = recommendation(this.word + " " + this.word + " in the title twice", null, "PROPOSED", null);
		this.jdbc.update("update recommendation set created_at = created_at - interval '1 day' where id = ?", older);
		this.jdbc.update("""
				with added as (
				    insert into recommendation (origin_session_id, title, status)
				    select ?, 'Keep the ' || ? || ' register ' || n, 'PROPOSED' from generate_series(1, ?) n
				    returning id
				)
				insert into recommendation_status_change (recommendation_id, to_status, changed_by)
				select id, 'PROPOSED', 'search test' from added
				""", this.session, this.word, RecommendationResults.COUNT_LIMIT);

		try {
			Document page = this.official.page("/recommendations?q=" + this.word);

			assertThat(page.select("#recommendation-results p.text-body-secondary").text())
				.contains("1 to 20 of more than "
						+ String.format(Locale.ENGLISH, "%,d", RecommendationResults.COUNT_LIMIT));
			assertThat(hitIds(page)).hasSize(RecommendationResults.PAGE_SIZE).doesNotContain(older);
		}
		finally {
			// So many of the newest recommendations would push other tests' own off the first page of the list.
			this.jdbc.update("""
					delete from recommendation_status_change where recommendation_id in (
					    select id from recommendation where origin_session_id = ?)
					""", this.session);
			this.jdbc.update("delete from recommendation where origin_session_id = ?", this.session);
		}
	}

	/** The words stand for a person: what they proposed and what answers the issues they raised are found too. */
	@Test
	void aMisspeltPersonsNameFindsWhatTheyProposedAndWhatAnswersTheirIssues() {
		long person = person("Yusra " + this.word);
		long proposed = recommendation("Certify local assemblers", null, "PROPOSED", null);
		this.jdbc.update("update recommendation set proposer_person_id = ? where id = ?", person, proposed);
		long answer = recommendation("Refund duty on parts within a month", null, "PROPOSED", null);
		long issue = this.jdbc.queryForObject("""
				insert into issue_raised (session_id, category, title, raised_by_person_id)
				values (?, 'TAXATION', 'Refunds take a year', ?) returning id
				""", Long.class, this.session, person);
		this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)", answer,
				issue);
		long unrelated = recommendation("Train repair technicians", null, "PROPOSED", null);

		Document page = this.official.page("/recommendations?q=Yusr+" + this.word);

		assertThat(hitIds(page)).contains(proposed, answer).doesNotContain(unrelated);
	}

	/**
	 * A name shared by more people than the search ranks picks no one out: it stands only for those whose whole name
	 * it is, not for the first of their namesakes.
	 */
	@Test
	void aNameManyShareStandsOnlyForThoseWithExactlyThatName() {
		this.jdbc.update("""
				insert into person (full_name) select 'Nasreen ' || ? || ' ' || n from generate_series(1, ?) n
				""", this.word, NameSearch.COMMON_NAME + 1);
		long namesake = this.jdbc.queryForObject("select min(id) from person where full_name like ?", Long.class,
				"Nasreen " + this.word + " %");
		long exact = person("Nasreen " + this.word);
		long byNamesake = recommendation("Open a testing laboratory", null, "PROPOSED", null);
		long byExact = recommendation("Open a second testing laboratory", null, "PROPOSED", null);
		this.jdbc.update("update recommendation set proposer_person_id = ? where id = ?", namesake, byNamesake);
		this.jdbc.update("update recommendation set proposer_person_id = ? where id = ?", exact, byExact);

		Document page = this.official.page("/recommendations?q=Nasreen+" + this.word);

		assertThat(hitIds(page)).contains(byExact).doesNotContain(byNamesake);
	}

	@Test
	void aStakeholderFindsOnlyPublishedRecords() {
		recommendation("Publish the " + this.word + " register", null, "PROPOSED", null);
		this.jdbc.update("insert into issue_raised (session_id, category, title) values (?, 'OTHER', ?)",
				this.session, "No " + this.word + " register yet");

		assertThat(this.official.page("/search?q=" + this.word).select("#found-recommendations ~ ol li")).hasSize(1);
		assertThat(this.official.page("/search?q=" + this.word).select("#found-sessions ~ ol li")).hasSize(1);
		assertThat(this.official.page("/search?q=" + this.word).select("#found-issues ~ ol li")).hasSize(1);

		Document seen = this.stakeholder.page("/search?q=" + this.word);
		assertThat(seen.text()).doesNotContain(this.word + " register").contains("Nothing in the registry matches");
		assertThat(hitIds(this.stakeholder.page("/recommendations?q=" + this.word))).isEmpty();
		assertThat(hitIds(this.stakeholder.page("/recommendations?q=manufact"))).isNotEmpty();
	}

	/** The site-wide search ranks only the first matches it finds, so it counts them only so far, then says "more". */
	@Test
	void theSiteWideSearchCountsRecommendationsOnlyAsFarAsItRanks() {
		recommendation("Publish the " + this.word + " register", null, "PROPOSED", null);

		Document few = this.official.page("/search?q=" + this.word);
		assertThat(few.select("#found-recommendations ~ a").text())
			.isEqualTo("See all 1 matching recommendations, with filters");

		this.jdbc.update("""
				with added as (
				    insert into recommendation (origin_session_id, title, status)
				    select ?, 'Keep the ' || ? || ' register ' || n, 'PROPOSED' from generate_series(1, ?) n
				    returning id
				)
				insert into recommendation_status_change (recommendation_id, to_status, changed_by)
				select id, 'PROPOSED', 'search test' from added
				""", this.session, this.word, SearchTerms.RANKED_CANDIDATES);

		Document many = this.official.page("/search?q=" + this.word);
		assertThat(many.select("#found-recommendations ~ ol li")).hasSize(RegistrySearch.PER_KIND);
		assertThat(many.select("#found-recommendations ~ a").text()).isEqualTo("See more than "
				+ String.format(Locale.ENGLISH, "%,d", SearchTerms.RANKED_CANDIDATES)
				+ " matching recommendations, with filters");
	}

	@Test
	void aValueThatIsNotAChoiceIsRefusedPolitely() {
		assertThat(this.official.get("/recommendations?status=SHELVED").statusCode()).isEqualTo(400);
		assertThat(this.official.get("/recommendations?q=%27%3B+drop+table+recommendation%3B+--").statusCode())
			.isEqualTo(200);
		assertThat(this.official.get("/search?q=%22%27%28%29%26%7C%21%3A*").statusCode()).isEqualTo(200);
	}

	/** A recommendation with a history that agrees with its status, as the portal itself would leave it. */
	private long recommendation(String title, String details, String status, Long responsible) {
		long id = this.jdbc.queryForObject("""
				insert into recommendation (origin_session_id, title, details, status, responsible_organisation_id)
				values (?, ?, ?, ?, ?) returning id
				""", Long.class, this.session, title, details, status, responsible);
		this.jdbc.update("""
				insert into recommendation_status_change (recommendation_id, to_status, changed_by)
				values (?, ?, 'search test')
				""", id, status);
		return id;
	}

	private long person(String fullName) {
		return this.jdbc.queryForObject("insert into person (full_name) values (?) returning id", Long.class,
				fullName);
	}

	private void answers(long recommendation, String category, long raisedBy) {
		long issue = this.jdbc.queryForObject("""
				insert into issue_raised (session_id, category, title, raised_by_organisation_id)
				values (?, ?, 'An issue', ?) returning id
				""", Long.class, this.session, category, raisedBy);
		this.jdbc.update("insert into recommendation_issue (recommendation_id, issue_id) values (?, ?)",
				recommendation, issue);
	}

	private static List<Long> hitIds(Document page) {
		return page.select(".search-results h2 a")
			.stream()
			.map((link) -> Long.parseLong(link.attr("href").replaceAll(".*/", "")))
			.toList();
	}

	private static long facetCount(Document page, String facet, String value) {
		Element link = page.selectFirst(".facet a[href*=" + facet + "=" + value + "]");
		assertThat(link).as("facet %s=%s", facet, value).isNotNull();
		return Long.parseLong(link.parent().selectFirst(".badge").text().replace(",", ""));
	}

}
