-- Web app accounts and login sessions. Portable SQL (SQLite and PostgreSQL); ${identity} as in V1.
-- Each account owns the dreams of one owner row; passwords are stored only as encoded Argon2id hashes
-- (salt and parameters inside the string), and sessions only by the SHA-256 of their cookie token.

CREATE TABLE accounts (
    id ${identity},
    owner_id BIGINT NOT NULL UNIQUE REFERENCES owners (id),
    username VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(300) NOT NULL,
    role VARCHAR(20) DEFAULT 'user' NOT NULL CHECK (role IN ('user', 'researcher')),
    created_at VARCHAR(40) NOT NULL
);

CREATE TABLE web_sessions (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token VARCHAR(100) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    expires_at VARCHAR(40) NOT NULL
);
CREATE INDEX web_sessions_account ON web_sessions (account_id);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);
