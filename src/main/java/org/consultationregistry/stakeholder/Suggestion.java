package org.consultationregistry.stakeholder;

/**
 * One entry offered as an official types a name: the record's id, what to show, and a hint to tell namesakes apart.
 */
public record Suggestion(long id, String label, String hint) {
}
