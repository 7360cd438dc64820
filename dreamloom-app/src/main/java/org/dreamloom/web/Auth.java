package org.dreamloom.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.WebSession;

/**
 * Accounts, login sessions and CSRF tokens for the web app.
 *
 * <p>Sign-up and login never tell whether a name exists: both paths hash a password (unknown names are checked
 * against a decoy hash) and give the same answer. Logins are limited per submitted name and per address. The
 * session cookie is HttpOnly, SameSite=Strict, and Secure unless the server listens on loopback over plain http.
 * State-changing requests must echo a CSRF token in {@code X-CSRF-Token}: the session's synchronizer token, or,
 * before login, the double-submit value of the {@code dl_csrf} cookie. Thread-safe.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "dl_session";
    public static final String CSRF_COOKIE = "dl_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Duration SESSION_LIFETIME = Duration.ofDays(7);
    /**
     * How long a session read from the store is trusted before it is read again: a role changed or a session ended
     * by another process (the {@code accounts} command, a second server on the same library) takes effect within
     * this time, while a busy server still reads each session about once per interval, not once per request.
     */
    static final Duration SESSION_RECHECK = Duration.ofSeconds(2);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,39}");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 256;
    private static final String SIGNUP_ANSWER =
            "If that name was free, the account is ready: log in with it. (Names are not disclosed either way.)";
    private static final String LOGIN_FAILED = "wrong username or password";

    private final DreamStore store;
    private final Passwords passwords;
    private final Clock clock;
    private final boolean secureCookies;
    private final RateLimiter loginsPerName;
    private final RateLimiter loginsPerAddress;
    private final RateLimiter signupsPerAddress;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A session as read from the store at {@code readAt}. */
    private record Cached(WebSession session, Instant readAt) {
    }

    /**
     * @param secureCookies mark cookies Secure (anything but loopback over plain http)
     * @param limits        login/sign-up limits
     */
    public Auth(DreamStore store, Passwords passwords, Clock clock, boolean secureCookies, Limits limits) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
        this.secureCookies = secureCookies;
        this.loginsPerName = new RateLimiter(limits.failuresPerName(), limits.windowMillis(), clock);
        this.loginsPerAddress = new RateLimiter(limits.attemptsPerAddress(), limits.windowMillis(), clock);
        this.signupsPerAddress = new RateLimiter(limits.signupsPerAddress(), limits.windowMillis(), clock);
    }

    /**
     * How many login and sign-up attempts are allowed per window.
     *
     * @param failuresPerName    failed logins for one name
     * @param attemptsPerAddress login attempts from one address
     * @param signupsPerAddress  sign-ups from one address
     * @param windowMillis       the sliding window
     */
    public record Limits(int failuresPerName, int attemptsPerAddress, int signupsPerAddress, long windowMillis) {
        /** 5 failures per name, 30 attempts and 20 sign-ups per address, per 15 minutes. */
        public static Limits defaults() {
            return new Limits(5, 30, 20, Duration.ofMinutes(15).toMillis());
        }
    }

    /** A login name as stored: trimmed, lower case; rejects names that cannot be accounts. */
    public static String normaliseName(String raw) {
        String name = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw ApiError.badRequest("username must be 3 to 40 characters: letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ApiError.badRequest("password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    /** Creates an account if the name is free; the answer is the same either way (see class comment). */
    public String signup(String rawName, String password, String address) {
        String name = normaliseName(rawName);
        checkPassword(password);
        long wait = signupsPerAddress.retryAfterSeconds(address);
        if (wait > 0) {
            throw new ApiError(429, "too many sign-ups from your address; try again in " + wait + " s", wait);
        }
        signupsPerAddress.record(address);
        // hash first, whatever happens next, so a taken name costs the same time as a free one
        String hash = passwords.hash(password);
        store.accounts().create(name, hash, Account.USER);
        return SIGNUP_ANSWER;
    }

    /** Creates or resets an account with a known password and role (the serve command's demo login). */
    public Account ensureAccount(String name, String password, String role) {
        String n = normaliseName(name);
        String hash = passwords.hash(password);
        Optional<Account> made = store.accounts().create(n, hash, role);
        if (made.isPresent()) {
            return made.get();
        }
        Account a = store.accounts().account(n).orElseThrow();
        store.accounts().update(a.id(), hash, role);
        return store.accounts().account(n).orElseThrow();
    }

    /** Checks the password, starts a session and sets its cookie; 401 for a wrong name or password, 429 when limited. */
    public WebSession login(Context ctx, String rawName, String password) {
        String name = rawName == null ? "" : rawName.strip().toLowerCase(Locale.ROOT);
        String address = ctx.ip();
        long wait = Math.max(loginsPerName.retryAfterSeconds("n:" + name),
                loginsPerAddress.retryAfterSeconds("a:" + address));
        if (wait > 0) {
            throw new ApiError(429, "too many login attempts; wait " + wait + " s and try again", wait);
        }
        loginsPerAddress.record("a:" + address);
        String pw = password == null ? "" : password;
        Optional<Account> account = name.isEmpty() || pw.length() > MAX_PASSWORD ? Optional.empty() : store.accounts().account(name);
        boolean ok = account.isPresent() ? passwords.verify(pw, account.get().passwordHash()) : passwords.verifyDecoy(pw);
        if (!ok) {
            loginsPerName.record("n:" + name);
            throw new ApiError(401, LOGIN_FAILED);
        }
        loginsPerName.clear("n:" + name);
        String token = token();
        Instant now = clock.instant();
        WebSession s = new WebSession(sha256(token), account.get(), token(), now.toString(),
                now.plus(SESSION_LIFETIME).toString());
        store.accounts().saveSession(s);
        cache.put(s.tokenHash(), new Cached(s, now));
        ctx.cookie(new Cookie(SESSION_COOKIE, token, "/", (int) SESSION_LIFETIME.toSeconds(), secureCookies, true,
                null, SameSite.STRICT));
        return s;
    }

    /** The session of this request, if its cookie names a live one. */
    public Optional<WebSession> current(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached == null || cached.readAt().plus(SESSION_RECHECK).isBefore(now)) {
            WebSession fresh = store.accounts().session(hash).orElse(null);
            if (fresh == null) {
                cache.remove(hash);
                return Optional.empty();
            }
            cached = new Cached(fresh, now);
            cache.put(hash, cached);
        }
        WebSession s = cached.session();
        if (Instant.parse(s.expiresAt()).isBefore(now)) {
            cache.remove(hash);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Ends this request's session and clears its cookie. */
    public void logout(Context ctx, WebSession s) {
        cache.remove(s.tokenHash());
        store.accounts().deleteSession(s.tokenHash(), clock.instant().toString());
        ctx.cookie(new Cookie(SESSION_COOKIE, "", "/", 0, secureCookies, true, null, SameSite.STRICT));
    }

    /**
     * Changes the password of the logged-in account after checking its current one, and ends every other session
     * of the account (whoever logged in with the old password is out); this session stays.
     */
    public void changePassword(WebSession s, String current, String next) {
        checkPassword(next);
        Account fresh = verifyOwnPassword(s, current);
        store.accounts().update(fresh.id(), passwords.hash(next), fresh.role());
        for (String ended : store.accounts().endSessions(fresh.id(), s.tokenHash())) {
            cache.remove(ended);
        }
    }

    /**
     * Deletes the logged-in account and everything it owns after checking its password, and clears the cookie.
     * Returns the ids of the deleted dreams (for the search index).
     */
    public List<Long> deleteAccount(Context ctx, WebSession s, String password) {
        Account fresh = verifyOwnPassword(s, password);
        List<Long> dreams = store.accounts().delete(fresh);
        cache.values().removeIf(cached -> cached.session().account().id() == fresh.id());
        ctx.cookie(new Cookie(SESSION_COOKIE, "", "/", 0, secureCookies, true, null, SameSite.STRICT));
        return dreams;
    }

    /**
     * The session's account as stored now, once {@code password} proved to be its password. Wrong guesses count
     * against the same per-name limit as failed logins, so a borrowed session cannot be used to guess the password.
     */
    private Account verifyOwnPassword(WebSession s, String password) {
        String key = "n:" + s.account().username();
        long wait = loginsPerName.retryAfterSeconds(key);
        if (wait > 0) {
            throw new ApiError(429, "too many wrong passwords; wait " + wait + " s and try again", wait);
        }
        Account fresh = store.accounts().account(s.account().username())
                .orElseThrow(() -> new ApiError(401, "this account no longer exists; log in again"));
        String pw = password == null ? "" : password;
        if (pw.length() > MAX_PASSWORD || !passwords.verify(pw, fresh.passwordHash())) {
            loginsPerName.record(key);
            throw new ApiError(403, "the current password is wrong");
        }
        return fresh;
    }

    /** The CSRF token the page must send: the session's, or a double-submit cookie set now for a visitor. */
    public String csrfToken(Context ctx, WebSession s) {
        if (s != null) {
            return s.csrfToken();
        }
        String existing = ctx.cookie(CSRF_COOKIE);
        if (existing != null && existing.length() >= 32 && existing.length() <= 100) {
            return existing;
        }
        String t = token();
        ctx.cookie(new Cookie(CSRF_COOKIE, t, "/", -1, secureCookies, true, null, SameSite.STRICT));
        return t;
    }

    /** Rejects (403) a state-changing request whose {@code X-CSRF-Token} does not match. */
    public void checkCsrf(Context ctx, WebSession s) {
        String sent = ctx.header(CSRF_HEADER);
        String expected = s != null ? s.csrfToken() : ctx.cookie(CSRF_COOKIE);
        if (sent == null || expected == null || expected.isEmpty()
                || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "missing or wrong CSRF token: send the token from GET /api/session in the "
                    + CSRF_HEADER + " header");
        }
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
