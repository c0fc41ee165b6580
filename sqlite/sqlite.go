// Package sqlite opens the ledger in a single SQLite file, the default store: nothing
// to install, pure Go (modernc.org/sqlite), so parity builds with CGO_ENABLED=0.
// The schema and queries live in package sqlstore, shared with PostgreSQL.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"parity"
	"parity/sqlstore"
)

// Open opens (creating if needed) the SQLite database at path, in WAL mode with
// foreign keys on, and migrates it.
func Open(ctx context.Context, path string, g *parity.Gazetteer) (*sqlstore.Store, error) {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)", "cache_size(-65536)"} {
		q.Add("_pragma", p)
	}
	// A 64 MiB page cache keeps the indexes of a large import in memory.
	// Write transactions take the lock at BEGIN, so two writers queue instead of
	// failing with "database is locked" half-way through.
	q.Set("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	s, err := sqlstore.Open(ctx, db, "sqlite", g)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}
