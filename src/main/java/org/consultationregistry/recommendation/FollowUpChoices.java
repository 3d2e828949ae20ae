package org.consultationregistry.recommendation;

import java.util.List;

import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * What a follow-up form shows and offers: the recommendation it belongs to (with its session) and the organisations
 * and people who may own the action.
 *
 * @param current the action as saved now, or {@code null} for a new one
 */
public record FollowUpChoices(Recommendation recommendation, FollowUpAction current,
		List<Organisation> organisations, List<Person> people) {
}
