-- The library schema. Portable SQL for SQLite and PostgreSQL: ${identity} is the one vendor-specific piece
-- (an auto-numbered primary key), filled in by DreamStore per database. Times are ISO-8601 UTC strings and
-- dream dates are kept as written (DreamBank has dates like "1997-??-??"), so both are VARCHAR.

CREATE TABLE owners (
    id ${identity},
    name VARCHAR(200) NOT NULL UNIQUE,
    created_at VARCHAR(40) NOT NULL
);

CREATE TABLE dreamers (
    id ${identity},
    owner_id BIGINT NOT NULL REFERENCES owners (id),
    name VARCHAR(300) NOT NULL,
    sex VARCHAR(20),
    UNIQUE (owner_id, name)
);

CREATE TABLE series (
    id ${identity},
    owner_id BIGINT NOT NULL REFERENCES owners (id),
    name VARCHAR(200) NOT NULL,
    long_name VARCHAR(500),
    dreamer VARCHAR(300),
    sex VARCHAR(20),
    metadata TEXT,
    UNIQUE (owner_id, name)
);

CREATE TABLE dreams (
    id ${identity},
    owner_id BIGINT NOT NULL REFERENCES owners (id),
    dreamer_id BIGINT REFERENCES dreamers (id),
    report TEXT NOT NULL,
    original TEXT NOT NULL,
    dream_date VARCHAR(40),
    source VARCHAR(1000) NOT NULL,
    source_key VARCHAR(300) NOT NULL,
    series VARCHAR(200),
    content_hash CHAR(64) NOT NULL,
    visibility VARCHAR(10) DEFAULT 'private' NOT NULL CHECK (visibility IN ('private', 'shared', 'public')),
    title VARCHAR(500),
    metadata TEXT,
    repairs TEXT,
    created_at VARCHAR(40) NOT NULL,
    UNIQUE (owner_id, content_hash)
);
CREATE INDEX dreams_dreamer ON dreams (dreamer_id);
CREATE INDEX dreams_visibility ON dreams (visibility);

CREATE TABLE dream_sources (
    id ${identity},
    dream_id BIGINT NOT NULL REFERENCES dreams (id) ON DELETE CASCADE,
    source VARCHAR(1000) NOT NULL,
    source_key VARCHAR(300) NOT NULL,
    series VARCHAR(200),
    imported_at VARCHAR(40) NOT NULL,
    UNIQUE (dream_id, source, source_key)
);
CREATE INDEX dream_sources_series ON dream_sources (series);

CREATE TABLE codings (
    id ${identity},
    dream_id BIGINT NOT NULL REFERENCES dreams (id) ON DELETE CASCADE,
    coder_version VARCHAR(200) NOT NULL,
    card TEXT NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    UNIQUE (dream_id, coder_version)
);
CREATE INDEX codings_coder ON codings (coder_version);
