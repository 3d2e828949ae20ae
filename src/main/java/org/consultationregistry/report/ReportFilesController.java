package org.consultationregistry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.consultationregistry.minutes.SessionRecord;
import org.consultationregistry.session.Audience;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The files: a session's minutes as PDF, the recommendations tracker and the participation report as XLSX and
 * CSV. Each is written straight to the response as it is made, so that the browser shows a large export
 * downloading; the PDF, which is small, is made first so that a failure shows the error page and not half a file.
 */
@Controller
class ReportFilesController {

	private final MinutesPdf minutes;

	private final TrackerExports tracker;

	private final ParticipationReport participation;

	private final ParticipationFiles participationFiles;

	private final Clock clock;

	ReportFilesController(MinutesPdf minutes, TrackerExports tracker, ParticipationReport participation,
			ParticipationFiles participationFiles, @Qualifier("registryClock") Clock clock) {
		this.minutes = minutes;
		this.tracker = tracker;
		this.participation = participation;
		this.participationFiles = participationFiles;
		this.clock = clock;
	}

	/** The minutes of a session the reader may see: for the public, only once they are published. */
	@GetMapping("/sessions/{id}/minutes.pdf")
	void minutesPdf(@PathVariable long id, Audience audience, HttpServletResponse response) throws IOException {
		SessionRecord record = this.minutes.find(id, audience)
			.orElseThrow(() -> new RecordNotFoundException("Session", id));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.minutes.write(record, pdf);
		Downloads.attachment(response, Downloads.PDF,
				"minutes " + record.session().getHeldOn() + " " + record.session().getTitle(), "pdf");
		response.setContentLength(pdf.size());
		pdf.writeTo(response.getOutputStream());
	}

	/** The tracker with the filters of the recommendations page it was started from. */
	@GetMapping("/recommendations/export.xlsx")
	void trackerXlsx(HttpServletRequest request, Audience audience, HttpServletResponse response) throws IOException {
		Downloads.attachment(response, Downloads.XLSX, "recommendations " + LocalDate.now(this.clock), "xlsx");
		this.tracker.writeXlsx(FilterParameters.recommendations(request), audience, response.getOutputStream());
	}

	@GetMapping("/recommendations/export.csv")
	void trackerCsv(HttpServletRequest request, Audience audience, HttpServletResponse response) throws IOException {
		Downloads.attachment(response, Downloads.CSV, "recommendations " + LocalDate.now(this.clock), "csv");
		this.tracker.writeCsv(FilterParameters.recommendations(request), audience, response.getOutputStream());
	}

	/**
	 * The participation report over the period in the query (by default the last twelve months). A period that
	 * cannot be reported goes back to the reports page, which says why next to the field.
	 */
	@GetMapping("/reports/participation.xlsx")
	@PreAuthorize(Staff.ONLY)
	void participationXlsx(@Valid @ModelAttribute("period") ParticipationPeriod typed, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<ParticipationReport.Table> table = participationTable(typed, result, request, response, Downloads.XLSX, "xlsx");
		if (table.isPresent()) {
			this.participationFiles.writeXlsx(table.get(), response.getOutputStream());
		}
	}

	@GetMapping("/reports/participation.csv")
	@PreAuthorize(Staff.ONLY)
	void participationCsv(@Valid @ModelAttribute("period") ParticipationPeriod typed, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<ParticipationReport.Table> table = participationTable(typed, result, request, response, Downloads.CSV, "csv");
		if (table.isPresent()) {
			this.participationFiles.writeCsv(table.get(), response.getOutputStream());
		}
	}

	/**
	 * The report for the period typed, with the download's headers set; or nothing, having sent the user back to the
	 * form when the period cannot be reported.
	 */
	private Optional<ParticipationReport.Table> participationTable(ParticipationPeriod typed, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, String contentType, String extension) {
		Optional<ParticipationPeriod> period = this.participation.period(typed, result);
		if (period.isEmpty()) {
			backToTheForm(request, response);
			return Optional.empty();
		}
		ParticipationReport.Table table = this.participation.build(period.get(), Audience.STAFF);
		Downloads.attachment(response, contentType, "participation " + period.get().label(), extension);
		return Optional.of(table);
	}

	/** To the reports page with the dates as they were typed, where the same checks show their messages. */
	private static void backToTheForm(HttpServletRequest request, HttpServletResponse response) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/reports");
		Map<String, String> typed = new HashMap<>();
		for (String name : new String[] { "from", "to" }) {
			String value = request.getParameter(name);
			if (value != null) {
				page.queryParam(name, "{" + name + "}");
				typed.put(name, value);
			}
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader(HttpHeaders.LOCATION,
				request.getContextPath() + page.encode().buildAndExpand(typed).toUriString());
	}

}
