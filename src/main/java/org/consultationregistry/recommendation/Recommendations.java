package org.consultationregistry.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.recommendation.RecommendationEvent.FollowUpChanged;
import org.consultationregistry.recommendation.RejectedEntryException.Rejection;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.shared.BaseEntity;
import org.consultationregistry.shared.CappedPage;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.Preview;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.consultationregistry.shared.StaleEditException;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations the board's sessions have produced, and where each one stands. The public sees a
 * recommendation once the minutes of the session it came from are published; the board's staff record and edit
 * them, move them along their lifecycle and keep their follow-up actions.
 * <p>
 * Every edit is made on the version of the record the official was looking at: a save based on an older one is
 * refused with a {@link StaleEditException}. A form the registry cannot accept (a date before the session, an
 * issue that is not on offer, a move the lifecycle does not allow) is refused with a
 * {@link RejectedEntryException}. Either way nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class Recommendations {

	private final RecommendationRepository recommendations;

	private final FollowUpActionRepository followUps;

	private final ConsultationSessions sessions;

	private final IssuesRaised issues;

	private final StakeholderDirectory directory;

	private final FormSubmissions submissions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Recommendations(RecommendationRepository recommendations, FollowUpActionRepository followUps,
			ConsultationSessions sessions, IssuesRaised issues, StakeholderDirectory directory,
			FormSubmissions submissions, @Qualifier("registryClock") Clock clock, ApplicationEventPublisher events) {
		this.recommendations = recommendations;
		this.followUps = followUps;
		this.sessions = sessions;
		this.issues = issues;
		this.directory = directory;
		this.submissions = submissions;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * One page of recommendations, newest first, optionally only those with the given status, for the open-data API,
	 * with how many there are counted up to {@code countLimit}. A sort asked for in the URL is ignored.
	 */
	public CappedPage<Recommendation> newestFirst(RecommendationStatus status, Audience audience, Pageable pageable,
			int countLimit) {
		Set<RecommendationStatus> statuses = (status != null) ? EnumSet.of(status)
				: EnumSet.allOf(RecommendationStatus.class);
		return CappedPage.of(
				this.recommendations.findNewestFirst(status, audience.seesEverySession(), unsorted(pageable)),
				countLimit, (limit) -> this.recommendations.countNewestFirstUpTo(
						statuses.stream().map(RecommendationStatus::name).toList(),
						audience.visibleSessions().stream().map(Enum::name).toList(), limit));
	}

	/**
	 * The {@code size} recommendations that follow {@code after} in {@link #newestFirst}. A reader going through all
	 * of them goes on from where the last page ended rather than counting rows from the start: the thousandth page
	 * is as quick as the first.
	 */
	public Slice<Recommendation> newestFirstAfter(RecommendationStatus status, Audience audience, Position after,
			int size) {
		return this.recommendations.findNewestFirstAfter(status, audience.seesEverySession(), after.createdAt(),
				after.id(), PageRequest.of(0, size));
	}

	/** A place in {@link #newestFirst}: just after this recommendation. */
	public record Position(Instant createdAt, long id) {

		public static Position after(Recommendation recommendation) {
			return new Position(recommendation.getCreatedAt(), recommendation.getId());
		}

	}

	public Optional<RecommendationRecord> find(long id, Audience audience) {
		return this.recommendations.findDetailedById(id)
			.filter((recommendation) -> audience.maySee(recommendation.getOriginSession()))
			.map((recommendation) -> new RecommendationRecord(recommendation,
					this.recommendations.findAddressedIssues(id), this.recommendations.findHistory(id),
					this.recommendations.findFollowUpActions(id)));
	}

	/**
	 * The recommendations that came out of one session, with the body responsible for each. The caller has already
	 * checked that the session is one its audience may see.
	 */
	public List<Recommendation> fromSession(long sessionId) {
		return this.recommendations.findFromSession(sessionId);
	}

	/**
	 * What is still pending from these (earlier) sessions, for the agenda of the next: recommendations neither
	 * implemented nor rejected, and follow-up actions not yet done. The caller has already checked that its
	 * audience may see the sessions.
	 */
	public PendingFromEarlier pendingFrom(Collection<Long> sessionIds) {
		if (sessionIds.isEmpty()) {
			return new PendingFromEarlier(List.of(), List.of());
		}
		Set<RecommendationStatus> open = EnumSet.noneOf(RecommendationStatus.class);
		for (RecommendationStatus status : RecommendationStatus.values()) {
			if (status.isOpen()) {
				open.add(status);
			}
		}
		return new PendingFromEarlier(this.recommendations.findOpenFromSessions(sessionIds, open),
				this.recommendations.findOpenActionsFromSessions(sessionIds));
	}

	/**
	 * The newest {@code limit} recommendations that concern an organisation (it proposed them, is responsible for
	 * them, or raised an issue they answer), with how many there are, counted up to {@code cap}.
	 */
	public Preview<Recommendation> concerning(long organisationId, Audience audience, int limit, int cap) {
		boolean everything = audience.seesEverySession();
		return Preview.of(this.recommendations.findConcerning(organisationId, everything, limit), limit, cap,
				(upTo) -> this.recommendations.countConcerning(organisationId, everything, upTo));
	}

	/** How many recommendations stand at each status, with every status present (zero where there are none). */
	public Map<RecommendationStatus, Long> countByStatus(Audience audience) {
		Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
		for (RecommendationStatus status : RecommendationStatus.values()) {
			counts.put(status, 0L);
		}
		this.recommendations.countByStatus(audience.seesEverySession())
			.forEach((count) -> counts.put(count.getStatus(), count.getTotal()));
		return counts;
	}

	@Transactional
	public Recommendation record(Recommendation recommendation) {
		return this.recommendations.save(recommendation);
	}

	/**
	 * What the form for a new recommendation from a session offers: that session's issues and those of the session
	 * it follows up.
	 * @throws RecordNotFoundException if there is no such session
	 */
	public RecommendationChoices choicesFor(long sessionId) {
		ConsultationSession session = this.sessions.find(sessionId, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
		ConsultationSession earlier = session.getFollowsUp();
		return new RecommendationChoices(session, this.issues.raisedIn(sessionId),
				(earlier != null) ? this.issues.raisedIn(earlier.getId()) : List.of());
	}

	/**
	 * A recommendation as saved now, with what its edit form offers.
	 * @throws RecordNotFoundException if there is no such recommendation
	 */
	public RecommendationEdit edit(long id) {
		Recommendation current = this.recommendations.findForEditing(id).orElseThrow(notFound(id));
		return new RecommendationEdit(current, this.recommendations.findAddressedIssues(id),
				choicesFor(current.getOriginSession().getId()));
	}

	/**
	 * Records a new recommendation from a session, proposed by the signed-in official now. Submitting the same form
	 * (the same token) again gives back the recommendation it created.
	 * @return the id of the recommendation
	 * @throws RecordNotFoundException if there is no such session
	 * @throws RejectedEntryException if the form names something the registry cannot accept
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long propose(long sessionId, RecommendationForm form) {
		return this.submissions.once(form.token(), "Recommendation", () -> {
			ConsultationSession session = this.sessions.find(sessionId, Audience.STAFF)
				.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
			Recommendation recommendation = Recommendation.propose(session, details(session, form), currentUser(),
					this.clock.instant());
			return this.recommendations.save(recommendation).getId();
		});
	}

	/**
	 * Rewrites a recommendation from its edit form.
	 * @throws RecordNotFoundException if there is no such recommendation
	 * @throws StaleEditException if it has changed since the form was loaded
	 * @throws RejectedEntryException if the form names something the registry cannot accept
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void revise(long id, RecommendationForm form) {
		Recommendation recommendation = this.recommendations.findById(id).orElseThrow(notFound(id));
		requireVersion("Recommendation", recommendation, form.version());
		ConsultationSession session = this.sessions.find(recommendation.getOriginSession().getId(), Audience.STAFF)
			.orElseThrow(notFound(id));
		recommendation.revise(details(session, form));
	}

	/**
	 * Moves a recommendation to its next status, recording the signed-in official, the time and the reason.
	 * @throws RecordNotFoundException if there is no such recommendation
	 * @throws StaleEditException if it has changed since the form was loaded
	 * @throws RejectedEntryException if the move is not one its status allows
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void changeStatus(long id, ChangeStatusForm form) {
		Recommendation recommendation = this.recommendations.findById(id).orElseThrow(notFound(id));
		requireVersion("Recommendation", recommendation, form.version());
		RecommendationStatus current = recommendation.getStatus();
		if (form.status() == null) {
			throw new RejectedEntryException(
					List.of(new Rejection("status", "recommendation.statusForm.statusRequired")));
		}
		if (!current.canMoveTo(form.status())) {
			throw new RejectedEntryException(List.of(new Rejection("status", "recommendation.statusForm.notAllowed",
					statusLabel(current), statusLabel(form.status()))));
		}
		Instant now = this.clock.instant();
		recommendation.moveTo(form.status(), currentUser(), form.reason(), now);
		this.events.publishEvent(new RecommendationEvent.StatusChanged(id, current, form.status(), now));
	}

	/**
	 * Sets a new target date (or none) for a recommendation, leaving the rest of it as it is: the tracker's updates
	 * come this way.
	 * @throws RecordNotFoundException if there is no such recommendation
	 * @throws StaleEditException if it has changed since the given version
	 * @throws RejectedEntryException if the date is before the session it came from
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void retarget(long id, Long version, LocalDate targetDate) {
		Recommendation recommendation = this.recommendations.findById(id).orElseThrow(notFound(id));
		requireVersion("Recommendation", recommendation, version);
		if (!recommendation.isNotBeforeSession(targetDate)) {
			throw new RejectedEntryException(
					List.of(new Rejection("targetDate", "recommendation.form.targetBeforeSession")));
		}
		recommendation.assignTo(recommendation.getResponsibleOrganisation(), targetDate);
	}

	/**
	 * The recommendation a new follow-up action is for.
	 * @throws RecordNotFoundException if there is no such recommendation
	 */
	public FollowUpChoices newFollowUp(long recommendationId) {
		Recommendation recommendation = this.recommendations.findDetailedById(recommendationId)
			.orElseThrow(notFound(recommendationId));
		return new FollowUpChoices(recommendation, null);
	}

	/**
	 * A follow-up action as saved now, with the recommendation it belongs to.
	 * @throws RecordNotFoundException if the recommendation has no such action
	 */
	public FollowUpChoices editFollowUp(long recommendationId, long actionId) {
		FollowUpAction action = findFollowUp(recommendationId, actionId);
		return new FollowUpChoices(action.getRecommendation(), action);
	}

	/**
	 * Adds a follow-up action to a recommendation. Submitting the same form (the same token) again gives back the
	 * action it created.
	 * @return the id of the action
	 * @throws RecordNotFoundException if there is no such recommendation
	 * @throws RejectedEntryException if it is due before the session, or names an owner the registry does not hold
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long addFollowUp(long recommendationId, FollowUpForm form) {
		return this.submissions.once(form.token(), "FollowUpAction", () -> {
			Recommendation recommendation = this.recommendations.findById(recommendationId)
				.orElseThrow(notFound(recommendationId));
			Owners owners = owners(recommendation, form);
			FollowUpAction action = recommendation.addFollowUp(form.description(), owners.organisation(),
					owners.person(), form.dueDate());
			long actionId = this.followUps.save(action).getId();
			this.events.publishEvent(new RecommendationEvent.FollowUpChanged(recommendationId, actionId,
					FollowUpChanged.Change.ADDED, this.clock.instant()));
			return actionId;
		});
	}

	/**
	 * Rewrites a follow-up action from its edit form.
	 * @throws RecordNotFoundException if the recommendation has no such action
	 * @throws StaleEditException if the action has changed since the form was loaded
	 * @throws RejectedEntryException if it is due before the session, or names an owner the registry does not hold
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void reviseFollowUp(long recommendationId, long actionId, FollowUpForm form) {
		FollowUpAction action = findFollowUp(recommendationId, actionId);
		requireVersion("FollowUpAction", action, form.version());
		Owners owners = owners(action.getRecommendation(), form);
		action.revise(form.description(), owners.organisation(), owners.person(), form.dueDate());
	}

	/**
	 * Marks a follow-up action done, or reopens it, now.
	 * @param version the version of the action the official was looking at
	 * @throws RecordNotFoundException if the recommendation has no such action
	 * @throws StaleEditException if the action has changed since
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void markFollowUp(long recommendationId, long actionId, Long version, boolean done) {
		FollowUpAction action = findFollowUp(recommendationId, actionId);
		requireVersion("FollowUpAction", action, version);
		Instant now = this.clock.instant();
		boolean wasDone = action.isDone();
		if (done) {
			action.markDone(now);
		}
		else {
			action.reopen(now);
		}
		if (wasDone != done) {
			this.events.publishEvent(new RecommendationEvent.FollowUpChanged(recommendationId, actionId,
					done ? FollowUpChanged.Change.DONE : FollowUpChanged.Change.REOPENED, now));
		}
	}

	/**
	 * Turns the form's choices into records, refusing everything that is not on offer at once: issues must be
	 * raised in the session (or the one it follows up), the people and organisations named must each be exactly one
	 * in the registry, and the target date must not precede the session.
	 */
	private RecommendationDetails details(ConsultationSession session, RecommendationForm form) {
		List<Rejection> rejections = new ArrayList<>();
		Map<Long, IssueRaised> onOffer = new LinkedHashMap<>();
		this.issues.raisedIn(session.getId()).forEach((issue) -> onOffer.put(issue.getId(), issue));
		if (session.getFollowsUp() != null) {
			this.issues.raisedIn(session.getFollowsUp().getId())
				.forEach((issue) -> onOffer.put(issue.getId(), issue));
		}
		List<IssueRaised> answered = new ArrayList<>();
		for (Long issueId : (form.issueIds() != null) ? form.issueIds() : List.<Long>of()) {
			IssueRaised issue = onOffer.get(issueId);
			if (issue == null) {
				rejections.add(new Rejection("issueIds", "recommendation.form.issueNotOnOffer"));
				break;
			}
			answered.add(issue);
		}
		if (answered.isEmpty() && rejections.isEmpty()) {
			rejections.add(new Rejection("issueIds", "recommendation.form.issuesRequired"));
		}
		Person proposer = lookUp(() -> this.directory.findPersonNamed(form.proposerPersonId(),
				form.proposerPersonName(), "proposerPersonName"), rejections);
		Organisation proposingOrganisation = lookUp(() -> this.directory.findOrganisationNamed(
				form.proposerOrganisationId(), form.proposerOrganisationName(), "proposerOrganisationName"),
				rejections);
		Organisation responsible = lookUp(() -> this.directory.findOrganisationNamed(
				form.responsibleOrganisationId(), form.responsibleOrganisationName(), "responsibleOrganisationName"),
				rejections);
		if (isBefore(form.targetDate(), session)) {
			rejections.add(new Rejection("targetDate", "recommendation.form.targetBeforeSession"));
		}
		if (!rejections.isEmpty()) {
			throw new RejectedEntryException(rejections);
		}
		return new RecommendationDetails(form.title(), form.details(), proposer, proposingOrganisation, responsible,
				form.targetDate(), answered);
	}

	private Owners owners(Recommendation recommendation, FollowUpForm form) {
		List<Rejection> rejections = new ArrayList<>();
		Organisation organisation = lookUp(() -> this.directory.findOrganisationNamed(form.ownerOrganisationId(),
				form.ownerOrganisationName(), "ownerOrganisationName"), rejections);
		Person person = lookUp(() -> this.directory.findPersonNamed(form.ownerPersonId(), form.ownerPersonName(),
				"ownerPersonName"), rejections);
		if (!recommendation.isNotBeforeSession(form.dueDate())) {
			rejections.add(new Rejection("dueDate", "recommendation.followUpForm.dueBeforeSession"));
		}
		if (!rejections.isEmpty()) {
			throw new RejectedEntryException(rejections);
		}
		return new Owners(organisation, person);
	}

	private FollowUpAction findFollowUp(long recommendationId, long actionId) {
		return this.followUps.findInRecommendation(recommendationId, actionId)
			.orElseThrow(() -> new RecordNotFoundException("FollowUpAction", actionId));
	}

	/**
	 * The person or organisation a field names, or {@code null} when it names none; a name the registry does not
	 * know, or knows several of, is added to the rejections so that every field's reason is given at once.
	 */
	private static <T> T lookUp(Supplier<T> finder, List<Rejection> rejections) {
		try {
			return finder.get();
		}
		catch (FieldProblem problem) {
			rejections.add(new Rejection(problem.getField(), problem.getCode(), problem.getArguments()));
			return null;
		}
	}

	private static boolean isBefore(LocalDate date, ConsultationSession session) {
		return date != null && date.isBefore(session.getHeldOn());
	}

	private static void requireVersion(String recordType, BaseEntity record, Long version) {
		if (version == null || record.getVersion() != version) {
			throw new StaleEditException(recordType, record.getId(), record.getVersion());
		}
	}

	private static DefaultMessageSourceResolvable statusLabel(RecommendationStatus status) {
		return new DefaultMessageSourceResolvable("recommendation.status." + status);
	}

	/** Who is saving: write methods are for signed-in staff only, so there always is someone. */
	private static String currentUser() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	private static Supplier<RecordNotFoundException> notFound(long id) {
		return () -> new RecordNotFoundException("Recommendation", id);
	}

	private static Pageable unsorted(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

	private record Owners(Organisation organisation, Person person) {
	}

}
