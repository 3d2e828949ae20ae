package org.consultationregistry.recommendation;

/**
 * What a follow-up form shows: the recommendation it belongs to (with its session) and, when editing, the action as
 * saved now. Owners are typed, with suggestions fetched as the official types.
 *
 * @param current the action as saved now, or {@code null} for a new one
 */
public record FollowUpChoices(Recommendation recommendation, FollowUpAction current) {
}
