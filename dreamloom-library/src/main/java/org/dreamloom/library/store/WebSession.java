package org.dreamloom.library.store;

/**
 * A login session of the web app as stored: the SHA-256 of its cookie token (the token itself is never stored),
 * the account, the synchronizer token that state-changing requests must echo, and its lifetime.
 *
 * @param tokenHash hex SHA-256 of the session cookie's value
 * @param account   who is logged in
 * @param csrfToken the CSRF synchronizer token of this session
 * @param createdAt when it began (ISO-8601 UTC)
 * @param expiresAt when it ends (ISO-8601 UTC)
 */
public record WebSession(String tokenHash, Account account, String csrfToken, String createdAt, String expiresAt) {
}
