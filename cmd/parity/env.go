package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"parity"
	"parity/dataset"
	"parity/postgres"
	"parity/sqlite"
)

// Env is what a running command needs: the program's streams and, opened on first
// use, the store.
type Env struct {
	*Main
	DSN   string
	store parity.Store
}

// isPostgres reports whether a DSN names a PostgreSQL server.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Exists reports whether the database already exists (a server always does).
func (e *Env) Exists() bool {
	if isPostgres(e.DSN) {
		return true
	}
	_, err := os.Stat(e.DSN)
	return !errors.Is(err, fs.ErrNotExist)
}

// Gazetteer returns the known actors.
func (e *Env) Gazetteer() *parity.Gazetteer {
	g, err := dataset.Gazetteer()
	if err != nil {
		// The gazetteer is embedded and tested: failing here is a broken build.
		panic(err)
	}
	return g
}

// Store opens the database on first use. A database that has never been loaded gets
// the bundled dataset first, so that any command works on a fresh clone.
func (e *Env) Store(ctx context.Context) (parity.Store, error) {
	if e.store != nil {
		return e.store, nil
	}
	var s parity.Store
	var err error
	if isPostgres(e.DSN) {
		s, err = postgres.Open(ctx, e.DSN, e.Gazetteer())
	} else {
		s, err = sqlite.Open(ctx, e.DSN, e.Gazetteer())
	}
	if err != nil {
		return nil, err
	}
	e.store = s
	v, err := s.DatasetVersion(ctx)
	if err != nil {
		return nil, err
	}
	switch {
	case v == "":
		if _, err := e.syncDataset(ctx); err != nil {
			return nil, err
		}
	case v != dataset.Version():
		fmt.Fprintf(e.Stderr, "parity: the bundled dataset (%s) is newer than this database's (%s): run 'parity init' to update it\n", dataset.Version(), v)
	}
	return s, nil
}

// syncDataset loads the bundled dataset into the store.
func (e *Env) syncDataset(ctx context.Context) (parity.ImportResult, error) {
	l, err := dataset.Load()
	if err != nil {
		return parity.ImportResult{}, fmt.Errorf("bundled dataset: %w", err)
	}
	res, err := e.store.SyncDataset(ctx, l, dataset.Version())
	if err != nil {
		return res, fmt.Errorf("load bundled dataset into %s: %w", e.DSN, err)
	}
	return res, nil
}

// Close closes the store if it was opened.
func (e *Env) Close() {
	if e.store != nil {
		e.store.Close()
	}
}

// code checks and normalises a country or organisation code given on the command line.
func (e *Env) code(flagName, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	c := parity.NormalizeCode(v)
	if !e.Gazetteer().Has(c) {
		return "", usagef("%s: unknown country or organisation code %q (use ISO 3166-1 alpha-3, e.g. USA, RUS, CZE)", flagName, v)
	}
	return c, nil
}

// date parses a date given on the command line.
func date(flagName, v string) (parity.Date, error) {
	if v == "" {
		return parity.Date{}, nil
	}
	d, err := parity.ParseDate(v)
	if err != nil {
		return parity.Date{}, usagef("%s: %v", flagName, err)
	}
	return d, nil
}
