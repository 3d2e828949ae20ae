/**
 * Policy recommendations: what the sessions proposed, which issues each answers, who is responsible, and every
 * step on its way to policy, with its follow-up actions.
 */
package org.consultationregistry.recommendation;
