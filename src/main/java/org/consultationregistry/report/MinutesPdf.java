package org.consultationregistry.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.consultationregistry.minutes.SessionRecord;
import org.consultationregistry.minutes.SessionRecord.ParticipantGroup;
import org.consultationregistry.minutes.SessionRecords;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.Participant;
import org.consultationregistry.session.ParticipantRole;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The minutes of a session as a formal PDF: the board's letterhead, the facts of the session, who sat at the table,
 * the issues raised, the recommendations with where each stands, the outcome and the text of the minutes, with the
 * board's name at the top and page numbers at the foot of every page. It is laid out from an HTML template with the
 * fonts shipped in the portal (Noto Sans, and Noto Nastaliq Urdu for Urdu names), so that it looks the same
 * wherever it is made or opened.
 */
@Service
class MinutesPdf {

	private static final String STYLESHEET = "report/minutes-pdf.css";

	private final SessionRecords records;

	private final ITemplateEngine templates;

	private final Labels labels;

	private final Clock clock;

	private final String css;

	MinutesPdf(SessionRecords records, ITemplateEngine templates, Labels labels,
			@Qualifier("registryClock") Clock clock) throws IOException {
		this.records = records;
		this.templates = templates;
		this.labels = labels;
		this.clock = clock;
		try (InputStream in = new ClassPathResource(STYLESHEET).getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The record of the session the PDF is made from, if the audience may see the session: the public only once its
	 * minutes are published.
	 */
	Optional<SessionRecord> find(long sessionId, Audience audience) {
		return this.records.find(sessionId, null, audience, null);
	}

	void write(SessionRecord record, OutputStream out) {
		Context context = new Context(this.labels.locale());
		context.setVariable("record", record);
		context.setVariable("zone", this.clock.getZone());
		context.setVariable("chair", chair(record));
		context.setVariable("offsets", offsets(record.participantGroups()));
		context.setVariable("generated", LocalDateTime.now(this.clock)
			.format(DateTimeFormatter.ofPattern(this.labels.text("format.datetime"), this.labels.locale())));
		String html = this.templates.process("report/minutes-pdf", context);
		org.jsoup.nodes.Document parsed = Jsoup.parse(html);
		parsed.head().appendElement("style").text(this.css);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("NotoSans-Regular.ttf"), "Noto Sans", 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("NotoSans-Bold.ttf"), "Noto Sans", 700, FontStyle.NORMAL, true);
		builder.useFont(() -> font("NotoNastaliqUrdu-Regular.ttf"), "Noto Nastaliq Urdu", 400, FontStyle.NORMAL,
				true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.withW3cDocument(new W3CDom().fromJsoup(parsed), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The chair named on the session, else whoever sat in the chair's seat. */
	private static String chair(SessionRecord record) {
		if (record.session().getChair() != null) {
			return record.session().getChair().getDisplayName();
		}
		for (ParticipantGroup group : record.participantGroups()) {
			for (Participant participant : group.participants()) {
				if (participant.getRole() == ParticipantRole.CHAIR) {
					return (participant.getPerson() != null) ? participant.getPerson().getDisplayName()
							: participant.getDesignation();
				}
			}
		}
		return null;
	}

	/** How many participants come before each group, so that the table numbers them 1 to n across groups. */
	private static List<Integer> offsets(List<ParticipantGroup> groups) {
		List<Integer> offsets = new ArrayList<>();
		int before = 0;
		for (ParticipantGroup group : groups) {
			offsets.add(before);
			before += group.participants().size();
		}
		return offsets;
	}

	private static InputStream font(String file) {
		try {
			return new ClassPathResource("fonts/" + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
