/**
 * Demo data: a real consultation, loaded into an empty registry so that a first run has something to show.
 */
package org.consultationregistry.demo;
