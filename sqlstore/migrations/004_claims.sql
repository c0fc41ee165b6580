-- Claims extracted from documents, their review state, and every review decision.
-- A claim is stored whole as JSON (its fields are fixed by the claim format) with the
-- columns queries filter on beside it.
CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    actor       TEXT NOT NULL,
    target      TEXT NOT NULL,
    status      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    body        TEXT NOT NULL,
    seq         BIGINT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX claims_status ON claims (status, seq);
CREATE INDEX claims_dyad ON claims (kind, actor, target);

CREATE TABLE decisions (
    seq      BIGINT PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims (id),
    action   TEXT NOT NULL,
    who      TEXT NOT NULL,
    at       TEXT NOT NULL,
    changes  TEXT NOT NULL,
    reason   TEXT NOT NULL,
    record   TEXT NOT NULL,
    created  BIGINT NOT NULL
);
