/**
 * Minutes: the written record of a session, bringing together the people at the table, the issues they raised and
 * the recommendations that came out of it, and the minutes text itself through its lifecycle (draft, circulated to
 * the participants for suggested corrections, approved and published, corrected by errata), with every revision
 * kept. It sits above the session, issue and recommendation features, which each hold one part, and asks the
 * account feature which person a signed-in participant is.
 */
package org.consultationregistry.minutes;
