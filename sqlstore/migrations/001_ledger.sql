-- The ledger schema, written once for both engines: SQLite and PostgreSQL accept the
-- same types here (TEXT, BIGINT, DOUBLE PRECISION) and the same deferrable foreign keys.
-- /*WITHOUT ROWID*/ after a table becomes WITHOUT ROWID on SQLite (one B-tree per table
-- keyed by its text ID instead of two) and nothing on PostgreSQL.
-- Dates are kept in the compact text form ("2018-03-26", "2023-10", "2017") plus the
-- first and last day covered, as ISO text that sorts and compares correctly.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) /*WITHOUT ROWID*/;

CREATE TABLE actors (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL
) /*WITHOUT ROWID*/;

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    url       TEXT NOT NULL UNIQUE,
    outlet    TEXT NOT NULL,
    title     TEXT NOT NULL,
    published TEXT NOT NULL,
    origin    TEXT NOT NULL
) /*WITHOUT ROWID*/;

-- Every record but a source has a row here: IDs are unique across types, and
-- citations point at one table whatever the record's type.
CREATE TABLE records (
    id       TEXT PRIMARY KEY,
    type     TEXT NOT NULL,
    origin   TEXT NOT NULL,
    disputes TEXT NOT NULL
) /*WITHOUT ROWID*/;

CREATE TABLE citations (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       BIGINT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    quote     TEXT NOT NULL,
    note      TEXT NOT NULL,
    PRIMARY KEY (record_id, ord)
) /*WITHOUT ROWID*/;
CREATE INDEX citations_source ON citations (source_id);

CREATE TABLE missions (
    id           TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    sender       TEXT NOT NULL REFERENCES actors (code),
    host         TEXT NOT NULL REFERENCES actors (code),
    kind         TEXT NOT NULL,
    organization TEXT NOT NULL,
    name         TEXT NOT NULL,
    city         TEXT NOT NULL,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    opened       TEXT NOT NULL,
    closed       TEXT NOT NULL,
    note         TEXT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX missions_dyad ON missions (sender, host);

CREATE TABLE measures (
    id         TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    actor      TEXT NOT NULL REFERENCES actors (code),
    target     TEXT NOT NULL REFERENCES actors (code),
    date_text  TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end   TEXT NOT NULL,
    count_min  BIGINT,
    count_max  BIGINT,
    qualifier  TEXT NOT NULL,
    cap        TEXT NOT NULL,
    mission    TEXT REFERENCES missions (id) DEFERRABLE INITIALLY DEFERRED,
    place      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    cameo      TEXT NOT NULL,
    plover     TEXT NOT NULL,
    note       TEXT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX measures_dyad ON measures (actor, target, date_start);
CREATE INDEX measures_target ON measures (target, date_start);

-- responds_to: which earlier measures a measure answers, as the sources state it.
CREATE TABLE responses (
    measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    ord        BIGINT NOT NULL,
    answers_id TEXT NOT NULL REFERENCES measures (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (measure_id, ord)
) /*WITHOUT ROWID*/;
CREATE INDEX responses_answers ON responses (answers_id);

CREATE TABLE observations (
    id         TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    sender     TEXT NOT NULL REFERENCES actors (code),
    host       TEXT NOT NULL REFERENCES actors (code),
    date_text  TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end   TEXT NOT NULL,
    category   TEXT NOT NULL,
    count_min  BIGINT,
    count_max  BIGINT,
    qualifier  TEXT NOT NULL,
    note       TEXT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX observations_dyad ON observations (sender, host, date_start);

CREATE TABLE assessments (
    id         TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    sender     TEXT NOT NULL REFERENCES actors (code),
    host       TEXT NOT NULL REFERENCES actors (code),
    date_text  TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end   TEXT NOT NULL,
    value_min  DOUBLE PRECISION,
    value_max  DOUBLE PRECISION,
    qualifier  TEXT NOT NULL,
    note       TEXT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX assessments_dyad ON assessments (sender, host, date_start);
