package org.consultationregistry.recommendation;

import java.time.LocalDate;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.shared.SearchTerms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything the recommendations list is asked for, bound from the URL, so that a search can be bookmarked and
 * shared: the words, the filters (status, theme, the body responsible, the organisation that raised the issue, the
 * session, the dates the session was held between), the order and the page. Exports take the same record.
 *
 * @param q words to search for in titles and texts, or a name of an organisation or person
 * @param status only recommendations at this status
 * @param theme only recommendations answering an issue of this category
 * @param responsible only those this organisation is responsible for
 * @param raisedBy only those answering an issue this organisation raised
 * @param session only those from this session
 * @param from only those from sessions held on or after this day
 * @param to only those from sessions held on or before this day
 * @param sort the order; relevance when there are words, newest first otherwise
 * @param page the page, from 0
 */
public record RecommendationSearch(String q, RecommendationStatus status, IssueCategory theme, Long responsible,
		Long raisedBy, Long session, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RecommendationOrder sort, Integer page) {

	public static final RecommendationSearch EVERYTHING = new RecommendationSearch(null, null, null, null, null, null,
			null, null, null, null);

	public SearchTerms terms() {
		return SearchTerms.of(this.q);
	}

	/** The order in effect: relevance only makes sense when there are words to be relevant to. */
	public RecommendationOrder order() {
		boolean words = !terms().isEmpty();
		if (this.sort == null || (this.sort == RecommendationOrder.RELEVANCE && !words)) {
			return words ? RecommendationOrder.RELEVANCE : RecommendationOrder.NEWEST;
		}
		return this.sort;
	}

	public int pageNumber() {
		return (this.page != null) ? Math.max(0, Math.min(this.page, 10_000)) : 0;
	}

	/** Whether anything narrows the list down. */
	public boolean isNarrowed() {
		return !terms().isEmpty() || this.status != null || this.theme != null || this.responsible != null
				|| this.raisedBy != null || this.session != null || this.from != null || this.to != null;
	}

	/** The address of this search on the given path, with one parameter changed (null removes it), from page 1. */
	public String link(String path, String name, Object value) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		add(link, "q", terms().isEmpty() ? null : terms().text());
		add(link, "status", this.status);
		add(link, "theme", this.theme);
		add(link, "responsible", this.responsible);
		add(link, "raisedBy", this.raisedBy);
		add(link, "session", this.session);
		add(link, "from", this.from);
		add(link, "to", this.to);
		add(link, "sort", this.sort);
		if (name != null) {
			link.replaceQueryParam(name);
			add(link, name, value);
		}
		return link.build().encode().toUriString();
	}

	/** The address of another page of this search. */
	public String pageLink(String path, int number) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(link(path, null, null));
		if (number > 0) {
			link.replaceQueryParam("page", number);
		}
		return link.build().toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, Object value) {
		if (value != null) {
			link.queryParam(name, value);
		}
	}

}
