/**
 * What the portal needs from its surroundings before any feature runs: a database to work in.
 */
package org.consultationregistry.system;
