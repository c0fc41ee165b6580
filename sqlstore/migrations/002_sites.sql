-- Sensitive sites: bases, nuclear and space facilities, intelligence headquarters and
-- defence plants, with their coordinates, for the analysis of missions near them.
CREATE TABLE sites (
    id      TEXT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES actors (code),
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    lat     DOUBLE PRECISION NOT NULL,
    lon     DOUBLE PRECISION NOT NULL,
    note    TEXT NOT NULL
) /*WITHOUT ROWID*/;
CREATE INDEX sites_country ON sites (country);
