package org.consultationregistry.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a form on a page the way a browser would submit it: every field with its current value (hidden fields such
 * as the version and the one-time token included), then what the test types over them.
 */
public final class Forms {

	private Forms() {
	}

	/** The fields of the form whose action ends with {@code actionSuffix}, with {@code typed} over them. */
	public static Map<String, String> fill(Document page, String actionSuffix, Map<String, String> typed) {
		Element form = form(page, actionSuffix);
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf") || input.is("[type=checkbox]:not([checked])")) {
				continue;
			}
			String value = input.is("select") ? input.select("option[selected]").val()
					: input.is("textarea") ? input.wholeText().replaceFirst("^\n", "") : input.val();
			fields.putIfAbsent(name, value);
		}
		fields.putAll(typed);
		return fields;
	}

	/** Where the form posts to. */
	public static String action(Document page, String actionSuffix) {
		return form(page, actionSuffix).attr("action");
	}

	/** Where a redirect leads, as a path on the portal. */
	public static String location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("Expected a redirect, got " + response.statusCode()))
			.replaceFirst("^https?://[^/]+", "");
	}

	private static Element form(Document page, String actionSuffix) {
		Element form = page.selectFirst("form[action$='" + actionSuffix + "']");
		if (form == null) {
			throw new AssertionError("No form posting to …" + actionSuffix + " on " + page.title());
		}
		return form;
	}

}
