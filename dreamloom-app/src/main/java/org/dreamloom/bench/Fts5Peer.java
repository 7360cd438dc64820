package org.dreamloom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The search peer a journal app would use: SQLite's FTS5 full-text index (bundled with sqlite-jdbc) over the
 * same reports, with the Porter stemmer (as Dreamloom's English analysis) and the filter fields as UNINDEXED
 * columns. A query returns the ten best hits by FTS5's BM25 rank and the total number of matches, like a
 * Dreamloom search page.
 */
public final class Fts5Peer implements AutoCloseable {
    private final Path file;
    private final Connection db;
    private PreparedStatement insert;
    private long rows;

    private Fts5Peer(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** A fresh FTS5 database in a new file under {@code dir}. */
    public static Fts5Peer create(Path dir) throws SQLException, IOException {
        Path file = Files.createTempFile(dir, "fts5-peer", ".db");
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = db.createStatement()) {
            // Bulk-load settings any app would use for a rebuild; the index itself is FTS5's default.
            st.execute("PRAGMA journal_mode=OFF");
            st.execute("PRAGMA synchronous=OFF");
            st.execute("CREATE VIRTUAL TABLE r USING fts5(text, series UNINDEXED, sex UNINDEXED, year UNINDEXED,"
                    + " tokenize='porter unicode61')");
        }
        db.setAutoCommit(false);
        return new Fts5Peer(file, db);
    }

    /** Adds one report; commits every 5,000. */
    public void add(CorpusReport r) throws SQLException {
        if (insert == null) {
            insert = db.prepareStatement("INSERT INTO r(rowid, text, series, sex, year) VALUES (?, ?, ?, ?, ?)");
        }
        insert.setLong(1, ++rows);
        insert.setString(2, r.text());
        insert.setString(3, r.series());
        insert.setString(4, r.sex());
        insert.setInt(5, year(r.date()));
        insert.executeUpdate();
        if (rows % 5000 == 0) {
            db.commit();
        }
    }

    /** Commits and merges the index into one b-tree (FTS5's 'optimize', the counterpart of Lucene's force-merge). */
    public void finish() throws SQLException {
        db.commit();
        try (Statement st = db.createStatement()) {
            st.execute("INSERT INTO r(r) VALUES('optimize')");
        }
        db.commit();
    }

    /** Runs one query: the ten best hits by rank and the total; returns the total. */
    public long search(BenchQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT rowid, count(*) OVER () FROM r WHERE r MATCH ?");
        BenchQuery.Filter f = q.filter();
        if (f != null) {
            sql.append(f.field().equals("year") ? " AND year BETWEEN ? AND ?" : " AND " + f.field() + " = ?");
        }
        sql.append(" ORDER BY rank LIMIT 10");
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            ps.setString(1, q.fts());
            if (f != null) {
                if (f.field().equals("year")) {
                    ps.setInt(2, f.fromYear());
                    ps.setInt(3, f.toYear());
                } else {
                    ps.setString(2, f.value());
                }
            }
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(2);
                }
            }
            return total;
        }
    }

    /** The size of the database file in bytes. */
    public long bytes() throws IOException {
        return Files.size(file);
    }

    static int year(String isoDate) {
        if (isoDate.length() >= 4) {
            try {
                return Integer.parseInt(isoDate.substring(0, 4));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            if (insert != null) {
                insert.close();
            }
            db.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
