/**
 * Minutes from text: an official pastes a press release or rough minutes (or uploads them as .txt, .docx or .pdf),
 * the portal reads a draft session from it, offline and deterministically, and the official corrects the draft
 * before it is saved through the session, issue and recommendation features in one transaction.
 */
package org.consultationregistry.intake;
