package org.consultationregistry.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.recommendation.RecommendationOrder;
import org.consultationregistry.recommendation.RecommendationSearch;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search of the recommendations page, read from the same query parameters it takes (q, status, theme,
 * responsible, raisedBy, session, from, to, sort), so that an export started from the page carries them. A value that
 * cannot be read is left out, as the page leaves it out. Also used from templates as {@code @exportLinks}: the
 * address of an export with the current page's filters.
 */
@Component("exportLinks")
public class FilterParameters {

	private static final List<String> FILTERS = List.of("q", "status", "theme", "responsible", "raisedBy", "session",
			"from", "to", "sort");

	static RecommendationSearch recommendations(HttpServletRequest request) {
		return new RecommendationSearch(request.getParameter("q"),
				parse(request, "status", RecommendationStatus::valueOf), parse(request, "theme", IssueCategory::valueOf),
				parse(request, "responsible", Long::valueOf), parse(request, "raisedBy", Long::valueOf),
				parse(request, "session", Long::valueOf), parse(request, "from", LocalDate::parse),
				parse(request, "to", LocalDate::parse), parse(request, "sort", RecommendationOrder::valueOf), null);
	}

	/** The current page's filters on the given export's path, for a link in th:with (not th:href). */
	public String to(String path) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		// Values go in as URI variables, so that they are encoded once, whatever they hold.
		Map<String, String> variables = new HashMap<>();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		for (String name : FILTERS) {
			String value = request.getParameter(name);
			if (value != null && !value.isBlank()) {
				link.queryParam(name, "{" + name + "}");
				variables.put(name, value);
			}
		}
		return link.encode().buildAndExpand(variables).toUriString();
	}

	private static <T> T parse(HttpServletRequest request, String name, Function<String, T> parser) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return null;
		}
	}

}
