package org.consultationregistry.issue;

import java.util.List;

import org.consultationregistry.session.Audience;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issues stakeholders have raised, session by session.
 */
@Service
@Transactional(readOnly = true)
public class IssuesRaised {

	private final IssueRepository issues;

	IssuesRaised(IssueRepository issues) {
		this.issues = issues;
	}

	/**
	 * The issues raised in one session, in the order they were recorded, with who raised them. The caller has
	 * already checked that the session is one its audience may see.
	 */
	public List<IssueRaised> raisedIn(long sessionId) {
		return this.issues.findRaisedIn(sessionId);
	}

	/** The issues an organisation (or one of its people) has raised, newest session first. */
	public Page<IssueRaised> raisedBy(long organisationId, Audience audience, Pageable pageable) {
		return this.issues.findRaisedBy(organisationId, audience.visibleSessions(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

	@Transactional
	public IssueRaised record(IssueRaised issue) {
		return this.issues.save(issue);
	}

}
