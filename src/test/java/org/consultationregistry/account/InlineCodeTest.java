package org.consultationregistry.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy blocks inline script and style, so a template that still has any would break in the
 * browser without a failing test. This test finds them first.
 */
class InlineCodeTest {

	private static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\sth:style=|\\son[a-z]+=|\\sth:on[a-z]+=|javascript:",
			Pattern.CASE_INSENSITIVE);

	@Test
	void templatesHaveNoInlineScriptOrStyle() throws IOException {
		List<String> offenders;
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			offenders = templates.filter((path) -> path.toString().endsWith(".html"))
				.filter((path) -> INLINE.matcher(read(path)).find())
				.map(Path::toString)
				.toList();
		}
		assertThat(offenders).isEmpty();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
	}

}
