/**
 * One search box over the whole registry: recommendations, issues raised, sessions and their minutes, organisations
 * and people. Each feature finds its own records; this module puts the answers on one page.
 */
package org.consultationregistry.search;
