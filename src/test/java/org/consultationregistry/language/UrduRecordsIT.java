package org.consultationregistry.language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations named in Urdu are listed in the order of the Urdu alphabet, after the English names, and found by
 * the suggestions whichever keyboard typed the search.
 */
@PortalTest
class UrduRecordsIT {

	/** In Urdu alphabetical order: ت before ٹ before ث, and ے last; code point order would put ٹ after ث. */
	private static final List<String> IN_ORDER = List.of("تجارتی انجمن ملتان", "ٹیکسٹائل ملز ایسوسی ایشن",
			"ثقافتی کونسل پنجاب", "کراچی چیمبر آف کامرس", "یونیورسٹی آف گجرات");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void organisationsNamedInUrdu() {
		for (String name : List.of(IN_ORDER.get(3), IN_ORDER.get(1), IN_ORDER.get(4), IN_ORDER.get(0), IN_ORDER.get(2))) {
			this.jdbc.update("""
					insert into organisation (name, type) select ?, 'PRIVATE_SECTOR'
					where not exists (select 1 from organisation where name = ?)
					""", name, name);
		}
	}

	@Test
	void theDirectoryListsUrduNamesInUrduAlphabeticalOrderAfterTheEnglishOnes() {
		// Every page of the directory: other tests add organisations of their own.
		Portal visitor = new Portal(this.port);
		long organisations = this.jdbc.queryForObject("select count(*) from organisation", Long.class);
		List<String> names = new ArrayList<>();
		for (int page = 0; page * 100L < organisations; page++) {
			names.addAll(visitor.page("/organisations?size=100&lang=ur&page=" + page)
				.select("tbody tr td:first-child")
				.eachText());
		}

		List<String> urdu = names.stream().filter(IN_ORDER::contains).toList();
		assertThat(urdu).containsExactlyElementsOf(IN_ORDER);
		int lastEnglish = names.stream().filter((name) -> name.matches("^[A-Za-z].*")).mapToInt(names::indexOf).max()
			.orElseThrow();
		assertThat(names.indexOf(IN_ORDER.get(0))).isGreaterThan(lastEnglish);
	}

	@Test
	void aSearchTypedWithArabicLettersFindsTheUrduName() {
		String official = TestAccounts.ensure(this.accounts, "urdu-records-official", Role.OFFICIAL, null);
		Portal portal = new Portal(this.port).signIn(official, TestAccounts.PASSWORD);

		// "كراچي" with the Arabic kaf and yeh that Arabic keyboards type, where the name has the Urdu ones.
		String answer = portal.get("/lookup/organisations?q=" + URLEncoder.encode("كراچي", StandardCharsets.UTF_8))
			.body();

		assertThat(answer).contains(IN_ORDER.get(3));
	}

}
