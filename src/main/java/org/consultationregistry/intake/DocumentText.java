package org.consultationregistry.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.consultationregistry.shared.FieldProblem;
import org.springframework.web.multipart.MultipartFile;

/**
 * The text of what an official pasted or uploaded: a plain text file (UTF-8), a Word document (.docx) or a PDF.
 * Anything else, or a file that is not what its name says, is refused with a message for the form.
 */
final class DocumentText {

	/** The longest text read: ample for a press release or minutes (a few thousand words), far short of a book. */
	static final int MOST_CHARACTERS = 100_000;

	/** The largest file read; a longer text would not fit {@link #MOST_CHARACTERS} anyway. */
	static final long MOST_BYTES = 10L * 1024 * 1024;

	private DocumentText() {
	}

	/** The pasted text, checked. */
	static String pasted(String text) {
		if (text == null || text.isBlank()) {
			throw new FieldProblem("text", "intake.text.empty");
		}
		return checked(text, "text");
	}

	/** The text of an uploaded file, by its kind. */
	static String uploaded(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		if (file.getSize() > MOST_BYTES) {
			throw new FieldProblem("file", "intake.file.tooLarge", MOST_BYTES / (1024 * 1024));
		}
		if (file.isEmpty()) {
			throw new FieldProblem("file", "intake.file.empty");
		}
		try (InputStream in = file.getInputStream()) {
			String text;
			if (name.endsWith(".txt") || name.endsWith(".text")) {
				text = plain(in.readAllBytes());
			}
			else if (name.endsWith(".docx")) {
				text = word(in);
			}
			else if (name.endsWith(".pdf")) {
				text = pdf(in.readAllBytes());
			}
			else {
				throw new FieldProblem("file", "intake.file.type");
			}
			if (text.isBlank()) {
				throw new FieldProblem("file", "intake.file.noText");
			}
			return checked(text, "file");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FieldProblem problem) {
				throw problem;
			}
			throw new FieldProblem("file", "intake.file.unreadable");
		}
	}

	private static String plain(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new FieldProblem("file", "intake.file.binary");
		}
	}

	private static String word(InputStream in) throws IOException {
		try (XWPFDocument document = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String pdf(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * Refuses text that is not text (control characters, NUL above all, come from binary files) or too long to be
	 * one session's record.
	 */
	private static String checked(String text, String field) {
		if (text.length() > MOST_CHARACTERS) {
			throw new FieldProblem(field, "intake.text.tooLong", MOST_CHARACTERS);
		}
		boolean binary = text.codePoints()
			.anyMatch((c) -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
					&& c != '\f');
		if (binary) {
			throw new FieldProblem(field, "intake.text.binary");
		}
		return text;
	}

}
