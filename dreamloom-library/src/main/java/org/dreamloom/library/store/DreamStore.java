package org.dreamloom.library.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dreamloom.coding.Card;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.io.SeriesInfo;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.report.Dream;
import org.flywaydb.core.Flyway;

/**
 * The library's source of truth: dreams, dreamers, series, import sources and coding cards in a relational
 * database reached through JDBC (SQLite by default, one file; PostgreSQL through {@link #openJdbc}). The schema
 * comes from Flyway migrations in portable SQL.
 *
 * <p>Privacy: every query takes the viewer (an owner id) and returns only dreams the viewer owns or that are
 * shared or public. Writes happen in explicit transactions; a batch of dreams is acknowledged only once it is
 * committed, and duplicates (same owner, same {@link org.dreamloom.report.ContentHash}) are skipped by a unique
 * key, so re-running an interrupted import stores exactly what is missing. One instance holds one connection and
 * is thread-safe by serialising its methods.
 */
public final class DreamStore implements AutoCloseable {
    /** Inserts one dream; a dream whose text the owner already has is skipped (duplicates add nothing). */
    private static final String INSERT_DREAM = "INSERT INTO dreams (owner_id, dreamer_id, report, original, "
            + "dream_date, source, source_key, series, content_hash, visibility, title, metadata, repairs, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner_id, content_hash) DO NOTHING";

    /** The owner the command line acts as on a personal machine. */
    public static final String LOCAL_OWNER = "local";
    /** The coder version under which human cards read with an archive are stored. */
    public static final String HUMAN_CODER = "human";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };
    private static final String VISIBLE = "(d.owner_id = ? OR d.visibility IN ('shared', 'public'))";
    private static final String DREAM_COLUMNS = "d.id, o.name, d.visibility, d.report, d.original, dr.name, "
            + "d.dream_date, d.series, d.source, d.source_key, d.title, d.metadata, d.repairs, d.content_hash, "
            + "d.created_at FROM dreams d JOIN owners o ON o.id = d.owner_id "
            + "LEFT JOIN dreamers dr ON dr.id = d.dreamer_id";

    /** Flyway logs every migration step through java.util.logging; a library opening is not news. Kept strongly reachable. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Connection conn;
    private final String where;
    private final Map<String, Long> dreamerIds = new HashMap<>();
    private final Accounts accounts;

    private DreamStore(Connection conn, String where) {
        this.conn = conn;
        this.where = where;
        this.accounts = new Accounts(this, conn);
    }

    /** The web app's accounts and login sessions in this library. */
    public Accounts accounts() {
        return accounts;
    }

    /** Opens (creating and migrating when needed) the SQLite library in {@code file}. */
    public static DreamStore open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        LibraryPaths.checkUsable(abs);
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw LibraryPaths.cannotCreateFolder(abs, e);
        }
        String url = "jdbc:sqlite:" + abs;
        try {
            migrate(url, null, null, "INTEGER PRIMARY KEY AUTOINCREMENT", abs.toString());
        } catch (StoreException e) {
            throw LibraryPaths.cannotOpen(abs, e);
        }
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode keeps every committed transaction across a process crash (kill -9);
                // only a power cut can lose the last commits, which the importer then re-adds.
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=10000");
            }
            c.setAutoCommit(false);
            return new DreamStore(c, abs.toString());
        } catch (SQLException e) {
            throw new StoreException("cannot open the library " + abs + ": " + e.getMessage(), e);
        }
    }

    /** Opens a library on another database (PostgreSQL), migrating its schema first. */
    public static DreamStore openJdbc(String url, String user, String password) {
        migrate(url, user, password, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", url);
        try {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            return new DreamStore(c, url);
        } catch (SQLException e) {
            throw new StoreException("cannot open the library " + url + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(String url, String user, String password, String identity, String where) {
        try {
            Flyway.configure()
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("identity", identity))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot prepare the library " + where + " (is it a Dreamloom library?): "
                    + e.getMessage(), e);
        }
    }

    /** Where the library lives (file or URL), for messages. */
    public String location() {
        return where;
    }

    /** The id of the owner called {@code name}, created when new. */
    public synchronized long ownerId(String name) {
        try {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO owners (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                ps.setString(1, name);
                ps.setString(2, now());
                ps.executeUpdate();
            }
            long id;
            try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM owners WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            conn.commit();
            return id;
        } catch (SQLException e) {
            throw fail("cannot create the owner " + name, e);
        }
    }

    /** Stores or updates a series description. */
    public synchronized void saveSeries(long owner, SeriesInfo s) {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO series (owner_id, name, long_name, dreamer, sex, metadata) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (owner_id, name) DO UPDATE SET long_name = excluded.long_name, "
                        + "dreamer = excluded.dreamer, sex = excluded.sex, metadata = excluded.metadata")) {
            ps.setLong(1, owner);
            ps.setString(2, s.name());
            ps.setString(3, s.longName());
            ps.setString(4, s.dreamer());
            ps.setString(5, s.sex());
            ps.setString(6, json(s.metadata()));
            ps.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            throw fail("cannot store the series " + s.name(), e);
        }
    }

    /**
     * Stores a batch of imported dreams for {@code owner} in one transaction: new reports are added, known ones
     * (same content hash) only gain the new source; human cards that came with them are stored as codings with
     * coder {@link #HUMAN_CODER}. Returns once the batch is committed.
     */
    public synchronized BatchResult saveBatch(long owner, List<ImportedDream> batch, Visibility visibility) {
        if (batch.isEmpty()) {
            return new BatchResult(0, 0);
        }
        String at = now();
        try {
            Map<String, Long> ids = resolveDreamers(owner, batch);
            int inserted = 0;
            try (PreparedStatement ps = conn.prepareStatement(INSERT_DREAM)) {
                for (ImportedDream item : batch) {
                    Dream d = item.dream();
                    bindDream(ps, owner, ids.get(d.dreamer()), d, visibility, at);
                    ps.addBatch();
                }
                for (int n : ps.executeBatch()) {
                    inserted += n > 0 ? 1 : 0;
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO dream_sources (dream_id, source, "
                    + "source_key, series, imported_at) SELECT id, ?, ?, ?, ? FROM dreams "
                    + "WHERE owner_id = ? AND content_hash = ? ON CONFLICT (dream_id, source, source_key) DO NOTHING")) {
                for (ImportedDream item : batch) {
                    Dream d = item.dream();
                    ps.setString(1, d.source());
                    ps.setString(2, d.sourceKey());
                    ps.setString(3, d.series());
                    ps.setString(4, at);
                    ps.setLong(5, owner);
                    ps.setString(6, d.contentHash());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            boolean cards = batch.stream().anyMatch(i -> i.humanCard() != null);
            if (cards) {
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO codings (dream_id, coder_version, "
                        + "card, created_at) SELECT id, ?, ?, ? FROM dreams WHERE owner_id = ? AND content_hash = ? "
                        + "ON CONFLICT (dream_id, coder_version) DO NOTHING")) {
                    for (ImportedDream item : batch) {
                        if (item.humanCard() == null) {
                            continue;
                        }
                        Card c = item.humanCard();
                        ps.setString(1, HUMAN_CODER);
                        ps.setString(2, CardJson.format(c));
                        ps.setString(3, at);
                        ps.setLong(4, owner);
                        ps.setString(5, item.dream().contentHash());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            conn.commit();
            ids.forEach((name, id) -> dreamerIds.put(owner + "\u0000" + name, id));
            return new BatchResult(inserted, batch.size() - inserted);
        } catch (SQLException e) {
            throw fail("cannot store a batch of " + batch.size() + " dreams", e);
        }
    }

    private Map<String, Long> resolveDreamers(long owner, List<ImportedDream> batch) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (ImportedDream item : batch) {
            String name = item.dream().dreamer();
            if (name.isEmpty() || ids.containsKey(name)) {
                continue;
            }
            Long known = dreamerIds.get(owner + "\u0000" + name);
            if (known != null) {
                ids.put(name, known);
                continue;
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO dreamers (owner_id, name, sex) VALUES (?, ?, ?) ON CONFLICT (owner_id, name) DO NOTHING")) {
                ps.setLong(1, owner);
                ps.setString(2, name);
                ps.setString(3, item.dream().metadata().getOrDefault("sex", ""));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM dreamers WHERE owner_id = ? AND name = ?")) {
                ps.setLong(1, owner);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.put(name, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The dream {@code id}, if the viewer may see it. */
    public synchronized Optional<StoredDream> find(long viewer, long id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + DREAM_COLUMNS + " WHERE d.id = ? AND " + VISIBLE)) {
            ps.setLong(1, id);
            ps.setLong(2, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<StoredDream> out = rs.next() ? Optional.of(dream(rs)) : Optional.empty();
                conn.commit();
                return out;
            }
        } catch (SQLException e) {
            throw fail("cannot read dream " + id, e);
        }
    }

    /** Those of dreams {@code ids} the viewer may see, by id (one query: a page of search hits). */
    public synchronized Map<Long, StoredDream> findAll(long viewer, java.util.Collection<Long> ids) {
        Map<Long, StoredDream> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + DREAM_COLUMNS + " WHERE d.id IN (" + in + ") AND "
                + VISIBLE)) {
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            ps.setLong(i, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredDream d = dream(rs);
                    out.put(d.id(), d);
                }
            }
            conn.commit();
            return out;
        } catch (SQLException e) {
            throw fail("cannot read " + ids.size() + " dreams", e);
        }
    }

    /** The dreams the viewer may see that match {@code q}, in id order. */
    public List<StoredDream> list(long viewer, DreamQuery q) {
        List<StoredDream> out = new ArrayList<>();
        forEach(viewer, q, out::add);
        return out;
    }

    /** Streams the dreams the viewer may see that match {@code q}, in id order, without holding them all. */
    public synchronized void forEach(long viewer, DreamQuery q, Consumer<StoredDream> sink) {
        select(viewer, q, false, sink);
    }

    /** The owner's own dreams that match {@code q} (a journal: nobody else's, shared or not), in id order. */
    public synchronized List<StoredDream> listOwned(long owner, DreamQuery q) {
        List<StoredDream> out = new ArrayList<>();
        select(owner, q, true, out::add);
        return out;
    }

    private void select(long viewer, DreamQuery q, boolean ownOnly, Consumer<StoredDream> sink) {
        StringBuilder sql = new StringBuilder("SELECT " + DREAM_COLUMNS + " WHERE "
                + (ownOnly ? "d.owner_id = ?" : VISIBLE));
        List<Object> args = new ArrayList<>();
        args.add(viewer);
        if (!q.dreamer().isEmpty()) {
            sql.append(" AND lower(dr.name) = lower(?)");
            args.add(q.dreamer());
        }
        if (!q.series().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM dream_sources s WHERE s.dream_id = d.id AND s.series = ?)");
            args.add(q.series());
        }
        if (!q.fromDate().isEmpty()) {
            sql.append(" AND d.dream_date >= ?");
            args.add(q.fromDate());
        }
        if (!q.toDate().isEmpty()) {
            // a bare day includes the whole day, whatever follows it in the stored text
            sql.append(" AND d.dream_date <= ?");
            args.add(DreamQuery.upToIncluding(q.toDate()));
        }
        sql.append(" ORDER BY d.id");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        if (q.offset() > 0) {
            sql.append(q.limit() > 0 ? "" : " LIMIT " + Long.MAX_VALUE).append(" OFFSET ").append(q.offset());
        }
        eachDream(sql.toString(), args, sink, "cannot list dreams");
    }

    /** Runs a SELECT of {@link #DREAM_COLUMNS} with {@code args} bound in order and hands each row to {@code sink}. */
    private void eachDream(String sql, List<?> args, Consumer<StoredDream> sink, String failure) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(dream(rs));
                }
            }
            conn.commit();
        } catch (SQLException e) {
            throw fail(failure, e);
        }
    }

    /** Where the dream was imported from, if the viewer may see it (empty otherwise). */
    public synchronized List<DreamSource> sources(long viewer, long dreamId) {
        List<DreamSource> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT s.source, s.source_key, s.series, s.imported_at "
                + "FROM dream_sources s JOIN dreams d ON d.id = s.dream_id WHERE s.dream_id = ? AND " + VISIBLE
                + " ORDER BY s.id")) {
            ps.setLong(1, dreamId);
            ps.setLong(2, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DreamSource(rs.getString(1), rs.getString(2), nz(rs.getString(3)), rs.getString(4)));
                }
            }
            conn.commit();
            return out;
        } catch (SQLException e) {
            throw fail("cannot read the sources of dream " + dreamId, e);
        }
    }

    /**
     * Saves the card a coder version produced for a dream, replacing an earlier card of the same coder version.
     * Card JSON is written by {@link CardJson#format}.
     */
    public synchronized void saveCoding(long dreamId, String coderVersion, Card card) {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO codings (dream_id, coder_version, card, "
                + "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (dream_id, coder_version) DO UPDATE SET "
                + "card = excluded.card, created_at = excluded.created_at")) {
            ps.setLong(1, dreamId);
            ps.setString(2, coderVersion);
            ps.setString(3, CardJson.format(card));
            ps.setString(4, now());
            ps.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            throw fail("cannot save the coding of dream " + dreamId, e);
        }
    }

    /** The cards saved for a dream, oldest first; empty when the viewer may not see the dream. */
    public synchronized List<StoredCoding> codingsFor(long viewer, long dreamId) {
        List<StoredCoding> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.dream_id, c.coder_version, c.card, c.created_at "
                + "FROM codings c JOIN dreams d ON d.id = c.dream_id WHERE c.dream_id = ? AND " + VISIBLE
                + " ORDER BY c.created_at, c.id")) {
            ps.setLong(1, dreamId);
            ps.setLong(2, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredCoding(rs.getLong(1), rs.getString(2), CardJson.parse(rs.getString(3)),
                            rs.getString(4)));
                }
            }
            conn.commit();
            return out;
        } catch (SQLException e) {
            throw fail("cannot read the codings of dream " + dreamId, e);
        }
    }

    /**
     * Every card of every dream the viewer may see, by dream id, each dream's oldest first: one query instead of
     * one {@link #codingsFor} per dream when a whole library is read (the search index's freshness check).
     */
    public synchronized Map<Long, List<StoredCoding>> codingsOfVisible(long viewer) {
        Map<Long, List<StoredCoding>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.dream_id, c.coder_version, c.card, c.created_at "
                + "FROM codings c JOIN dreams d ON d.id = c.dream_id WHERE " + VISIBLE
                + " ORDER BY c.dream_id, c.created_at, c.id")) {
            ps.setLong(1, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredCoding c = new StoredCoding(rs.getLong(1), rs.getString(2), CardJson.parse(rs.getString(3)),
                            rs.getString(4));
                    out.computeIfAbsent(c.dreamId(), k -> new ArrayList<>()).add(c);
                }
            }
            conn.commit();
            return out;
        } catch (SQLException e) {
            throw fail("cannot read the codings", e);
        }
    }

    /** Up to {@code limit} dreams the viewer may see that have no card from {@code coderVersion}, in id order. */
    public synchronized List<StoredDream> dreamsNotCodedBy(long viewer, String coderVersion, int limit) {
        List<StoredDream> out = new ArrayList<>();
        eachDream("SELECT " + DREAM_COLUMNS + " WHERE " + VISIBLE
                + " AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.dream_id = d.id AND c.coder_version = ?)"
                + " ORDER BY d.id LIMIT ?", List.of(viewer, coderVersion, limit), out::add,
                "cannot list uncoded dreams");
        return out;
    }

    /** Changes who may see a dream; only its owner may. Returns whether the dream was changed. */
    public synchronized boolean setVisibility(long owner, long dreamId, Visibility visibility) {
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE dreams SET visibility = ? WHERE id = ? AND owner_id = ?")) {
            ps.setString(1, visibility.db());
            ps.setLong(2, dreamId);
            ps.setLong(3, owner);
            int n = ps.executeUpdate();
            conn.commit();
            return n > 0;
        } catch (SQLException e) {
            throw fail("cannot change the visibility of dream " + dreamId, e);
        }
    }

    /** Counts over what the viewer may see. */
    public synchronized LibraryStats stats(long viewer) {
        try {
            long dreams = count("SELECT COUNT(*) FROM dreams d WHERE " + VISIBLE, viewer);
            long dreamers = count("SELECT COUNT(DISTINCT d.dreamer_id) FROM dreams d WHERE " + VISIBLE, viewer);
            long series = count("SELECT COUNT(DISTINCT s.series) FROM dream_sources s JOIN dreams d ON d.id = s.dream_id"
                    + " WHERE s.series IS NOT NULL AND s.series <> '' AND " + VISIBLE, viewer);
            long sources = count("SELECT COUNT(*) FROM dream_sources s JOIN dreams d ON d.id = s.dream_id WHERE "
                    + VISIBLE, viewer);
            long repaired = count("SELECT COUNT(*) FROM dreams d WHERE d.repairs IS NOT NULL AND d.repairs <> '[]' AND "
                    + VISIBLE, viewer);
            Map<String, Long> coders = new LinkedHashMap<>();
            long codings = 0;
            try (PreparedStatement ps = conn.prepareStatement("SELECT c.coder_version, COUNT(*) FROM codings c "
                    + "JOIN dreams d ON d.id = c.dream_id WHERE " + VISIBLE + " GROUP BY c.coder_version "
                    + "ORDER BY c.coder_version")) {
                ps.setLong(1, viewer);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        coders.put(rs.getString(1), rs.getLong(2));
                        codings += rs.getLong(2);
                    }
                }
            }
            conn.commit();
            return new LibraryStats(dreams, dreamers, series, sources, codings, coders, repaired);
        } catch (SQLException e) {
            throw fail("cannot count the library", e);
        }
    }

    private long count(String sql, long viewer) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, viewer);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static StoredDream dream(ResultSet rs) throws SQLException {
        Dream d = new Dream(rs.getString(4), rs.getString(5), nz(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), parse(rs.getString(12), MAP, Map.of()),
                parse(rs.getString(13), LIST, List.of()));
        return new StoredDream(rs.getLong(1), rs.getString(2), Visibility.ofDb(rs.getString(3)), d,
                rs.getString(14).strip(), rs.getString(15));
    }

    private static <T> T parse(String json, TypeReference<T> type, T empty) {
        if (json == null || json.isEmpty()) {
            return empty;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return empty;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists of strings always serialise", e);
        }
    }

    /** Rolls back the open transaction and wraps {@code e} with what failed and where. */
    StoreException fail(String what, SQLException e) {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
        dreamerIds.clear();
        return new StoreException(what + " in " + where + ": " + e.getMessage(), e);
    }

    /** Drops the cached dreamer ids of an owner whose rows were deleted. */
    synchronized void forgetDreamers(long owner) {
        dreamerIds.keySet().removeIf(k -> k.startsWith(owner + "\u0000"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String now() {
        return Instant.now().toString();
    }

    // ---- web app: one dream at a time (every dream write is owner-checked); accounts are in Accounts ----

    /**
     * Stores one dream written by {@code owner} (a journal entry) in its own transaction and returns its id, or
     * empty when the owner already has a dream with the same text (same {@link org.dreamloom.report.ContentHash}).
     */
    public synchronized java.util.OptionalLong addDream(long owner, Dream d, Visibility visibility) {
        try {
            java.util.OptionalLong id = insertDream(owner, d, visibility, now());
            if (id.isEmpty()) {
                conn.rollback();
            } else {
                conn.commit();
            }
            return id;
        } catch (SQLException e) {
            throw fail("cannot store a dream", e);
        }
    }

    /**
     * A dream to store with {@link #addDreams}.
     *
     * @param owner the owner writing it
     */
    public record NewDream(long owner, Dream dream, Visibility visibility) {
    }

    /**
     * Stores several dreams, each as {@link #addDream} would, in one transaction (one commit for all: the web app
     * groups the saves that arrive together). The result has, in order, each dream's id or empty for a duplicate.
     * On a failure nothing is stored.
     */
    public synchronized List<java.util.OptionalLong> addDreams(List<NewDream> dreams) {
        String at = now();
        try {
            List<java.util.OptionalLong> ids = new ArrayList<>(dreams.size());
            for (NewDream n : dreams) {
                ids.add(insertDream(n.owner(), n.dream(), n.visibility(), at));
            }
            conn.commit();
            return ids;
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw fail("cannot store " + dreams.size() + " dreams", e);
        }
    }

    /** Inserts one dream and its source inside the open transaction; empty when the owner has its text already. */
    private java.util.OptionalLong insertDream(long owner, Dream d, Visibility visibility, String at)
            throws SQLException {
        Long dreamer = d.dreamer().isEmpty() ? null : dreamerId(owner, d);
        int n;
        try (PreparedStatement ps = conn.prepareStatement(INSERT_DREAM)) {
            bindDream(ps, owner, dreamer, d, visibility, at);
            n = ps.executeUpdate();
        }
        if (n == 0) {
            return java.util.OptionalLong.empty();
        }
        long id;
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT id FROM dreams WHERE owner_id = ? AND content_hash = ?")) {
            ps.setLong(1, owner);
            ps.setString(2, d.contentHash());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO dream_sources (dream_id, source, "
                + "source_key, series, imported_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, d.source());
            ps.setString(3, d.sourceKey());
            ps.setString(4, d.series());
            ps.setString(5, at);
            ps.executeUpdate();
        }
        return java.util.OptionalLong.of(id);
    }

    private long dreamerId(long owner, Dream d) throws SQLException {
        Long known = dreamerIds.get(owner + "\u0000" + d.dreamer());
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO dreamers (owner_id, name, sex) VALUES (?, ?, ?) ON CONFLICT (owner_id, name) DO NOTHING")) {
            ps.setLong(1, owner);
            ps.setString(2, d.dreamer());
            ps.setString(3, d.metadata().getOrDefault("sex", ""));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM dreamers WHERE owner_id = ? AND name = ?")) {
            ps.setLong(1, owner);
            ps.setString(2, d.dreamer());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What {@link #updateDream} did. */
    public enum Update { UPDATED, NOT_FOUND, DUPLICATE }

    /**
     * Replaces the text and fields of one of the owner's own dreams (never anyone else's: the owner is part of the
     * key) and drops its saved codings, which described the old text.
     */
    public synchronized Update updateDream(long owner, long id, Dream d, Visibility visibility) {
        try {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id FROM dreams WHERE owner_id = ? AND content_hash = ? AND id <> ?")) {
                ps.setLong(1, owner);
                ps.setString(2, d.contentHash());
                ps.setLong(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        conn.commit();
                        return Update.DUPLICATE;
                    }
                }
            }
            int n;
            try (PreparedStatement ps = conn.prepareStatement("UPDATE dreams SET report = ?, original = ?, "
                    + "dream_date = ?, title = ?, metadata = ?, content_hash = ?, visibility = ? "
                    + "WHERE id = ? AND owner_id = ?")) {
                ps.setString(1, d.text());
                ps.setString(2, d.original());
                ps.setString(3, d.date());
                ps.setString(4, d.title());
                ps.setString(5, json(d.metadata()));
                ps.setString(6, d.contentHash());
                ps.setString(7, visibility.db());
                ps.setLong(8, id);
                ps.setLong(9, owner);
                n = ps.executeUpdate();
            }
            if (n > 0) {
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM codings WHERE dream_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            conn.commit();
            return n > 0 ? Update.UPDATED : Update.NOT_FOUND;
        } catch (SQLException e) {
            throw fail("cannot update dream " + id, e);
        }
    }

    /** Deletes one of the owner's own dreams with its sources and codings; false when the owner has no such dream. */
    public synchronized boolean deleteDream(long owner, long id) {
        try {
            int n;
            try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM dreams WHERE id = ? AND owner_id = ?")) {
                ps.setLong(1, id);
                ps.setLong(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n = rs.getInt(1);
                }
            }
            if (n > 0) {
                // explicit child deletes: PostgreSQL cascades, but do not rely on SQLite's foreign_keys pragma
                for (String sql : List.of("DELETE FROM codings WHERE dream_id = ?", "DELETE FROM dream_sources WHERE dream_id = ?")) {
                    try (PreparedStatement ps = conn.prepareStatement(sql)) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM dreams WHERE id = ? AND owner_id = ?")) {
                    ps.setLong(1, id);
                    ps.setLong(2, owner);
                    ps.executeUpdate();
                }
            }
            conn.commit();
            return n > 0;
        } catch (SQLException e) {
            throw fail("cannot delete dream " + id, e);
        }
    }

    /** Whether {@code owner} owns dream {@code id} (for writes such as saving a coding). */
    public synchronized boolean owns(long owner, long id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM dreams WHERE id = ? AND owner_id = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, owner);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean out = rs.getInt(1) > 0;
                conn.commit();
                return out;
            }
        } catch (SQLException e) {
            throw fail("cannot read dream " + id, e);
        }
    }

    /**
     * Up to {@code limit} dreams that owners other than {@code viewer} chose to share (shared or public), newest
     * first: the pool for "kindred dreams". Callers must anonymise them before showing them.
     */
    public synchronized List<StoredDream> sharedByOthers(long viewer, int limit) {
        List<StoredDream> out = new ArrayList<>();
        eachDream("SELECT " + DREAM_COLUMNS + " WHERE d.owner_id <> ? "
                + "AND d.visibility IN ('shared', 'public') ORDER BY d.id DESC LIMIT ?", List.of(viewer, limit),
                out::add, "cannot list shared dreams");
        return out;
    }

    /**
     * Streams every dream of every owner, in id order, with no privacy filter: only for deriving the search index
     * (which applies the privacy filter itself on every read). Never hand these rows to a viewer.
     */
    public synchronized void forEachForIndex(Consumer<StoredDream> sink) {
        eachDream("SELECT " + DREAM_COLUMNS + " ORDER BY d.id", List.of(), sink,
                "cannot read the dreams for the search index");
    }

    /** The latest saved card of every dream (any coder), for deriving the search index; see {@link #forEachForIndex}. */
    public synchronized Map<Long, Card> latestCardsForIndex() {
        Map<Long, Card> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT dream_id, card FROM codings ORDER BY created_at, id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), CardJson.parse(rs.getString(2)));
                }
            }
            conn.commit();
            return out;
        } catch (SQLException e) {
            throw fail("cannot read the codings for the search index", e);
        }
    }

    /** Binds the parameters of {@link #INSERT_DREAM} for one dream ({@code dreamer} null when it has none). */
    private void bindDream(PreparedStatement ps, long owner, Long dreamer, Dream d, Visibility visibility, String at)
            throws SQLException {
        ps.setLong(1, owner);
        if (dreamer == null) {
            ps.setNull(2, java.sql.Types.BIGINT);
        } else {
            ps.setLong(2, dreamer);
        }
        ps.setString(3, d.text());
        ps.setString(4, d.original());
        ps.setString(5, d.date());
        ps.setString(6, d.source());
        ps.setString(7, d.sourceKey());
        ps.setString(8, d.series());
        ps.setString(9, d.contentHash());
        ps.setString(10, visibility.db());
        ps.setString(11, d.title());
        ps.setString(12, json(d.metadata()));
        ps.setString(13, json(d.repairs()));
        ps.setString(14, at);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the library " + where + ": " + e.getMessage(), e);
        }
    }
}
