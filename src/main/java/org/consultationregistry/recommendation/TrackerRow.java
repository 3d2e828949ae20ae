package org.consultationregistry.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.consultationregistry.issue.IssueCategory;

/**
 * One line of the recommendations tracker: a recommendation with where it stands and how long it has stood there.
 * Names organisations only, never a person's contact details.
 *
 * @param themes the categories of the issues it answers, in their order
 * @param lastMovement when it last moved: its latest status change, or a follow-up action added, done or reopened
 * @param latestNote the reason given with its latest status change
 * @param openActions follow-up actions not done yet
 * @param overdueActions of those, how many are past their due date
 */
public record TrackerRow(long id, long version, String title, long sessionId, String sessionTitle,
		LocalDate sessionHeldOn, List<IssueCategory> themes, String proposedBy, String responsible,
		RecommendationStatus status, LocalDate targetDate, Instant lastMovement, String latestNote, int openActions,
		int overdueActions) {
}
