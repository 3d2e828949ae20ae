package org.consultationregistry.issue;

import java.util.List;

/**
 * An issue and every session it came up in: all instances linked as raised before, oldest first.
 */
public record IssueHistory(IssueRaised issue, List<IssueRaised> instances) {
}
