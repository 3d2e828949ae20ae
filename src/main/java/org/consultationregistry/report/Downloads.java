package org.consultationregistry.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriUtils;

/**
 * Headers of a file the portal sends: its type, and a file name that is safe on every system. The plain
 * {@code filename} keeps only ASCII letters, digits, dots and dashes; {@code filename*} (RFC 5987) carries the full
 * name in UTF-8 for the browsers that read it. Neither can hold a path, a quote or a line break.
 */
final class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	static final String PDF = "application/pdf";

	private Downloads() {
	}

	/**
	 * @param name the file name without extension, in any script
	 * @param extension such as {@code pdf}
	 */
	static void attachment(HttpServletResponse response, String contentType, String name, String extension) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name, extension));
		// Each export reflects the registry at the moment it is asked for: no cache may hand out an older one.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	static String contentDisposition(String name, String extension) {
		String full = clean(name);
		if (full.isEmpty()) {
			full = "export";
		}
		String ascii = Normalizer.normalize(full, Normalizer.Form.NFKD)
			.replaceAll("[^A-Za-z0-9.\\-]+", "-")
			.replaceAll("-{2,}", "-")
			.replaceAll("^[-.]+|[-.]+$", "")
			.toLowerCase(Locale.ROOT);
		if (ascii.isEmpty()) {
			ascii = "export";
		}
		ascii = ascii.substring(0, Math.min(ascii.length(), 120)) + "." + extension;
		String utf8 = full.substring(0, Math.min(full.length(), 120)) + "." + extension;
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ UriUtils.encode(utf8, StandardCharsets.UTF_8);
	}

	/** The name without anything a file system or a header would read as structure. */
	private static String clean(String name) {
		return (name == null) ? "" : name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", " ").strip().replaceAll("\\s+", " ");
	}

}
