package org.consultationregistry.language;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.support.Portal;
import org.consultationregistry.support.PortalTest;
import org.consultationregistry.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which language a page comes in: the browser's wish first, then the reader's own choice, which lasts for the
 * session and, once signed in, on the account.
 */
@PortalTest
class LanguagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void aBrowserAskingForUrduGetsTheRightToLeftUrduPortal() throws Exception {
		Document home = withAcceptLanguage("ur-PK,ur;q=0.9,en;q=0.5");

		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ur");
		assertThat(home.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(home.select("link[rel=stylesheet]").eachAttr("href")).anyMatch((href) -> href.contains("bootstrap.rtl"));
		assertThat(home.selectFirst("h1").text()).isEqualTo("مشاورتی رجسٹر");
		assertThat(home.select(".language-switch a").eachText()).containsExactly("English");
	}

	@Test
	void aLanguageThePortalDoesNotSpeakFallsBackToEnglish() throws Exception {
		Document home = withAcceptLanguage("fr-FR,de;q=0.8");

		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(home.selectFirst("html").attr("dir")).isEqualTo("ltr");
		assertThat(home.select(".language-switch a").eachText()).containsExactly("اردو");
	}

	@Test
	void theChoiceLastsForTheSessionAndAnUnknownOneIsIgnored() {
		Portal visitor = new Portal(this.port);

		assertThat(visitor.page("/sessions?lang=ur").selectFirst("html").attr("lang")).isEqualTo("ur");
		assertThat(visitor.page("/organisations").selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(visitor.page("/organisations?lang=xx").selectFirst("html").attr("lang")).isEqualTo("ur");
		assertThat(visitor.page("/?lang=en").selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void theSwitchLeadsToTheSamePageWithItsQueryKept() {
		Document page = new Portal(this.port).page("/recommendations?status=PROPOSED");

		assertThat(page.selectFirst(".language-switch a").attr("href"))
			.isEqualTo("/recommendations?status=PROPOSED&lang=ur");
		assertThat(page.selectFirst(".language-switch a").attr("lang")).isEqualTo("ur");
	}

	@Test
	void datesAreWrittenInTheReadersLanguage() {
		Portal visitor = new Portal(this.port);

		assertThat(visitor.page("/sessions?lang=en").select("tbody td").eachText()).contains("30 September 2024");
		assertThat(visitor.page("/sessions?lang=ur").select("tbody td").eachText()).contains("30 ستمبر 2024");
	}

	@Test
	void aSignedInReadersChoiceIsKeptOnTheirAccountForTheNextSignIn() {
		String username = TestAccounts.ensure(this.accounts, "language-chooser", Role.OFFICIAL, null);
		Portal first = new Portal(this.port).signIn(username, TestAccounts.PASSWORD);
		assertThat(first.page("/").selectFirst("html").attr("lang")).isEqualTo("en");
		first.page("/sessions?lang=ur");

		Portal later = new Portal(this.port).signIn(username, TestAccounts.PASSWORD);

		assertThat(later.page("/").selectFirst("html").attr("lang")).isEqualTo("ur");
	}

	@Test
	void aChoiceMadeJustBeforeSigningInWinsAndIsKept() {
		String username = TestAccounts.ensure(this.accounts, "language-before-sign-in", Role.OFFICIAL, null);
		Portal urdu = new Portal(this.port);
		urdu.page("/login?lang=ur");
		urdu.signIn(username, TestAccounts.PASSWORD);
		assertThat(urdu.page("/").selectFirst("html").attr("lang")).isEqualTo("ur");

		Portal english = new Portal(this.port);
		english.page("/login?lang=en");
		english.signIn(username, TestAccounts.PASSWORD);
		assertThat(english.page("/").selectFirst("html").attr("lang")).isEqualTo("en");

		Portal elsewhere = new Portal(this.port).signIn(username, TestAccounts.PASSWORD);
		assertThat(elsewhere.page("/").selectFirst("html").attr("lang")).isEqualTo("en");
	}

	private Document withAcceptLanguage(String header) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/"))
				.header("Accept-Language", header)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
