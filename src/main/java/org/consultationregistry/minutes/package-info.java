/**
 * Minutes: the written record of a session, bringing together the people at the table, the issues they raised and
 * the recommendations that came out of it. It sits above the session, issue and recommendation features, which
 * each hold one part.
 */
package org.consultationregistry.minutes;
