/**
 * The portal's languages, English and Urdu: which one each request is answered in (a choice made with {@code ?lang=},
 * kept in the session, else the browser's Accept-Language), and the switch between them in every page's header.
 * A signed-in person's choice is kept on their account by the account feature, which listens for
 * {@link org.consultationregistry.language.LanguageChosen}.
 */
package org.consultationregistry.language;
