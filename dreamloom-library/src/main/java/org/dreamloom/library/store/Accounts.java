package org.dreamloom.library.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web app's accounts and login sessions, kept in the library's database beside the dreams.
 *
 * <p>It shares the store's one connection, so every method holds the store's lock (the store serialises all its
 * methods on itself) and ends its own transaction. Obtain it with {@link DreamStore#accounts()}.
 */
public final class Accounts {
    private static final String ACCOUNT_COLUMNS = "a.id, a.owner_id, a.username, a.password_hash, a.role, a.created_at";

    private final DreamStore store;
    private final Connection conn;

    Accounts(DreamStore store, Connection conn) {
        this.store = store;
        this.conn = conn;
    }

    /** The account called {@code username}, if any. */
    public Optional<Account> account(String username) {
        synchronized (store) {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM accounts a WHERE a.username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<Account> out = rs.next() ? Optional.of(account(rs)) : Optional.empty();
                    conn.commit();
                    return out;
                }
            } catch (SQLException e) {
                throw store.fail("cannot read account " + username, e);
            }
        }
    }

    /** Every account, by name (for the {@code accounts} command; the hashes stay inside the records). */
    public List<Account> all() {
        synchronized (store) {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM accounts a ORDER BY a.username")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(account(rs));
                    }
                }
                conn.commit();
                return out;
            } catch (SQLException e) {
                throw store.fail("cannot list the accounts", e);
            }
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    /**
     * Creates an account with its own owner (named {@code web:username}, so it never meets the command line's
     * owners); empty when the name is taken.
     */
    public Optional<Account> create(String username, String passwordHash, String role) {
        synchronized (store) {
            String at = DreamStore.now();
            try {
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO owners (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                    ps.setString(1, ownerName(username));
                    ps.setString(2, at);
                    ps.executeUpdate();
                }
                int n;
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO accounts (owner_id, username, "
                        + "password_hash, role, created_at) SELECT id, ?, ?, ?, ? FROM owners WHERE name = ? "
                        + "ON CONFLICT (username) DO NOTHING")) {
                    ps.setString(1, username);
                    ps.setString(2, passwordHash);
                    ps.setString(3, role);
                    ps.setString(4, at);
                    ps.setString(5, ownerName(username));
                    n = ps.executeUpdate();
                }
                conn.commit();
                return n == 0 ? Optional.empty() : account(username);
            } catch (SQLException e) {
                throw store.fail("cannot create account " + username, e);
            }
        }
    }

    /** What every web account's owner name starts with, so it never meets the command line's owners. */
    public static final String OWNER_PREFIX = "web:";

    /** The owner name of the account called {@code username}: what stored dreams report as their owner. */
    public static String ownerName(String username) {
        return OWNER_PREFIX + username;
    }

    /** Changes an account's password hash and role. */
    public void update(long accountId, String passwordHash, String role) {
        synchronized (store) {
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE accounts SET password_hash = ?, role = ? WHERE id = ?")) {
                ps.setString(1, passwordHash);
                ps.setString(2, role);
                ps.setLong(3, accountId);
                ps.executeUpdate();
                conn.commit();
            } catch (SQLException e) {
                throw store.fail("cannot update account " + accountId, e);
            }
        }
    }

    /** Stores a login session under the hash of its token (the token itself is never stored). */
    public void saveSession(WebSession s) {
        synchronized (store) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO web_sessions (token_hash, account_id, "
                    + "csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, s.tokenHash());
                ps.setLong(2, s.account().id());
                ps.setString(3, s.csrfToken());
                ps.setString(4, s.createdAt());
                ps.setString(5, s.expiresAt());
                ps.executeUpdate();
                conn.commit();
            } catch (SQLException e) {
                throw store.fail("cannot store a session", e);
            }
        }
    }

    /** The session whose token hashes to {@code tokenHash}, with its account, if it exists. */
    public Optional<WebSession> session(String tokenHash) {
        synchronized (store) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + ACCOUNT_COLUMNS + ", s.token_hash, "
                    + "s.csrf_token, s.created_at, s.expires_at FROM web_sessions s "
                    + "JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<WebSession> out = rs.next() ? Optional.of(new WebSession(rs.getString(7), account(rs),
                            rs.getString(8), rs.getString(9), rs.getString(10))) : Optional.empty();
                    conn.commit();
                    return out;
                }
            } catch (SQLException e) {
                throw store.fail("cannot read a session", e);
            }
        }
    }

    /** Ends a session (logout) and every session that expired before {@code now}. */
    public void deleteSession(String tokenHash, String now) {
        synchronized (store) {
            try (PreparedStatement ps = conn.prepareStatement(
                    "DELETE FROM web_sessions WHERE token_hash = ? OR expires_at < ?")) {
                ps.setString(1, tokenHash);
                ps.setString(2, now);
                ps.executeUpdate();
                conn.commit();
            } catch (SQLException e) {
                throw store.fail("cannot end a session", e);
            }
        }
    }

    /**
     * Ends every session of the account except {@code keepTokenHash} (null ends all): after a password change,
     * whoever logged in with the old password is logged out. Returns the hashes of the sessions ended.
     */
    public List<String> endSessions(long accountId, String keepTokenHash) {
        synchronized (store) {
            try {
                List<String> ended = new ArrayList<>();
                try (PreparedStatement ps = conn.prepareStatement(
                        "SELECT token_hash FROM web_sessions WHERE account_id = ?")) {
                    ps.setLong(1, accountId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (!rs.getString(1).equals(keepTokenHash)) {
                                ended.add(rs.getString(1));
                            }
                        }
                    }
                }
                try (PreparedStatement ps = conn.prepareStatement(
                        "DELETE FROM web_sessions WHERE account_id = ? AND token_hash <> ?")) {
                    ps.setLong(1, accountId);
                    ps.setString(2, keepTokenHash == null ? "" : keepTokenHash);
                    ps.executeUpdate();
                }
                conn.commit();
                return ended;
            } catch (SQLException e) {
                throw store.fail("cannot end the sessions of account " + accountId, e);
            }
        }
    }

    /**
     * Deletes an account and everything its owner holds: dreams with their codings and sources, dreamers, series,
     * sessions, the owner itself. One transaction: all of it goes, or (on failure) none. Returns the ids of the
     * deleted dreams, so the search index can drop them too.
     */
    public List<Long> delete(Account account) {
        synchronized (store) {
            long owner = account.ownerId();
            try {
                List<Long> dreams = new ArrayList<>();
                try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM dreams WHERE owner_id = ? ORDER BY id")) {
                    ps.setLong(1, owner);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            dreams.add(rs.getLong(1));
                        }
                    }
                }
                // children first: PostgreSQL would cascade, SQLite's foreign_keys pragma may be off
                String ofOwner = " WHERE dream_id IN (SELECT id FROM dreams WHERE owner_id = ?)";
                for (String sql : List.of("DELETE FROM codings" + ofOwner, "DELETE FROM dream_sources" + ofOwner,
                        "DELETE FROM dreams WHERE owner_id = ?", "DELETE FROM dreamers WHERE owner_id = ?",
                        "DELETE FROM series WHERE owner_id = ?")) {
                    try (PreparedStatement ps = conn.prepareStatement(sql)) {
                        ps.setLong(1, owner);
                        ps.executeUpdate();
                    }
                }
                for (String sql : List.of("DELETE FROM web_sessions WHERE account_id = ?",
                        "DELETE FROM accounts WHERE id = ?")) {
                    try (PreparedStatement ps = conn.prepareStatement(sql)) {
                        ps.setLong(1, account.id());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM owners WHERE id = ?")) {
                    ps.setLong(1, owner);
                    ps.executeUpdate();
                }
                conn.commit();
                store.forgetDreamers(owner);
                return dreams;
            } catch (SQLException e) {
                throw store.fail("cannot delete account " + account.username(), e);
            }
        }
    }
}
