package org.consultationregistry.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.consultationregistry.report.ParticipationReport.Line;
import org.consultationregistry.report.ParticipationReport.Table;
import org.consultationregistry.session.SessionReports.SessionHeld;
import org.springframework.stereotype.Component;

/**
 * The participation report as XLSX and CSV: one row per organisation, then one per kind of organisation and the
 * overall total. Columns: organisation, kind, one per session (its date and title), sessions attended, people. A
 * session nobody of the row attended is an empty cell, not a 0: nearly every cell of a year's report is one, and
 * leaving them empty keeps the attendance visible and the files small (spreadsheets add empty cells as 0).
 */
@Component
class ParticipationFiles {

	private final Labels labels;

	ParticipationFiles(Labels labels) {
		this.labels = labels;
	}

	void writeXlsx(Table table, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		workbook.setCompressTempFiles(true);
		try {
			Spreadsheets.Styles styles = Spreadsheets.styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(this.labels.text("report.participation.sheet"));
			List<String> header = header(table);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				Spreadsheets.text(first, i, header.get(i), styles.header());
			}
			// One width for all the session columns: POI's cost of setting a width grows with the columns already set,
			// which for thousands of sessions took longer than writing the rows.
			sheet.setDefaultColumnWidth(16);
			sheet.setColumnWidth(0, 40 * 256);
			sheet.setColumnWidth(1, 22 * 256);
			sheet.createFreezePane(2, 1);
			int index = 0;
			for (Line line : table.organisations()) {
				write(sheet.createRow(++index), line, table.sessions().size(), null);
			}
			int lastOrganisation = index;
			for (Line line : table.types()) {
				write(sheet.createRow(++index), line, table.sessions().size(), styles.header());
			}
			write(sheet.createRow(++index), table.total(), table.sessions().size(), styles.header());
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastOrganisation, 1), 0, header.size() - 1));
			workbook.write(out);
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	void writeCsv(Table table, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		csv.printRecord(header(table).stream().map(SafeCells::neutralise).toList());
		for (Line line : table.organisations()) {
			csv.printRecord(values(line, table.sessions().size()));
		}
		for (Line line : table.types()) {
			csv.printRecord(values(line, table.sessions().size()));
		}
		csv.printRecord(values(table.total(), table.sessions().size()));
		csv.flush();
	}

	private List<String> header(Table table) {
		List<String> header = new ArrayList<>();
		header.add(this.labels.text("report.participation.column.organisation"));
		header.add(this.labels.text("report.participation.column.type"));
		for (SessionHeld session : table.sessions()) {
			header.add(session.heldOn() + " " + session.title());
		}
		header.add(this.labels.text("report.participation.column.sessions"));
		header.add(this.labels.text("report.participation.column.people"));
		return header;
	}

	private void write(Row row, Line line, int sessions, CellStyle style) {
		List<Object> values = values(line, sessions);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Integer number) {
				row.createCell(i).setCellValue(number);
			}
			else if (value != null) {
				Spreadsheets.text(row, i, (String) value, style);
			}
		}
	}

	/** The name is neutralised; counts stay numbers; {@code null} for a session nobody of the row attended. */
	private List<Object> values(Line line, int sessions) {
		List<Object> values = new ArrayList<>();
		if (line.name() != null) {
			values.add(SafeCells.neutralise(line.name()));
		}
		else if (line.type() != null) {
			values.add(this.labels.text("report.participation.totalFor",
					this.labels.of("organisation.type.", line.type())));
		}
		else {
			values.add(this.labels.text("report.participation.total"));
		}
		values.add(this.labels.of("organisation.type.", line.type()));
		int next = 0;
		for (int column = 0; column < sessions; column++) {
			if (next < line.columns().length && line.columns()[next] == column) {
				values.add(line.people()[next++]);
			}
			else {
				values.add(null);
			}
		}
		values.add(line.sessionsAttended());
		values.add(line.totalPeople());
		return values;
	}

}
