// Package postgres opens the ledger in PostgreSQL, for a deployment shared by several
// analysts and ingestion workers. It uses pgx through database/sql; the schema and
// queries live in package sqlstore, shared with SQLite.
package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"parity"
	"parity/sqlstore"
)

// Open connects to the PostgreSQL server at url (postgres://...) and migrates the
// database. A search_path parameter in the URL selects the schema.
func Open(ctx context.Context, url string, g *parity.Gazetteer) (*sqlstore.Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	s, err := sqlstore.Open(ctx, db, "postgres", g)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Scratch creates a new, empty schema in the database at url and returns a URL that
// uses it, with a function that drops it. Tests and benchmarks use it to work on a
// shared server without touching anything else there.
func Scratch(ctx context.Context, url, schema string) (string, func(), error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return "", nil, fmt.Errorf("postgres: open: %w", err)
	}
	// The schema name is made by the caller from digits and letters, never from input;
	// quoting it keeps it an identifier whatever it holds.
	ident := `"` + strings.ReplaceAll(schema, `"`, `""`) + `"`
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+ident); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("postgres: create schema %s: %w", schema, err)
	}
	drop := func() {
		db.ExecContext(context.Background(), "DROP SCHEMA "+ident+" CASCADE")
		db.Close()
	}
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema, drop, nil
}
