package org.consultationregistry.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** What every spreadsheet the portal writes shares: its cell styles, and cells that are safe to open. */
final class Spreadsheets {

	/** Longest text a cell holds (Excel's limit is 32,767 characters). */
	private static final int CELL_LIMIT = 32_000;

	private Spreadsheets() {
	}

	static Styles styles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		CellStyle wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		Font red = workbook.createFont();
		red.setBold(true);
		red.setColor(IndexedColors.DARK_RED.getIndex());
		CellStyle flagged = workbook.createCellStyle();
		flagged.setFont(red);
		return new Styles(header, date, wrapped, flagged);
	}

	/**
	 * A text cell, neutralised against formula injection. Text cells are never formulas in the file itself; the
	 * apostrophe also keeps the text inert when the sheet is saved again as CSV and reopened.
	 */
	static void text(Row row, int column, String text, CellStyle style) {
		if (text == null || text.isEmpty()) {
			return;
		}
		String safe = SafeCells.neutralise(text);
		Cell cell = row.createCell(column);
		cell.setCellValue(safe.length() > CELL_LIMIT ? safe.substring(0, CELL_LIMIT) : safe);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** A real date cell (a number with a date format), so that sorting and filtering by date work. */
	static void date(Row row, int column, LocalDate date, CellStyle style) {
		if (date == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(date);
		cell.setCellStyle(style);
	}

	record Styles(CellStyle header, CellStyle date, CellStyle wrapped, CellStyle flagged) {
	}

}
