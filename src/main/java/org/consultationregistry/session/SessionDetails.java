package org.consultationregistry.session;

import java.time.LocalDate;
import java.time.LocalTime;

import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.Person;

/**
 * What is known about a session before it is held: the agenda-level facts an official fills in when planning it.
 *
 * @param followsUp the earlier session this one continues, if it is part of a series
 */
public record SessionDetails(String title, String theme, LocalDate heldOn, LocalTime startsAt, String venue,
		String city, Organisation organiser, Person chair, String objectives, String sourceUrl,
		ConsultationSession followsUp) {
}
