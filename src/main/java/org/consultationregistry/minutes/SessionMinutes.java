package org.consultationregistry.minutes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.consultationregistry.account.Accounts;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.Participant;
import org.consultationregistry.session.SessionStatus;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.StaleEditException;
import org.consultationregistry.shared.Staff;
import org.consultationregistry.stakeholder.Person;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of the board's sessions through their lifecycle: officials draft, circulate, publish and correct them;
 * participants who have an account suggest corrections while the draft is circulated. The session's status follows
 * the minutes forward (minutes in draft, circulated, published), never back.
 */
@Service
@Transactional(readOnly = true)
public class SessionMinutes {

	private final MinutesRepository minutes;

	private final ConsultationSessions sessions;

	private final Accounts accounts;

	private final FormSubmissions submissions;

	private final Clock clock;

	SessionMinutes(MinutesRepository minutes, ConsultationSessions sessions, Accounts accounts,
			FormSubmissions submissions, Clock clock) {
		this.minutes = minutes;
		this.sessions = sessions;
		this.accounts = accounts;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * The minutes part of a session's page for one reader, or nothing if the reader may not see the session at all.
	 * The public reads published minutes (the published revision and any errata after it); a participant reads the
	 * circulated draft, and with it the rest of the session's record; the board's staff read everything.
	 * @param participants the session's participants, which the caller has loaded already
	 * @param username the signed-in user, or {@code null}
	 * @param revision the revision asked for, or {@code null} for the current one
	 * @throws RecordNotFoundException if the revision asked for is not one this reader may read
	 */
	Optional<MinutesView> view(ConsultationSession session, List<Participant> participants, Audience audience,
			String username, Integer revision) {
		Minutes found = this.minutes.findWithRevisions(session.getId()).orElse(null);
		boolean staff = audience == Audience.STAFF;
		Person participant = (!staff && username != null && found != null
				&& found.getStage() == MinutesStage.CIRCULATED) ? participantOf(participants, username) : null;
		if (!audience.maySee(session) && participant == null) {
			return Optional.empty();
		}
		List<MinutesRevision> readable = readable(found, staff, participant != null);
		if (readable.isEmpty()) {
			if (revision != null) {
				throw new RecordNotFoundException("Minutes revision", revision);
			}
			return Optional.of(MinutesView.unwritten(staff));
		}
		MinutesRevision shown = readable.get(readable.size() - 1);
		MinutesRevision comparedWith = null;
		List<TextChange> changes = List.of();
		if (revision != null) {
			shown = readable.stream()
				.filter((candidate) -> candidate.getNumber() == revision)
				.findFirst()
				.orElseThrow(() -> new RecordNotFoundException("Minutes revision", revision));
			int index = readable.indexOf(shown);
			if (index > 0) {
				comparedWith = readable.get(index - 1);
				changes = TextDiff.between(comparedWith.getText(), shown.getText());
			}
		}
		List<MinutesSuggestion> suggestions = staff ? this.minutes.findSuggestions(found.getId())
				: (participant != null) ? this.minutes.findSuggestionsBy(found.getId(), participant.getId())
						: List.of();
		return Optional.of(new MinutesView(found, shown, comparedWith, changes, readable, suggestions, staff,
				participant != null));
	}

	/**
	 * Staff read every revision; the public, once the minutes are published, the published revision and the errata
	 * after it (earlier drafts were never approved); a participant the circulated draft as it stands.
	 */
	private static List<MinutesRevision> readable(Minutes minutes, boolean staff, boolean participant) {
		if (minutes == null) {
			return List.of();
		}
		if (staff) {
			return minutes.getRevisions();
		}
		if (minutes.getStage() == MinutesStage.PUBLISHED) {
			return minutes.getRevisions()
				.stream()
				.filter((revision) -> revision.getNumber() >= minutes.getPublishedRevision())
				.toList();
		}
		return participant ? List.of(minutes.getCurrent()) : List.of();
	}

	/** The minutes of a session for an official to write or edit. */
	@PreAuthorize(Staff.ONLY)
	public MinutesEditing forEditing(long sessionId) {
		MinutesEditing editing = editing(sessionId);
		if (editing.minutes() != null && editing.minutes().getStage() == MinutesStage.PUBLISHED) {
			throw new MinutesRefusedException(MinutesRefusedException.Reason.PUBLISHED_READ_ONLY);
		}
		return editing;
	}

	/** Published minutes for an official to correct with an erratum. */
	@PreAuthorize(Staff.ONLY)
	public MinutesEditing forErratum(long sessionId) {
		MinutesEditing editing = editing(sessionId);
		if (editing.minutes() == null || editing.minutes().getStage() != MinutesStage.PUBLISHED) {
			throw new MinutesRefusedException(MinutesRefusedException.Reason.NOT_PUBLISHED);
		}
		return editing;
	}

	/** A suggestion for an official to accept or decline. */
	@PreAuthorize(Staff.ONLY)
	public SuggestionReview review(long sessionId, long suggestionId) {
		MinutesSuggestion suggestion = this.minutes.findSuggestion(sessionId, suggestionId)
			.orElseThrow(() -> new RecordNotFoundException("Suggestion", suggestionId));
		MinutesEditing editing = editing(sessionId);
		String draft = editing.currentText();
		List<TextChange> preview = List.of();
		if (suggestion.isPending()) {
			try {
				preview = TextDiff.between(draft,
						MinutesText.replace(draft, suggestion.getPassage(), suggestion.getReplacement()));
			}
			catch (MinutesRefusedException notFoundOnce) {
				// The draft was edited since: the review page says so, and the official can still decline.
			}
		}
		return new SuggestionReview(editing.session(), editing.minutes(), suggestion, preview);
	}

	private MinutesEditing editing(long sessionId) {
		ConsultationSession session = this.sessions.find(sessionId, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
		return new MinutesEditing(session, this.minutes.findWithRevisions(sessionId).orElse(null));
	}

	/**
	 * Saves the draft as a new revision; the first draft starts the minutes and moves a planned or held session to
	 * "minutes in draft". A circulated draft can still be edited; published minutes cannot (see
	 * {@link #recordErratum}).
	 * @param version the version of the minutes the official edited, {@code null} for a first draft
	 * @param token the form's one-time token: a second submission of the same form saves nothing more
	 * @return the id of the revision
	 * @throws StaleEditException if someone else changed the minutes since the official loaded them
	 * @throws MinutesRefusedException if the minutes are published, or the text is unchanged
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long saveDraft(long sessionId, String text, Long version, UUID token) {
		return this.submissions.once(token, "MinutesRevision", () -> {
			Optional<Minutes> existing = this.minutes.findBySessionId(sessionId);
			if (existing.isPresent()) {
				MinutesRevision revision = unchangedSince(existing.get(), version).revise(text, currentUser(),
						now());
				saveRevision(sessionId);
				return revision.getId();
			}
			ConsultationSession session = this.sessions.find(sessionId, Audience.STAFF)
				.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
			Minutes started = Minutes.draft(session, text, currentUser(), now());
			try {
				this.minutes.saveAndFlush(started);
			}
			catch (DataIntegrityViolationException startedMeanwhile) {
				// Another official saved a first draft of these minutes a moment earlier.
				throw new StaleEditException("Minutes", sessionId, 0);
			}
			if (session.getStatus().isBefore(SessionStatus.MINUTES_DRAFT)) {
				this.sessions.advance(sessionId, SessionStatus.MINUTES_DRAFT);
			}
			return started.getCurrent().getId();
		});
	}

	/**
	 * Circulates the draft to the participants, and moves the session to "minutes circulated". Circulating a draft
	 * that is circulated already does nothing.
	 * @param version the version of the minutes the official saw
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void circulate(long sessionId, long version) {
		Minutes minutes = existing(sessionId);
		if (minutes.getStage() == MinutesStage.CIRCULATED) {
			// A second click on the button, or a colleague was quicker: the draft is where it was meant to go.
			return;
		}
		unchangedSince(minutes, version).circulate(currentUser(), now());
		advanceSession(sessionId, SessionStatus.CIRCULATED);
	}

	/**
	 * Approves the circulated draft as it stands and publishes it, and with it the session's record. Publishing
	 * minutes that are published already does nothing.
	 * @param version the version of the minutes the official approved
	 * @throws MinutesRefusedException if the draft is not circulated, or a suggestion is still pending
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void publish(long sessionId, long version) {
		Minutes minutes = existing(sessionId);
		if (minutes.getStage() == MinutesStage.PUBLISHED) {
			return;
		}
		unchangedSince(minutes, version).publish(currentUser(), now());
		advanceSession(sessionId, SessionStatus.PUBLISHED);
	}

	/**
	 * Corrects published minutes with an erratum: a new revision with the reason for it.
	 * @return the id of the revision
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long recordErratum(long sessionId, String text, String reason, Long version, UUID token) {
		return this.submissions.once(token, "MinutesRevision", () -> {
			MinutesRevision erratum = unchangedSince(existing(sessionId), version).correct(text, reason,
					currentUser(), now());
			saveRevision(sessionId);
			return erratum.getId();
		});
	}

	/**
	 * Records a correction suggested by the signed-in user, who must have taken part in the session.
	 * @return the id of the suggestion
	 * @throws AccessDeniedException if the user's account does not belong to one of the session's participants
	 * @throws MinutesRefusedException if the draft is not circulated, or the passage is not in it exactly once
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public long suggest(long sessionId, String passage, String replacement, String note, UUID token) {
		String username = currentUser();
		Person participant = participantOf(this.sessions.participantsOf(sessionId), username);
		if (participant == null) {
			throw new AccessDeniedException("Only the session's participants may suggest corrections");
		}
		return this.submissions.once(token, "MinutesSuggestion", () -> {
			Minutes circulated = this.minutes.findBySessionId(sessionId)
				.orElseThrow(() -> new MinutesRefusedException(MinutesRefusedException.Reason.NOT_CIRCULATED));
			MinutesSuggestion suggestion = circulated.suggest(participant, username, passage, replacement, note,
					now());
			this.minutes.flush();
			return suggestion.getId();
		});
	}

	/** Accepts a suggestion: its replacement goes into the draft as a new revision. */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void accept(long sessionId, long suggestionId, String answer) {
		MinutesSuggestion suggestion = suggestion(sessionId, suggestionId);
		suggestion.getMinutes().accept(suggestion, answer, currentUser(), now());
		saveRevision(sessionId);
	}

	/**
	 * Writes the revision just added. Two officials saving revisions of the same minutes at the same moment both
	 * number theirs one past the last; the database keeps the first, and the second is told that the minutes
	 * changed meanwhile, as when they changed before the save.
	 */
	private void saveRevision(long sessionId) {
		try {
			this.minutes.flush();
		}
		catch (DataIntegrityViolationException numberedMeanwhile) {
			throw new StaleEditException("Minutes", sessionId, 0);
		}
	}

	/** Declines a suggestion with a short answer to the participant; the draft stays as it is. */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void decline(long sessionId, long suggestionId, String answer) {
		MinutesSuggestion suggestion = suggestion(sessionId, suggestionId);
		suggestion.getMinutes().decline(suggestion, answer, currentUser(), now());
	}

	/**
	 * Records minutes that were approved outside the registry, such as the demo consultation's or those of a session
	 * held before the registry, as their first, published revision. It asks for no signed-in official because the
	 * approval happened elsewhere; no page calls it.
	 * @throws IllegalStateException if the session is not published, or already has minutes
	 */
	@Transactional
	public void recordApprovedElsewhere(ConsultationSession session, String text, String recordedBy,
			Instant recordedAt) {
		if (session.getStatus() != SessionStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published session's minutes can have been approved elsewhere");
		}
		if (this.minutes.findBySessionId(session.getId()).isPresent()) {
			throw new IllegalStateException("The session already has minutes");
		}
		this.minutes.save(Minutes.approvedElsewhere(session, text, recordedBy, recordedAt));
	}

	private Minutes existing(long sessionId) {
		return this.minutes.findBySessionId(sessionId)
			.orElseThrow(() -> new RecordNotFoundException("Minutes of session", sessionId));
	}

	private MinutesSuggestion suggestion(long sessionId, long suggestionId) {
		return this.minutes.findSuggestion(sessionId, suggestionId)
			.orElseThrow(() -> new RecordNotFoundException("Suggestion", suggestionId));
	}

	private static Minutes unchangedSince(Minutes minutes, Long version) {
		if (version == null || minutes.getVersion() != version) {
			throw new StaleEditException("Minutes", minutes.getId(), minutes.getVersion());
		}
		return minutes;
	}

	private void advanceSession(long sessionId, SessionStatus next) {
		ConsultationSession session = this.sessions.find(sessionId, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
		if (session.getStatus().isBefore(next)) {
			this.sessions.advance(sessionId, next);
		}
	}

	/** The person behind the signed-in account, if they sat at the session's table. */
	private Person participantOf(List<Participant> participants, String username) {
		Long personId = this.accounts.personIdOf(username).orElse(null);
		if (personId == null) {
			return null;
		}
		return participants.stream()
			.map(Participant::getPerson)
			.filter((person) -> person != null && Objects.equals(person.getId(), personId))
			.findFirst()
			.orElse(null);
	}

	private static String currentUser() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
