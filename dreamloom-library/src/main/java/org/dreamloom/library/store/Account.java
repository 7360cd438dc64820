package org.dreamloom.library.store;

/**
 * A web account: a login name bound to one owner of dreams.
 *
 * @param id           the account's id
 * @param ownerId      the owner whose dreams the account reads and writes
 * @param username     the login name (lower case)
 * @param passwordHash the encoded Argon2id hash with its salt and parameters
 * @param role         {@code user} or {@code researcher} (researchers own imported corpora)
 * @param createdAt    when it was created (ISO-8601 UTC)
 */
public record Account(long id, long ownerId, String username, String passwordHash, String role, String createdAt) {
    /** The role of a dreamer keeping a journal. */
    public static final String USER = "user";
    /** The role of a researcher who owns imported corpora. */
    public static final String RESEARCHER = "researcher";

    /** Whether the account may manage corpora. */
    public boolean isResearcher() {
        return RESEARCHER.equals(role);
    }

    @Override
    public String toString() {
        // never print the hash in logs
        return "Account[" + id + ", " + username + ", " + role + "]";
    }
}
