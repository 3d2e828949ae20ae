/**
 * What stakeholders do with the registry's recommendations: follow a recommendation or a theme and read what
 * changed in their updates list, comment on and endorse published recommendations, and see on their home page the
 * recommendations that affect their organisation.
 */
package org.consultationregistry.engagement;
