/**
 * Organisations and people: who takes part in the board's consultations, under which names, and (for officials'
 * eyes only) how to reach them.
 */
package org.consultationregistry.stakeholder;
