package org.consultationregistry.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consultationregistry.account.Accounts;
import org.consultationregistry.account.Role;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.SessionDetails;
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
 * An official downloads the tracker, brings three recommendations up to date offline (one of them wrongly), and
 * uploads it: the preview shows the two good changes and refuses the bad one with its reason, nothing is saved until
 * the official confirms, and then the two are saved as ordinary changes, with history and audit trail.
 */
@PortalTest
class TrackerUploadIT {

	private static final String OFFICIAL = "tracker-official";

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

	String marker;

	long reviewed;

	long retargeted;

	long leapt;

	@BeforeEach
	void recordThreeRecommendations() {
		TestAccounts.ensure(this.accounts, OFFICIAL, Role.OFFICIAL, null);
		this.official = new Portal(this.port).signIn(OFFICIAL, TestAccounts.PASSWORD);
		this.marker = "upl" + UUID.randomUUID().toString().substring(0, 8);
		ConsultationSession session = this.sessions.record(ConsultationSession.plan(new SessionDetails(
				"Tracker " + this.marker, "Reporting", LocalDate.of(2025, 3, 3), null, null, "Lahore", null, null,
				null, null, null)));
		this.reviewed = propose(session, "Review the import duty on chips " + this.marker);
		this.retargeted = propose(session, "Train repair technicians " + this.marker);
		this.leapt = propose(session, "Open a testing laboratory " + this.marker);
	}

	@Test
	void goodRowsApplyOnlyAfterConfirmationAndTheBadOneIsRefusedWithItsReason() throws IOException {
		byte[] tracker = this.official.download("/recommendations/export.xlsx?q=" + this.marker).body();
		byte[] edited = edit(tracker, Map.of(this.reviewed, new Edit("Under review", null, "Taken up by finance"),
				this.retargeted, new Edit(null, LocalDate.of(2026, 6, 30), null), this.leapt,
				new Edit("Implemented", null, "Done, we hear")));

		HttpResponse<String> uploaded = this.official.upload("/reports/tracker/upload", "/reports/tracker/upload",
				"file", "tracker.xlsx", edited);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String preview = uploaded.headers().firstValue("Location").orElseThrow();
		Document page = this.official.page(preview);

		assertThat(page.select("tr.applicable")).as(page.select("table").text()).hasSize(2);
		Element refused = page.selectFirst("tr.refused");
		assertThat(refused.text()).contains("Open a testing laboratory")
			.contains("A recommendation cannot move from its current status to this one.");
		// Nothing is saved while the official reads the preview.
		assertThat(status(this.reviewed)).isEqualTo("PROPOSED");
		assertThat(target(this.retargeted)).isNull();

		HttpResponse<String> confirmed = this.official.submit(preview,
				page.selectFirst("form[action$=/apply]").attr("action"),
				Map.of("changes", page.selectFirst("input[name=changes]").attr("value")));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(this.official.page(confirmed.headers().firstValue("Location").orElseThrow())
			.selectFirst(".upload-applied")
			.text()).contains("2 recommendation(s) updated");

		assertThat(status(this.reviewed)).isEqualTo("UNDER_REVIEW");
		assertThat(this.jdbc.queryForObject("select reason from recommendation_status_change "
				+ "where recommendation_id = ? and to_status = 'UNDER_REVIEW'", String.class, this.reviewed))
			.isEqualTo("Taken up by finance");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where record_type = 'Recommendation' "
				+ "and record_id = ? and action = 'STATUS_CHANGE' and actor = ?", Integer.class, this.reviewed,
				OFFICIAL))
			.isEqualTo(1);
		assertThat(target(this.retargeted)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(status(this.leapt)).isEqualTo("PROPOSED");
		// The upload is used up: confirming again finds nothing.
		assertThat(this.official.get(preview).statusCode()).isEqualTo(404);
	}

	@Test
	void aFileThatIsNotATrackerIsRefusedWholeAndAnotherOfficialCannotReadTheUpload() throws IOException {
		HttpResponse<String> junk = this.official.upload("/reports/tracker/upload", "/reports/tracker/upload", "file",
				"notes.xlsx", "just some text".getBytes());
		assertThat(junk.statusCode()).isEqualTo(200);
		assertThat(this.official.parse(junk).selectFirst(".upload-problem").text())
			.contains("cannot be read as an Excel workbook");

		byte[] tracker = this.official.download("/recommendations/export.xlsx?q=" + this.marker).body();
		String preview = this.official
			.upload("/reports/tracker/upload", "/reports/tracker/upload", "file", "tracker.xlsx", tracker)
			.headers()
			.firstValue("Location")
			.orElseThrow();
		TestAccounts.ensure(this.accounts, "tracker-other", Role.OFFICIAL, null);
		Portal other = new Portal(this.port).signIn("tracker-other", TestAccounts.PASSWORD);
		assertThat(other.get(preview).statusCode()).isEqualTo(404);
		assertThat(this.official.page(preview).text()).contains("0 row(s) can be applied, 0 cannot, 3 change nothing");
	}

	private long propose(ConsultationSession session, String title) {
		return this.recommendations
			.record(Recommendation.propose(session, title, null, OFFICIAL, Instant.now()))
			.getId();
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from recommendation where id = ?", String.class, id);
	}

	private LocalDate target(long id) {
		return this.jdbc.queryForObject("select target_date from recommendation where id = ?", LocalDate.class, id);
	}

	/** Changes the tracker as an official would in Excel: a status picked, a date typed, a note written. */
	private static byte[] edit(byte[] tracker, Map<Long, Edit> edits) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(tracker))) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<Long, Row> rows = new HashMap<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				rows.put((long) row.getCell(TrackerColumn.ID.ordinal()).getNumericCellValue(), row);
			}
			assertThat(rows).containsOnlyKeys(edits.keySet());
			edits.forEach((id, edit) -> {
				Row row = rows.get(id);
				if (edit.status() != null) {
					// A fresh cell: POI would leave the inline string the export wrote in place of the new value.
					row.removeCell(row.getCell(TrackerColumn.STATUS.ordinal()));
					row.createCell(TrackerColumn.STATUS.ordinal()).setCellValue(edit.status());
				}
				if (edit.target() != null) {
					row.createCell(TrackerColumn.TARGET_DATE.ordinal()).setCellValue(edit.target());
					row.getCell(TrackerColumn.TARGET_DATE.ordinal())
						.setCellStyle(row.getCell(TrackerColumn.HELD_ON.ordinal()).getCellStyle());
				}
				if (edit.note() != null) {
					row.createCell(TrackerColumn.NOTE.ordinal()).setCellValue(edit.note());
				}
			});
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private record Edit(String status, LocalDate target, String note) {
	}

}
