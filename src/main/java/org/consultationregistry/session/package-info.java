/**
 * Consultation sessions and who sat at the table: the record of each meeting the board holds, and the series a
 * session belongs to.
 */
package org.consultationregistry.session;
