package org.consultationregistry.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.shared.CappedPage;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: what the public may read, as JSON, page by page, and the recommendations in bulk as CSV. Always the
 * public's view, whoever asks: published sessions and what came out of them, organisations by name and kind, and
 * never a person's contact details. Read-only.
 */
@RestController
@Tag(name = "Open data", description = "Published consultations of the board, read-only")
class OpenDataController {

	private final ConsultationSessions sessions;

	private final Recommendations recommendations;

	private final StakeholderDirectory directory;

	private final TrackerExports tracker;

	private final Clock clock;

	private final MessageSource messages;

	OpenDataController(ConsultationSessions sessions, Recommendations recommendations, StakeholderDirectory directory,
			TrackerExports tracker, @Qualifier("registryClock") Clock clock, MessageSource messages) {
		this.sessions = sessions;
		this.recommendations = recommendations;
		this.directory = directory;
		this.tracker = tracker;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/api/v1/sessions")
	@Operation(summary = "Published sessions, newest first")
	PageOf<SessionData> sessions(@ParameterObject @PageableDefault(size = 20) Pageable pageable,
			@Parameter(hidden = true) HttpServletRequest request) {
		CappedPage<ConsultationSession> page = this.sessions.newestFirst(Audience.PUBLIC, pageable,
				PageOf.COUNT_LIMIT);
		return PageOf.of(page, SessionData::of,
				page.hasNext() ? link(request, page.size(), null, "page", String.valueOf(page.number() + 1)) : null);
	}

	@GetMapping("/api/v1/recommendations")
	@Operation(summary = "Recommendations of published sessions, newest first, optionally with one status",
			description = "To go through all of them, follow each page's next link: it goes on from the page's last "
					+ "recommendation, however far in. Page numbers reach the first " + PageOf.DEEPEST + " only.")
	PageOf<RecommendationData> recommendations(@Parameter(description = "One status, in any case; an unknown one "
			+ "is refused with 400", schema = @Schema(implementation = RecommendationStatus.class)) @RequestParam(
					required = false) String status,
			@Parameter(description = "Where the page starts: taken from the previous page's next link, never made "
					+ "up") @RequestParam(required = false) String after,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable,
			@Parameter(hidden = true) HttpServletRequest request) {
		RecommendationStatus wanted = status(status);
		if (after != null) {
			Slice<Recommendation> slice = this.recommendations.newestFirstAfter(wanted, Audience.PUBLIC,
					Cursor.position(after), pageable.getPageSize());
			return PageOf.following(slice, RecommendationData::of,
					nextAfter(request, slice.getContent(), slice.hasNext(), wanted));
		}
		if (pageable.getOffset() >= PageOf.DEEPEST) {
			throw new FieldProblem("page", "api.page.tooDeep", PageOf.DEEPEST);
		}
		CappedPage<Recommendation> page = this.recommendations.newestFirst(wanted, Audience.PUBLIC, pageable,
				PageOf.COUNT_LIMIT);
		return PageOf.of(page, RecommendationData::of, nextAfter(request, page.content(), page.hasNext(), wanted));
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "Organisations that have taken part, by name")
	PageOf<OrganisationData> organisations(@ParameterObject @PageableDefault(size = 20) Pageable pageable,
			@Parameter(hidden = true) HttpServletRequest request) {
		Page<Organisation> page = this.directory.organisations(pageable);
		return PageOf.of(page, OrganisationData::of, page.hasNext()
				? link(request, page.getSize(), null, "page", String.valueOf(page.getNumber() + 1)) : null);
	}

	/** Every recommendation of the published sessions at once, with the filters of the recommendations page. */
	@GetMapping("/api/v1/recommendations.csv")
	@Operation(summary = "All recommendations of published sessions as CSV (UTF-8 with byte-order mark)")
	void recommendationsCsv(@Parameter(hidden = true) HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Downloads.attachment(response, Downloads.CSV, "recommendations " + LocalDate.now(this.clock), "csv");
		this.tracker.writeCsv(FilterParameters.recommendations(request), Audience.PUBLIC, response.getOutputStream());
	}

	private static String nextAfter(HttpServletRequest request, List<Recommendation> content, boolean hasNext,
			RecommendationStatus status) {
		return hasNext ? link(request, content.size(), status, "after",
				Cursor.of(Recommendations.Position.after(content.get(content.size() - 1)))) : null;
	}

	/** The same list's next page: built from the parameters the API knows, never by copying the request's own. */
	private static String link(HttpServletRequest request, int size, RecommendationStatus status, String where,
			String value) {
		return request.getRequestURI() + "?size=" + size
				+ ((status != null) ? "&status=" + status.name() : "") + "&" + where + "=" + value;
	}

	/**
	 * The status asked for, in any case; none when left out. A status that does not exist is refused rather than
	 * ignored: a harvester asking for {@code IMPLEMENTD} would otherwise take every recommendation for the ones it
	 * wanted.
	 */
	private static RecommendationStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String wanted = status.strip();
		return Arrays.stream(RecommendationStatus.values())
			.filter((known) -> known.name().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new FieldProblem("status", "api.status.unknown", wanted, Arrays.stream(
					RecommendationStatus.values()).map(RecommendationStatus::name).collect(Collectors.joining(", "))));
	}

	/** A parameter the API cannot use: 400, saying which and why. */
	@ExceptionHandler(FieldProblem.class)
	ProblemDetail refused(FieldProblem problem) {
		return problem.toProblemDetail(this.messages, "parameter");
	}

	/**
	 * One page of results. Whether another follows is always said, with the link to it; how many there are in all
	 * only when they are at most {@link #COUNT_LIMIT}, because counting every published recommendation on every
	 * request took longer than reading the page. A harvester follows {@code next} until there is none (or takes the
	 * CSV); a total is for showing.
	 */
	@Schema(description = "One page of results")
	record PageOf<T>(List<T> content,
			@Schema(description = "The page's number, from 0; left out on a page reached by its next link",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) Integer page,
			@Schema(description = "How many results a page holds") int size,
			@Schema(description = "Whether the next page has results") boolean hasNext,
			@Schema(description = "The address of the next page, while hasNext is true",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) String next,
			@Schema(description = "How many results there are in all. Only given when they are at most "
					+ COUNT_LIMIT + "; beyond that it is left out (follow next while hasNext is true, or take the "
					+ "CSV export)",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) Long totalElements,
			@Schema(description = "How many pages there are in all; given and left out with totalElements",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) Integer totalPages) {

		/** How far a list of the API counts its results. */
		static final int COUNT_LIMIT = 1_000;

		/**
		 * How many results in a page number may start. A page by number is found by reading every result before
		 * it: ten thousand in, that still takes milliseconds, four hundred thousand in it took seconds.
		 */
		static final int DEEPEST = 10_000;

		static <E, T> PageOf<T> of(CappedPage<E> page, Function<E, T> mapping, String next) {
			return new PageOf<>(page.content().stream().map(mapping).toList(), page.number(), page.size(),
					page.hasNext(), next, page.totalCapped() ? null : page.total(),
					page.totalCapped() ? null : page.totalPages());
		}

		static <E, T> PageOf<T> of(Page<E> page, Function<E, T> mapping, String next) {
			return new PageOf<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
					page.hasNext(), next, page.getTotalElements(), page.getTotalPages());
		}

		/** A page reached by a next link: where it stands in the whole list is not worked out. */
		static <E, T> PageOf<T> following(Slice<E> slice, Function<E, T> mapping, String next) {
			return new PageOf<>(slice.getContent().stream().map(mapping).toList(), null, slice.getSize(),
					slice.hasNext(), next, null, null);
		}

	}

	/**
	 * The {@code after} of a next link: where the page before ended, written so that it travels in a URL as it is.
	 * Only what the API wrote is read back; anything else is refused.
	 */
	static final class Cursor {

		private Cursor() {
		}

		static String of(Recommendations.Position position) {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((position.createdAt() + "~" + position.id()).getBytes(StandardCharsets.UTF_8));
		}

		static Recommendations.Position position(String cursor) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
					.split("~", 2);
				return new Recommendations.Position(Instant.parse(parts[0]), Long.parseLong(parts[1]));
			}
			catch (IllegalArgumentException | DateTimeException | IndexOutOfBoundsException ex) {
				throw new FieldProblem("after", "api.after.unknown");
			}
		}

	}

	record SessionData(long id, String title, String theme, LocalDate heldOn, String venue, String city,
			String organiser, String sourceUrl) {

		static SessionData of(ConsultationSession session) {
			return new SessionData(session.getId(), session.getTitle(), session.getTheme(), session.getHeldOn(),
					session.getVenue(), session.getCity(),
					(session.getOrganiser() != null) ? session.getOrganiser().getName() : null,
					session.getSourceUrl());
		}

	}

	record RecommendationData(long id, String title, RecommendationStatus status, LocalDate targetDate,
			long sessionId, String sessionTitle, LocalDate sessionHeldOn, String responsible) {

		static RecommendationData of(Recommendation recommendation) {
			ConsultationSession session = recommendation.getOriginSession();
			return new RecommendationData(recommendation.getId(), recommendation.getTitle(),
					recommendation.getStatus(), recommendation.getTargetDate(), session.getId(), session.getTitle(),
					session.getHeldOn(), (recommendation.getResponsibleOrganisation() != null)
							? recommendation.getResponsibleOrganisation().getName() : null);
		}

	}

	record OrganisationData(long id, String name, String acronym, OrganisationType type, String sector) {

		static OrganisationData of(Organisation organisation) {
			return new OrganisationData(organisation.getId(), organisation.getName(), organisation.getAcronym(),
					organisation.getType(), organisation.getSector());
		}

	}

}
