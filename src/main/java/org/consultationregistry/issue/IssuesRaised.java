package org.consultationregistry.issue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.Participant;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FormSubmissions;
import org.consultationregistry.shared.Preview;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.consultationregistry.shared.StaleEditException;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issues stakeholders have raised, session by session, and how officials record them.
 */
@Service
@Transactional(readOnly = true)
public class IssuesRaised {

	private final IssueRepository issues;

	private final ConsultationSessions sessions;

	private final FormSubmissions submissions;

	IssuesRaised(IssueRepository issues, ConsultationSessions sessions, FormSubmissions submissions) {
		this.issues = issues;
		this.sessions = sessions;
		this.submissions = submissions;
	}

	/**
	 * The issues raised in one session, in the order they were recorded, with who raised them. The caller has
	 * already checked that the session is one its audience may see.
	 */
	public List<IssueRaised> raisedIn(long sessionId) {
		return this.issues.findRaisedIn(sessionId);
	}

	/** The issues raised in any of these sessions, with their session, oldest session first. */
	public List<IssueRaised> raisedInAny(Collection<Long> sessionIds) {
		return sessionIds.isEmpty() ? List.of() : this.issues.findRaisedInAny(sessionIds);
	}

	/**
	 * The first {@code limit} issues an organisation (or one of its people) has raised, newest session first, with
	 * how many there are, counted up to {@code cap}.
	 */
	public Preview<IssueRaised> raisedBy(long organisationId, Audience audience, int limit, int cap) {
		boolean everything = audience.seesEverySession();
		return Preview.of(this.issues.findRaisedBy(organisationId, everything, limit), limit, cap,
				(upTo) -> this.issues.countRaisedBy(organisationId, everything, upTo));
	}

	/** An issue with every session it came up in that the audience may see, if it may see this one. */
	public Optional<IssueHistory> history(long id, Audience audience) {
		return this.issues.findDetailedById(id)
			.filter((issue) -> audience.maySee(issue.getSession()))
			.map((issue) -> new IssueHistory(issue,
					this.issues.findWithSessions(this.issues.findInstanceIds(id))
						.stream()
						.filter((instance) -> audience.maySee(instance.getSession()))
						.toList()));
	}

	public Optional<IssueRaised> find(long id) {
		return this.issues.findDetailedById(id);
	}

	/** What an official can choose from when recording an issue in this session. */
	public IssueChoices choicesFor(long sessionId) {
		ConsultationSession session = this.sessions.find(sessionId, Audience.STAFF)
			.orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
		List<Participant> table = this.sessions.participantsOf(sessionId);
		Map<Long, Organisation> organisations = new LinkedHashMap<>();
		table.stream()
			.map(Participant::getOrganisation)
			.filter(Objects::nonNull)
			.forEach((organisation) -> organisations.putIfAbsent(organisation.getId(), organisation));
		return new IssueChoices(session,
				table.stream().map(Participant::getPerson).filter(Objects::nonNull).toList(),
				List.copyOf(organisations.values()), raisedInAny(this.sessions.earlierInSeries(sessionId)));
	}

	@Transactional
	public IssueRaised record(IssueRaised issue) {
		return this.issues.save(issue);
	}

	/**
	 * Records an issue raised in a session. Submitting the same form twice records it once.
	 * @return the issue's id
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public long record(long sessionId, IssueForm form) {
		IssueChoices choices = choicesFor(sessionId);
		return this.submissions.once(form.token(), "IssueRaised", () -> {
			IssueRaised issue = new IssueRaised(choices.session(), form.category(), form.title(),
					blankToNull(form.details()));
			apply(issue, form, choices);
			return this.issues.save(issue).getId();
		});
	}

	/**
	 * Saves an official's corrections to an issue.
	 * @throws StaleEditException if someone else saved the issue since the form was loaded
	 */
	@Transactional
	@PreAuthorize(Staff.ONLY)
	public void revise(long id, IssueForm form) {
		IssueRaised issue = this.issues.findById(id).orElseThrow(() -> new RecordNotFoundException("Issue", id));
		if (form.version() == null || form.version() != issue.getVersion()) {
			throw new StaleEditException("Issue", id, issue.getVersion());
		}
		issue.revise(form.category(), form.title(), blankToNull(form.details()));
		apply(issue, form, choicesFor(issue.getSession().getId()));
	}

	/** Who raised it and where it came up before, each checked against what the official could choose from. */
	private static void apply(IssueRaised issue, IssueForm form, IssueChoices choices) {
		Person person = pick(choices.people(), form.raisedByPersonId(), Person::getId, "raisedByPersonId");
		Organisation organisation = pick(choices.organisations(), form.raisedByOrganisationId(),
				Organisation::getId, "raisedByOrganisationId");
		issue.raisedBy(person, organisation);
		issue.raisedBefore(pick(choices.earlierIssues(), form.earlierIssueId(), IssueRaised::getId, "earlierIssueId"));
	}

	private static <T> T pick(List<T> choices, Long id, Function<T, Long> idOf, String field) {
		if (id == null) {
			return null;
		}
		return choices.stream()
			.filter((choice) -> id.equals(idOf.apply(choice)))
			.findFirst()
			.orElseThrow(() -> new FieldProblem(field, "issue.choice.invalid"));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
