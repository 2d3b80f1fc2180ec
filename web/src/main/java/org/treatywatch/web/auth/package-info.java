/**
 * Analysts' sign-in: bcrypt password hashes ({@link org.treatywatch.web.auth.Passwords}),
 * sessions kept in the store, as the SHA-256 of their ids, with per-session CSRF tokens
 * ({@link org.treatywatch.web.auth.Sessions}),
 * API tokens stored as SHA-256 ({@link org.treatywatch.web.auth.Tokens}) and the rule that every
 * change needs an analyst ({@link org.treatywatch.web.auth.Access}).
 */
package org.treatywatch.web.auth;
