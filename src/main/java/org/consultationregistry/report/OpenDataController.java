package org.consultationregistry.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
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
	PageOf<SessionData> sessions(@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return PageOf.of(this.sessions.newestFirst(Audience.PUBLIC, pageable, PageOf.COUNT_LIMIT), SessionData::of);
	}

	@GetMapping("/api/v1/recommendations")
	@Operation(summary = "Recommendations of published sessions, newest first, optionally with one status")
	PageOf<RecommendationData> recommendations(@Parameter(description = "One status, in any case; an unknown one "
			+ "is refused with 400", schema = @Schema(implementation = RecommendationStatus.class)) @RequestParam(
					required = false) String status,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return PageOf.of(
				this.recommendations.newestFirst(status(status), Audience.PUBLIC, pageable, PageOf.COUNT_LIMIT),
				RecommendationData::of);
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "Organisations that have taken part, by name")
	PageOf<OrganisationData> organisations(@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return PageOf.of(this.directory.organisations(pageable), OrganisationData::of);
	}

	/** Every recommendation of the published sessions at once, with the filters of the recommendations page. */
	@GetMapping("/api/v1/recommendations.csv")
	@Operation(summary = "All recommendations of published sessions as CSV (UTF-8 with byte-order mark)")
	void recommendationsCsv(@Parameter(hidden = true) HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Downloads.attachment(response, Downloads.CSV, "recommendations " + LocalDate.now(this.clock), "csv");
		this.tracker.writeCsv(FilterParameters.recommendations(request), Audience.PUBLIC, response.getOutputStream());
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
		ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		detail.setDetail(this.messages.getMessage(problem.getCode(), problem.getArguments(), problem.getCode(),
				LocaleContextHolder.getLocale()));
		detail.setProperties(Map.of("parameter", problem.getField()));
		return detail;
	}

	/**
	 * One page of results. Whether another follows is always said; how many there are in all only when they are at
	 * most {@link #COUNT_LIMIT}, because counting every published recommendation on every request took longer than
	 * reading the page. A harvester pages on while {@code hasNext} is true (or takes the CSV); a total is for showing.
	 */
	@Schema(description = "One page of results")
	record PageOf<T>(List<T> content, @Schema(description = "The page's number, from 0") int page,
			@Schema(description = "How many results a page holds") int size,
			@Schema(description = "Whether the next page has results") boolean hasNext,
			@Schema(description = "How many results there are in all. Only given when they are at most "
					+ COUNT_LIMIT + "; beyond that it is left out (page on while hasNext is true, or take the CSV "
					+ "export)",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) Long totalElements,
			@Schema(description = "How many pages there are in all; given and left out with totalElements",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) Integer totalPages) {

		/** How far a list of the API counts its results. */
		static final int COUNT_LIMIT = 1_000;

		static <E, T> PageOf<T> of(CappedPage<E> page, Function<E, T> mapping) {
			return new PageOf<>(page.content().stream().map(mapping).toList(), page.number(), page.size(),
					page.hasNext(), page.totalCapped() ? null : page.total(),
					page.totalCapped() ? null : page.totalPages());
		}

		static <E, T> PageOf<T> of(Page<E> page, Function<E, T> mapping) {
			return new PageOf<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
					page.hasNext(), page.getTotalElements(), page.getTotalPages());
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
