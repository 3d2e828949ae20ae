package org.consultationregistry.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.consultationregistry.recommendation.RecommendationSearch;
import org.consultationregistry.recommendation.RecommendationReports;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.TrackerRow;
import org.consultationregistry.session.Audience;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The recommendations tracker as a file: each row is written as the database sends it, so that an export of any
 * size needs little memory. XLSX through POI's streaming workbook (only a window of rows in memory, the rest in a
 * compressed temporary file); CSV straight to the response.
 */
@Service
class TrackerExports {

	/** Rows the streaming workbook keeps in memory; older ones are flushed to its temporary file. */
	private static final int WINDOW = 200;

	private final RecommendationReports recommendations;

	private final Labels labels;

	private final Clock clock;

	TrackerExports(RecommendationReports recommendations, Labels labels, @Qualifier("registryClock") Clock clock) {
		this.recommendations = recommendations;
		this.labels = labels;
		this.clock = clock;
	}

	void writeXlsx(RecommendationSearch filter, Audience audience, OutputStream out) throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			Spreadsheets.Styles styles = Spreadsheets.styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(this.labels.text("report.tracker.sheet"));
			TrackerColumn[] columns = TrackerColumn.values();
			Row header = sheet.createRow(0);
			for (TrackerColumn column : columns) {
				Spreadsheets.text(header, column.ordinal(), this.labels.text(column.labelKey()), styles.header());
				sheet.setColumnWidth(column.ordinal(), column.width() * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] last = { 0 };
			this.recommendations.streamTracker(filter, audience, today, (row) -> {
				Row line = sheet.createRow(++last[0]);
				line.createCell(TrackerColumn.ID.ordinal()).setCellValue(row.id());
				line.createCell(TrackerColumn.VERSION.ordinal()).setCellValue(row.version());
				Spreadsheets.text(line, TrackerColumn.TITLE.ordinal(), row.title(), styles.wrapped());
				Spreadsheets.text(line, TrackerColumn.SESSION.ordinal(), row.sessionTitle(), null);
				Spreadsheets.date(line, TrackerColumn.HELD_ON.ordinal(), row.sessionHeldOn(), styles.date());
				Spreadsheets.text(line, TrackerColumn.THEMES.ordinal(), themes(row), null);
				Spreadsheets.text(line, TrackerColumn.PROPOSED_BY.ordinal(), row.proposedBy(), null);
				Spreadsheets.text(line, TrackerColumn.RESPONSIBLE.ordinal(), row.responsible(), null);
				Spreadsheets.text(line, TrackerColumn.STATUS.ordinal(), status(row.status()), null);
				Spreadsheets.date(line, TrackerColumn.TARGET_DATE.ordinal(), row.targetDate(), styles.date());
				Spreadsheets.date(line, TrackerColumn.LAST_MOVEMENT.ordinal(), lastMovement(row), styles.date());
				Long days = daysSinceMovement(row, today);
				if (days != null) {
					line.createCell(TrackerColumn.DAYS_SINCE_MOVEMENT.ordinal()).setCellValue(days);
				}
				line.createCell(TrackerColumn.OPEN_ACTIONS.ordinal()).setCellValue(row.openActions());
				Cell overdue = line.createCell(TrackerColumn.OVERDUE_ACTIONS.ordinal());
				overdue.setCellValue(row.overdueActions());
				if (row.overdueActions() > 0) {
					overdue.setCellStyle(styles.flagged());
				}
				Spreadsheets.text(line, TrackerColumn.LATEST_NOTE.ordinal(), row.latestNote(), null);
			});
			int lastColumn = columns.length - 1;
			sheet.setAutoFilter(new CellRangeAddress(0, last[0], 0, lastColumn));
			if (last[0] > 0) {
				offerStatuses(sheet, last[0]);
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	/**
	 * Writes the tracker as CSV in UTF-8 with a byte-order mark, by which Excel knows the encoding (and shows Urdu
	 * names as written). Dates as ISO 8601 (2024-09-30), which every spreadsheet program reads as a date.
	 */
	void writeCsv(RecommendationSearch filter, Audience audience, OutputStream out) throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		List<String> header = new ArrayList<>();
		for (TrackerColumn column : TrackerColumn.values()) {
			header.add(this.labels.text(column.labelKey()));
		}
		csv.printRecord(header);
		try {
			this.recommendations.streamTracker(filter, audience, today, (row) -> {
				try {
					csv.printRecord(row.id(), row.version(), safe(row.title()), safe(row.sessionTitle()),
							row.sessionHeldOn(), safe(themes(row)), safe(row.proposedBy()), safe(row.responsible()),
							status(row.status()), row.targetDate(), lastMovement(row), daysSinceMovement(row, today),
							row.openActions(), row.overdueActions(), safe(row.latestNote()), "");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	/** A list to pick the status from in the status column, so that an update reads back without typing errors. */
	private void offerStatuses(SXSSFSheet sheet, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String[] statuses = java.util.Arrays.stream(RecommendationStatus.values())
			.map(this::status)
			.toArray(String[]::new);
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(statuses),
				new CellRangeAddressList(1, lastRow, TrackerColumn.STATUS.ordinal(), TrackerColumn.STATUS.ordinal()));
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

	private String status(RecommendationStatus status) {
		return this.labels.of("recommendation.status.", status);
	}

	private String themes(TrackerRow row) {
		return row.themes()
			.stream()
			.map((theme) -> this.labels.of("issue.category.", theme))
			.collect(Collectors.joining(", "));
	}

	private LocalDate lastMovement(TrackerRow row) {
		return (row.lastMovement() != null) ? LocalDate.ofInstant(row.lastMovement(), this.clock.getZone()) : null;
	}

	private Long daysSinceMovement(TrackerRow row, LocalDate today) {
		LocalDate last = lastMovement(row);
		return (last != null) ? Math.max(0, ChronoUnit.DAYS.between(last, today)) : null;
	}

	private static String safe(String text) {
		return SafeCells.neutralise(text);
	}

}
