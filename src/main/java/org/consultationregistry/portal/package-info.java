/**
 * The portal's front pages that look across features: the home page and an organisation's profile.
 */
package org.consultationregistry.portal;
