package org.consultationregistry.issue;

import java.util.List;

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

	/** The issues raised in one session, in the order they were recorded, with who raised them. */
	public List<IssueRaised> raisedIn(long sessionId) {
		return this.issues.findRaisedIn(sessionId);
	}

	/** The issues an organisation (or one of its people) has raised, newest session first. */
	public List<IssueRaised> raisedBy(long organisationId) {
		return this.issues.findRaisedBy(organisationId);
	}

	@Transactional
	public IssueRaised record(IssueRaised issue) {
		return this.issues.save(issue);
	}

}
