/**
 * Accounts and access: who can sign in, with which role, and which pages each role may use.
 */
package org.consultationregistry.account;
