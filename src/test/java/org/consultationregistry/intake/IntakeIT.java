package org.consultationregistry.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.consultationregistry.support.Forms;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official turns a press release into a session: pastes it, reviews what the portal read, corrects it and saves.
 * Scripts get the same reading as JSON. Text the portal cannot use is refused with a message beside its field, and
 * nothing is saved until the review is.
 */
@PortalTest
class IntakeIT {

	private static final String OFFICIAL = "intake.official";

	private static final String STAKEHOLDER = "intake.stakeholder";

	private static final List<String> THE_THIRTEEN = List.of("Nabeel Ahmad Awan", "Asif Tufail", "Faisal Yousaf",
			"Sajid Latif", "Waqas Ranjha", "Naseer", "Usman Sheikh", "Faisal", "Khushnood", "Adnan Aftab", "Ali Rashid",
			"Abdullah Afzal", "Abdul Basit");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StakeholderDirectory directory;

	private Portal official;

	@BeforeEach
	void signIn() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
	}

	@Test
	void aPastedPressReleaseBecomesADraftWithEveryoneAtTheTableAndNothingSaved() throws IOException {
		long sessionsBefore = count("consultation_session");

		Document review = read(pressRelease());

		assertThat(review.select("input[name$=.fullName]").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(THE_THIRTEEN);
		assertThat(value(review, "heldOn")).isEqualTo("2024-09-30");
		assertThat(value(review, "city")).isEqualTo("Lahore");
		assertThat(value(review, "organiserName")).isEqualTo("Planning and Development Board");
		assertThat(review.select("blockquote").eachText()).anyMatch((source) -> source.contains("Dysol Abdul Basit"));
		assertThat(rowWith(review, "Adnan Aftab").select("input[name$=.organisationName]").val()).isEqualTo("Airlink");
		assertThat(rowWith(review, "Adnan Aftab").text()).contains("In the registry");
		assertThat(review.select("input[name$=.fullName]").eachAttr("value")).doesNotContain("CM Punjab");
		assertThat(count("consultation_session")).isEqualTo(sessionsBefore);
	}

	@Test
	void aReviewFormNoBrowserWouldSendIsRefusedWithoutBreakingThePage() throws IOException {
		Document review = read(pressRelease());
		long sessionsBefore = count("consultation_session");
		for (Map<String, String> crafted : List.of(Map.of("heldOn", "30/09/2024"), Map.of("organiserId", "x"),
				Map.of("participants[0].personId", "1e9"), Map.of("issues[0].category", "GOSSIP"),
				Map.of("recommendations[0].answers", "first"), Map.of("participants[99999].fullName", "Far away"))) {
			Map<String, String> fields = Forms.fill(review, "/intake/review", Map.of());
			fields.putAll(crafted);
			for (String action : List.of("save", "add-participant", "remove-issue-0")) {
				fields.put("action", action);
				HttpResponse<String> answer = this.official.post("/intake/review", withCsrf(review, fields));
				assertThat(answer.statusCode()).as("%s with %s", action, crafted).isIn(200, 400);
				assertThat(answer.body()).as("%s with %s", action, crafted).contains("</html>");
			}
		}
		assertThat(count("consultation_session")).isEqualTo(sessionsBefore);
	}

	@Test
	void savingTheReviewCreatesExactlyTheReviewedRecordsInOneGo() throws IOException {
		Document review = read(pressRelease());
		// The official drops the last participant with the form's own button, then retitles the session and
		// rewrites the first issue.
		Map<String, String> fields = Forms.fill(review, "/intake/review", Map.of());
		int last = review.select("input[name$=.fullName]").size() - 1;
		fields.put("action", "remove-participant-" + last);
		HttpResponse<String> removed = this.official.post("/intake/review", withCsrf(review, fields));
		assertThat(removed.statusCode()).isEqualTo(200);
		Document corrected = this.official.parse(removed);
		assertThat(corrected.select("input[name$=.fullName]")).hasSize(last);
		String title = "IT hardware consultation " + UUID.randomUUID();
		fields = Forms.fill(corrected, "/intake/review", Map.of("title", title, "issues[0].title",
				"Smuggled devices undercut local assembly", "action", "save"));
		int issues = corrected.select("input[name^=issues][name$=.title]").size();
		int recommendations = corrected.select("input[name^=recommendations][name$=.title]").size();
		int offices = corrected.select("input[name^=offices][name$=.designation]").size();
		long peopleBefore = count("person");

		HttpResponse<String> saved = this.official.post("/intake/review", withCsrf(corrected, fields));

		assertThat(saved.statusCode()).isEqualTo(302);
		long session = Long.parseLong(Forms.location(saved).replaceFirst("^/sessions/", ""));
		assertThat(this.jdbc.queryForObject("select title from consultation_session where id = ?", String.class,
				session)).isEqualTo(title);
		assertThat(this.jdbc.queryForObject("select status from consultation_session where id = ?", String.class,
				session)).isEqualTo("HELD");
		assertThat(this.jdbc.queryForList("select p.full_name from participant s join person p on p.id = s.person_id "
				+ "where s.session_id = ?", String.class, session))
			.containsExactlyInAnyOrderElementsOf(THE_THIRTEEN.subList(0, 12));
		assertThat(this.jdbc.queryForObject("select count(*) from participant where session_id = ? and person_id is null",
				Long.class, session)).isEqualTo(offices);
		assertThat(this.jdbc.queryForObject("select p.full_name from consultation_session s join person p "
				+ "on p.id = s.chair_id where s.id = ?", String.class, session)).isEqualTo("Nabeel Ahmad Awan");
		assertThat(this.jdbc.queryForList("select title from issue_raised where session_id = ? order by id",
				String.class, session)).hasSize(issues).first().isEqualTo("Smuggled devices undercut local assembly");
		assertThat(this.jdbc.queryForObject("select count(*) from recommendation where origin_session_id = ?",
				Long.class, session)).isEqualTo(recommendations);
		// Everyone was matched to the demo registry's people: nobody was added twice.
		assertThat(count("person")).isEqualTo(peopleBefore);
	}

	@Test
	void aReviewThatCannotBeSavedShowsWhyAndSavesNothing() throws IOException {
		Document review = read(pressRelease());
		long sessionsBefore = count("consultation_session");
		Map<String, String> fields = Forms.fill(review, "/intake/review",
				Map.of("participants[1].role", "CHAIR", "issues[0].raisedBy", "Somebody Absent", "action", "save"));

		HttpResponse<String> refused = this.official.post("/intake/review", withCsrf(review, fields));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = this.official.parse(refused);
		assertThat(page.select(".error-summary").text()).contains("already has a chair");
		assertThat(page.select(".invalid-feedback").eachText()).anyMatch((error) -> error.contains("Somebody Absent"));
		assertThat(count("consultation_session")).isEqualTo(sessionsBefore);
	}

	@Test
	void scriptsGetTheReadingAsJson() throws Exception {
		HttpResponse<String> answer = api(OFFICIAL, TestAccounts.PASSWORD, pressRelease());

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode reading = new ObjectMapper().readTree(answer.body());
		assertThat(reading.get("date").asString()).isEqualTo("2024-09-30");
		assertThat(reading.get("city").asString()).isEqualTo("Lahore");
		List<String> names = new ArrayList<>();
		JsonNode asif = null;
		for (JsonNode participant : reading.get("participants")) {
			names.add(participant.get("name").asString());
			if (participant.get("name").asString().equals("Asif Tufail")) {
				asif = participant;
			}
		}
		assertThat(names).containsExactlyInAnyOrderElementsOf(THE_THIRTEEN);
		assertThat(asif.get("honorific").asString()).isEqualTo("Dr");
		assertThat(asif.get("designation").asString()).isEqualTo("Secretary");
		assertThat(asif.get("organisation").asString()).isEqualTo("P&D Board");
		assertThat(asif.get("organisationId").asLong()).isEqualTo(this.jdbc.queryForObject(
				"select id from organisation where acronym = 'P&D Board'", Long.class));
		assertThat(asif.get("source").asString()).contains("Dr Asif Tufail");
		assertThat(reading.get("issues").get(0).get("category").asString()).isEqualTo("TRADE_AND_IMPORTS");
		assertThat(reading.get("recommendations").size()).isEqualTo(4);
		assertThat(reading.get("outcome").asString()).contains("consensus");
		assertThat(reading.has("offices")).isTrue();
	}

	@Test
	void onlyStaffMayUseTheApiAndEmptyTextIsRefused() throws Exception {
		TestAccounts.ensure(this.accounts, STAKEHOLDER, Role.STAKEHOLDER, this.directory
			.findOrganisation(this.jdbc.queryForObject("select id from organisation where name = 'Airlink'", Long.class))
			.orElseThrow());

		assertThat(api(STAKEHOLDER, TestAccounts.PASSWORD, pressRelease()).statusCode()).isEqualTo(403);
		assertThat(api(null, null, pressRelease()).statusCode()).isEqualTo(401);
		HttpResponse<String> empty = api(OFFICIAL, TestAccounts.PASSWORD, "  ");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Paste the text");
	}

	@Test
	void textItCannotUseIsRefusedBesideItsFieldAndNothingIsSaved() {
		long sessionsBefore = count("consultation_session");

		assertThat(refusal(upload("text", "   ", null, null), "text")).contains("Paste the text");
		assertThat(refusal(upload("text", "Lahore, September 30: ".repeat(250_000), null, null), "text"))
			.contains("longer than");
		assertThat(refusal(upload("text", "The weather in Lahore stayed warm all week.", null, null), "text"))
			.contains("No date");
		assertThat(refusal(upload("text", "On 3 March 2024 the weather stayed warm.", null, null), "text"))
			.contains("does not describe a session");
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31);
		}
		assertThat(refusal(upload("text", "", "press-release.txt", binary), "file")).contains("not plain text");
		assertThat(refusal(upload("text", "", "press-release.odt", "text".getBytes(StandardCharsets.UTF_8)), "file"))
			.contains("Only .txt, .docx");
		assertThat(refusal(upload("text", "", "press-release.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)),
				"file"))
			.contains("could not be read");
		assertThat(refusal(upload("text", "", "press-release.docx", binary), "file")).contains("could not be read");

		assertThat(count("consultation_session")).isEqualTo(sessionsBefore);
	}

	@Test
	void anUploadedTextFileIsReadLikeAPaste() throws IOException {
		HttpResponse<String> answer = upload("text", "", "press-release.txt",
				pressRelease().getBytes(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(this.official.parse(answer).select("input[name$=.fullName]").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(THE_THIRTEEN);
	}

	@Test
	void aWordDocumentAndAPdfAreReadToo() throws IOException {
		String text = """
				LAHORE, October 7: A workshop on solar panel assembly was held at the P&D Board Complex.
				CEO Airlink Adnan Aftab and Chief IT Waqas Ranjha attended the workshop.""";

		for (String file : List.of("minutes.docx", "minutes.pdf")) {
			HttpResponse<String> answer = upload("text", "", file,
					file.endsWith(".docx") ? word(text) : pdf(text));

			assertThat(answer.statusCode()).isEqualTo(200);
			Document review = this.official.parse(answer);
			assertThat(review.select("input[name$=.fullName]").eachAttr("value")).as(file)
				.containsExactly("Adnan Aftab", "Waqas Ranjha");
			assertThat(value(review, "title")).as(file).isEqualTo("Workshop on solar panel assembly");
		}
	}

	private static byte[] word(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
				content.newLineAtOffset(40, 700);
				for (String line : text.split("\n")) {
					content.showText(line);
					content.newLineAtOffset(0, -14);
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private Document read(String text) {
		HttpResponse<String> answer = upload("text", text, null, null);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = this.official.parse(answer);
		assertThat(page.select("form[action$=/intake/review]")).as(page.select(".error-summary").text()).isNotEmpty();
		return page;
	}

	/** Posts the intake form as a browser does: multipart, with the CSRF token from the intake page. */
	private HttpResponse<String> upload(String field, String text, String fileName, byte[] file) {
		Document start = this.official.page("/intake");
		String boundary = "----intake" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		parts.add(part(boundary, "_csrf", null, start.select("input[name=_csrf]").first().attr("value")
			.getBytes(StandardCharsets.UTF_8)));
		parts.add(part(boundary, field, null, text.getBytes(StandardCharsets.UTF_8)));
		parts.add(part(boundary, "file", (fileName != null) ? fileName : "", (file != null) ? file : new byte[0]));
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.official.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/intake"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build());
	}

	private static byte[] part(String boundary, String name, String fileName, byte[] content) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream"
						: "")
				+ "\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] part = new byte[start.length + content.length + 2];
		System.arraycopy(start, 0, part, 0, start.length);
		System.arraycopy(content, 0, part, start.length, content.length);
		part[part.length - 2] = '\r';
		part[part.length - 1] = '\n';
		return part;
	}

	/** The message next to a field of the intake form, which must have come back with it. */
	private String refusal(HttpResponse<String> answer, String field) {
		assertThat(answer.statusCode()).isEqualTo(200);
		Element error = this.official.parse(answer).getElementById(field + "-error");
		assertThat(error).as("the message next to " + field).isNotNull();
		return error.text();
	}

	private HttpResponse<String> api(String username, String password, String text) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port
				+ "/api/v1/intake"))
			.header("Content-Type", "text/plain; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(text));
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, String> withCsrf(Document page, Map<String, String> fields) {
		Map<String, String> body = new LinkedHashMap<>(fields);
		body.put("_csrf", page.select("form[action$=/intake/review] input[name=_csrf]").val());
		return body;
	}

	private static Element rowWith(Document review, String name) {
		return review.select("input[name$=.fullName][value=" + name + "]").first().closest(".card");
	}

	private static String value(Document page, String name) {
		return page.select("[name=" + name + "]").val();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String pressRelease() throws IOException {
		try (InputStream in = IntakeIT.class.getResourceAsStream("/intake/it-hardware-session.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
