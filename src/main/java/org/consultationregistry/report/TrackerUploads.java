package org.consultationregistry.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consultationregistry.recommendation.ChangeStatusForm;
import org.consultationregistry.recommendation.RecommendationReports;
import org.consultationregistry.recommendation.RecommendationReports.TrackerState;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.shared.CleanText;
import org.consultationregistry.shared.RegistryDate;
import org.consultationregistry.shared.Staff;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Updates to the recommendations tracker, uploaded back as the XLSX the portal wrote. The file is kept (in the
 * database, so that every instance of the portal finds it) under a random token while its uploader reads the
 * preview: row by row, what would change, and which rows cannot be applied and why. On confirmation the file is read
 * and checked again, and every row that can be applied is applied in one transaction through the recommendation
 * feature's own service, as ordinary status changes and target dates with their history and audit trail. If
 * anything changed in between so that a row no longer applies, nothing is applied and the preview shows why.
 */
@Service
@Transactional(readOnly = true)
class TrackerUploads {

	/** The largest file accepted, and the most rows read from it. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 10_000;

	/** How long an upload waits for its confirmation. */
	private static final Duration KEPT = Duration.ofDays(1);

	private static final int NOTE_LIMIT = 1000;

	private final JdbcTemplate jdbc;

	private final RecommendationReports reports;

	private final Recommendations recommendations;

	private final Labels labels;

	private final Clock clock;

	TrackerUploads(JdbcTemplate jdbc, RecommendationReports reports, Recommendations recommendations, Labels labels,
			@Qualifier("registryClock") Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.recommendations = recommendations;
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * Keeps an uploaded tracker for its preview, once it is known to be one.
	 * @return its token
	 * @throws UploadRefused if the file is empty, too large, not an XLSX, or not a tracker from the portal
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public UUID keep(byte[] content, String fileName, String uploadedBy) {
		if (content == null || content.length == 0) {
			throw new UploadRefused("report.upload.refused.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new UploadRefused("report.upload.refused.tooLarge");
		}
		read(content);
		this.jdbc.update("delete from tracker_upload where uploaded_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT)));
		UUID token = UUID.randomUUID();
		String name = (fileName != null) ? fileName.replaceAll("\\p{Cntrl}", "") : null;
		this.jdbc.update("insert into tracker_upload (token, uploaded_by, file_name, content) values (?, ?, ?, ?)",
				token, uploadedBy, (name != null && name.length() > 255) ? name.substring(0, 255) : name, content);
		return token;
	}

	/** What the upload would change, row by row, if it is the uploader's and still kept. */
	@PreAuthorize(Staff.ONLY)
	public Optional<Preview> preview(UUID token, String uploadedBy) {
		return load(token, uploadedBy).map((upload) -> check(token, upload.fileName(), read(upload.content())));
	}

	/**
	 * Applies every row of the upload that can be applied, in one transaction, and forgets the upload.
	 * @return how many recommendations were updated
	 * @throws UploadRefused if the upload is gone, or something changed since the preview so that a row the official
	 * saw as applicable no longer is (then nothing is applied)
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public int apply(UUID token, String uploadedBy, int expectedChanges) {
		Upload upload = load(token, uploadedBy).orElseThrow(() -> new UploadRefused("report.upload.refused.gone"));
		Preview preview = check(token, upload.fileName(), read(upload.content()));
		if (preview.applicable() != expectedChanges) {
			throw new UploadRefused("report.upload.refused.changedSincePreview");
		}
		try {
			for (RowCheck row : preview.rows()) {
				if (row.outcome() != Outcome.APPLY) {
					continue;
				}
				if (row.newStatus() != null) {
					this.recommendations.changeStatus(row.id(),
							new ChangeStatusForm(row.newStatus(), row.note(), row.version()));
				}
				if (row.targetChanged()) {
					this.recommendations.retarget(row.id(), row.version(), row.newTarget());
				}
			}
		}
		catch (RuntimeException ex) {
			// Another official moved a recommendation between the check above and its update: nothing is applied.
			throw new UploadRefused("report.upload.refused.changedSincePreview");
		}
		this.jdbc.update("delete from tracker_upload where token = ?", token);
		return preview.applicable();
	}

	private Optional<Upload> load(UUID token, String uploadedBy) {
		return this.jdbc
			.query("select file_name, content from tracker_upload where token = ? and uploaded_by = ? "
					+ "and uploaded_at >= ?", (rs, n) -> new Upload(rs.getString(1), rs.getBytes(2)), token,
					uploadedBy, Timestamp.from(this.clock.instant().minus(KEPT)))
			.stream()
			.findFirst();
	}

	/** Checks each row read from the file against the registry as it stands. */
	private Preview check(UUID token, String fileName, List<FileRow> rows) {
		Set<Long> ids = new HashSet<>();
		rows.forEach((row) -> {
			if (row.id() != null) {
				ids.add(row.id());
			}
		});
		Map<Long, TrackerState> current = this.reports.currentState(ids);
		Set<Long> seen = new HashSet<>();
		List<RowCheck> checks = new ArrayList<>();
		int unchanged = 0;
		for (FileRow row : rows) {
			RowCheck check = check(row, current, seen);
			if (check.outcome() == Outcome.UNCHANGED) {
				unchanged++;
			}
			else {
				checks.add(check);
			}
		}
		return new Preview(token, fileName, checks, unchanged);
	}

	private RowCheck check(FileRow row, Map<Long, TrackerState> current, Set<Long> seen) {
		if (row.problem() != null) {
			return RowCheck.refused(row, null, row.problem());
		}
		if (row.id() == null) {
			return RowCheck.refused(row, null, "report.upload.row.noId");
		}
		TrackerState state = current.get(row.id());
		if (state == null) {
			return RowCheck.refused(row, null, "report.upload.row.unknownId");
		}
		if (!seen.add(row.id())) {
			return RowCheck.refused(row, state, "report.upload.row.duplicate");
		}
		RecommendationStatus status = (row.status() != null) ? row.status() : state.status();
		boolean statusChanged = status != state.status();
		boolean targetChanged = !java.util.Objects.equals(row.targetDate(), state.targetDate());
		boolean noted = row.note() != null;
		if (!statusChanged && !targetChanged && !noted) {
			return new RowCheck(row.line(), row.id(), state.title(), state.status(), null, state.targetDate(),
					row.targetDate(), false, null, row.version(), Outcome.UNCHANGED, null);
		}
		if (row.version() == null || row.version() != state.version()) {
			return RowCheck.refused(row, state, "report.upload.row.changedSince");
		}
		if (!statusChanged && !targetChanged) {
			return RowCheck.refused(row, state, "report.upload.row.noteAlone");
		}
		if (statusChanged && !state.status().canMoveTo(status)) {
			return RowCheck.refused(row, state, "report.upload.row.notAllowed");
		}
		if (statusChanged && !noted) {
			return RowCheck.refused(row, state, "report.upload.row.noteRequired");
		}
		if (targetChanged && row.targetDate() != null && row.targetDate().isBefore(state.sessionHeldOn())) {
			return RowCheck.refused(row, state, "report.upload.row.targetBeforeSession");
		}
		return new RowCheck(row.line(), row.id(), state.title(), state.status(), statusChanged ? status : null,
				state.targetDate(), row.targetDate(), targetChanged, row.note(), row.version(), Outcome.APPLY, null);
	}

	/**
	 * Reads the rows of the first sheet. The header must name the columns the portal reads back where the portal
	 * wrote them; a cell that cannot be read makes its row refused, not the file.
	 */
	private List<FileRow> read(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row header = sheet.getRow(0);
			for (TrackerColumn column : List.of(TrackerColumn.ID, TrackerColumn.VERSION, TrackerColumn.STATUS,
					TrackerColumn.TARGET_DATE, TrackerColumn.NOTE)) {
				String found = (header != null) ? formatter.formatCellValue(header.getCell(column.ordinal())) : "";
				if (!found.strip().equalsIgnoreCase(this.labels.text(column.labelKey()))) {
					throw new UploadRefused("report.upload.refused.notATracker");
				}
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new UploadRefused("report.upload.refused.tooManyRows", MAX_ROWS);
			}
			Map<String, RecommendationStatus> statuses = statusesByLabel();
			List<FileRow> rows = new ArrayList<>();
			for (int index = 1; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				if (row == null || isBlank(row, formatter)) {
					continue;
				}
				rows.add(read(row, formatter, statuses));
			}
			return rows;
		}
		catch (UploadRefused refused) {
			throw refused;
		}
		catch (IOException | RuntimeException ex) {
			// Not an XLSX, a damaged one, or one whose content POI refuses to expand (a zip bomb).
			throw new UploadRefused("report.upload.refused.unreadable");
		}
	}

	private FileRow read(Row row, DataFormatter formatter, Map<String, RecommendationStatus> statuses) {
		int line = row.getRowNum() + 1;
		Long id = number(row.getCell(TrackerColumn.ID.ordinal()), formatter);
		Long version = number(row.getCell(TrackerColumn.VERSION.ordinal()), formatter);
		String statusText = text(row.getCell(TrackerColumn.STATUS.ordinal()), formatter);
		String note = text(row.getCell(TrackerColumn.NOTE.ordinal()), formatter);
		RecommendationStatus status = null;
		if (statusText != null) {
			status = statuses.get(statusText.toLowerCase(Locale.ROOT));
			if (status == null) {
				return FileRow.problem(line, id, "report.upload.row.unknownStatus");
			}
		}
		LocalDate target;
		try {
			target = date(row.getCell(TrackerColumn.TARGET_DATE.ordinal()), formatter);
		}
		catch (DateTimeParseException | IllegalStateException ex) {
			return FileRow.problem(line, id, "report.upload.row.badDate");
		}
		if (target != null && (target.isBefore(RegistryDate.EARLIEST) || target.isAfter(RegistryDate.LATEST))) {
			return FileRow.problem(line, id, "report.upload.row.badDate");
		}
		if (note != null && (note.length() > NOTE_LIMIT || !new CleanText.Validator().isValid(note, null))) {
			return FileRow.problem(line, id, "report.upload.row.badNote");
		}
		return new FileRow(line, id, version, status, target, note, null);
	}

	private Map<String, RecommendationStatus> statusesByLabel() {
		Map<String, RecommendationStatus> statuses = new LinkedHashMap<>();
		for (RecommendationStatus status : RecommendationStatus.values()) {
			statuses.put(this.labels.of("recommendation.status.", status).toLowerCase(Locale.ROOT), status);
			statuses.put(status.name().toLowerCase(Locale.ROOT), status);
		}
		return statuses;
	}

	private static boolean isBlank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		String text = SafeCells.restore(formatter.formatCellValue(cell)).strip();
		return text.isEmpty() ? null : text;
	}

	private static Long number(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			return (value == Math.rint(value)) ? (long) value : null;
		}
		String text = formatter.formatCellValue(cell).strip();
		return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
	}

	/** A date cell, a number Excel would show as a date, or text written as 2025-03-31; empty means none. */
	private static LocalDate date(Cell cell, DataFormatter formatter) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			if (!DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
				throw new IllegalStateException("Not a date");
			}
			return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
		}
		String text = formatter.formatCellValue(cell).strip();
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

	private record Upload(String fileName, byte[] content) {
	}

	/** A row as the file has it; {@code problem} is the reason it could not be read. */
	private record FileRow(int line, Long id, Long version, RecommendationStatus status, LocalDate targetDate,
			String note, String problem) {

		static FileRow problem(int line, Long id, String problem) {
			return new FileRow(line, id, null, null, null, null, problem);
		}

	}

	enum Outcome {

		APPLY, REFUSED, UNCHANGED

	}

	/**
	 * What one row of the upload would do.
	 * @param line the row number as the spreadsheet program shows it
	 * @param newStatus the status it moves to, {@code null} if it stays
	 * @param reason the message key of why it is refused
	 */
	record RowCheck(int line, Long id, String title, RecommendationStatus status, RecommendationStatus newStatus,
			LocalDate target, LocalDate newTarget, boolean targetChanged, String note, Long version, Outcome outcome,
			String reason) {

		static RowCheck refused(FileRow row, TrackerState state, String reason) {
			return new RowCheck(row.line(), row.id(), (state != null) ? state.title() : null,
					(state != null) ? state.status() : null, row.status(), (state != null) ? state.targetDate() : null,
					row.targetDate(), false, row.note(), row.version(), Outcome.REFUSED, reason);
		}

		public boolean isRefused() {
			return this.outcome == Outcome.REFUSED;
		}

	}

	/**
	 * The preview of an upload: the rows that would change something or are refused, in file order, and how many
	 * rows change nothing.
	 */
	record Preview(UUID token, String fileName, List<RowCheck> rows, int unchanged) {

		public int applicable() {
			return (int) this.rows.stream().filter((row) -> row.outcome() == Outcome.APPLY).count();
		}

		public int refused() {
			return (int) this.rows.stream().filter(RowCheck::isRefused).count();
		}

	}

	/** The file, or the upload as a whole, cannot be used; the message key says why. */
	static class UploadRefused extends RuntimeException {

		private final String code;

		private final transient Object[] arguments;

		UploadRefused(String code, Object... arguments) {
			super(code);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return this.code;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
