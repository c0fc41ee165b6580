-- News documents, stored once by the hash of their cleaned body, with their story
-- cluster and the MinHash signature that lets clustering resume on the next ingest.
CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    title     TEXT NOT NULL,
    url       TEXT NOT NULL,
    outlet    TEXT NOT NULL,
    published TEXT NOT NULL,
    format    TEXT NOT NULL,
    body      TEXT NOT NULL,
    cluster   TEXT NOT NULL,
    signature TEXT NOT NULL,
    shingles  BIGINT NOT NULL,
    seq       BIGINT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX documents_cluster ON documents (cluster);
CREATE INDEX documents_seq ON documents (seq);
