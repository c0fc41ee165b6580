package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"parity"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a parity.Store on a SQL database.
type Store struct {
	db     *sql.DB
	engine string
	g      *parity.Gazetteer
}

var _ parity.Store = (*Store)(nil)

// Open migrates the database to the current schema, loads the actors of the gazetteer
// and returns the store. engine names the database in errors ("sqlite", "postgres").
func Open(ctx context.Context, db *sql.DB, engine string, g *parity.Gazetteer) (*Store, error) {
	s := &Store{db: db, engine: engine, g: g}
	if err := s.migrate(ctx); err != nil {
		return nil, fmt.Errorf("%s: migrate: %w", engine, err)
	}
	if err := s.syncActors(ctx); err != nil {
		return nil, fmt.Errorf("%s: load actors: %w", engine, err)
	}
	return s, nil
}

// DB returns the underlying database, for tests and benchmarks.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the embedded migrations not yet applied, each in its transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		version := strings.TrimSuffix(strings.TrimPrefix(name, "migrations/"), ".sql")
		err := s.inTx(ctx, func(tx querier) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			body, err := migrations.ReadFile(name)
			if err != nil {
				return err
			}
			withoutRowID := ""
			if s.engine == "sqlite" {
				withoutRowID = "WITHOUT ROWID"
			}
			for _, stmt := range splitStatements(strings.ReplaceAll(string(body), "/*WITHOUT ROWID*/", withoutRowID)) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, version)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// splitStatements splits a migration at semicolons that end a line, dropping comments.
func splitStatements(body string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, cur.String())
	}
	return out
}

// syncActors writes the gazetteer's actors when they differ from those stored, so
// that foreign keys check every code and a new release's gazetteer lands by itself.
func (s *Store) syncActors(ctx context.Context) error {
	actors := s.g.Actors()
	body, err := json.Marshal(actors)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(body)
	version := hex.EncodeToString(sum[:8])
	return s.inTx(ctx, func(tx querier) error {
		if v, err := getMeta(ctx, tx, "actors_version"); err != nil || v == version {
			return err
		}
		rows := make([][]any, 0, len(actors))
		for _, a := range actors {
			b, err := json.Marshal(a)
			if err != nil {
				return err
			}
			rows = append(rows, []any{a.Code, string(a.Kind), a.Name, string(b)})
		}
		if err := insertRows(ctx, tx, "actors", []string{"code", "kind", "name", "body"}, rows,
			"ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, body = excluded.body"); err != nil {
			return err
		}
		return setMeta(ctx, tx, "actors_version", version)
	})
}

// inTx runs fn in a transaction, committing once when it returns nil and rolling
// back otherwise (the deferred rollback is a no-op after a commit).
func (s *Store) inTx(ctx context.Context, fn func(tx querier) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(s.conn(tx)); err != nil {
		return err
	}
	return tx.Commit()
}

// inBulkTx runs fn like inTx, for a large SQLite import: on a connection of its own
// with row-by-row foreign-key checks off, a quarter of the import's time spent
// probing parents. Nothing is lost by it: write has already checked every reference
// of the batch (sources, missions, answered measures, actor codes) against the batch
// and the stored ledger, inside this same write-locked transaction, and refused the
// whole batch on the first dangling one (conformance test BulkImportChecksReferences).
// A full PRAGMA foreign_key_check afterwards repeated that check over every row of
// the database, a tenth of a 100,000-record import, and was dropped.
// (SQLite ignores PRAGMA foreign_keys inside a transaction, hence the connection.)
func (s *Store) inBulkTx(ctx context.Context, fn func(tx querier) error) error {
	c, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return err
	}
	// Whatever happens, the connection goes back to the pool with its checks on.
	defer c.ExecContext(context.Background(), `PRAGMA foreign_keys = ON`)
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(s.conn(tx)); err != nil {
		return err
	}
	return tx.Commit()
}

// querier is what both *sql.DB and *sql.Tx offer for reads.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// getMeta returns a meta value, "" when unset.
func getMeta(ctx context.Context, q querier, key string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = $1`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, err
}

// setMeta sets a meta value.
func setMeta(ctx context.Context, q querier, key, value string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// maxParams bounds the placeholders of one statement: SQLite allows 32,766 and
// PostgreSQL 65,535; batches stay well under both.
const maxParams = 30000

// insertRows writes rows in multi-row INSERT statements (see insertEach).
func insertRows(ctx context.Context, tx querier, table string, cols []string, rows [][]any, suffix string) error {
	_, err := insertEach(ctx, tx, table, cols, len(rows), func(i int, dst []any) ([]any, error) {
		return append(dst, rows[i]...), nil
	}, suffix)
	return err
}

// rowFunc appends the values of row i to dst.
type rowFunc func(i int, dst []any) ([]any, error)

// insertEach writes n rows, made by row one batch at a time, in multi-row INSERT
// statements. table and cols are constants of this package; only placeholders carry
// values. The statement for a full batch is prepared once and reused: preparing it
// again for every batch cost an eighth of an import's time. It returns how many rows
// were written, which is fewer than n when suffix skips conflicts.
func insertEach(ctx context.Context, tx querier, table string, cols []string, n int, row rowFunc, suffix string) (int64, error) {
	if n == 0 {
		return 0, nil
	}
	var written int64
	per := min(maxParams/len(cols), 1000)
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	args := make([]any, 0, per*len(cols))
	for start := 0; start < n; start += per {
		end := min(start+per, n)
		args = args[:0]
		for i := start; i < end; i++ {
			var err error
			if args, err = row(i, args); err != nil {
				return written, fmt.Errorf("insert into %s: %w", table, err)
			}
		}
		var res sql.Result
		var err error
		if end-start == per {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, head+placeholders(per, len(cols))+" "+suffix); err != nil {
					return written, fmt.Errorf("insert into %s: %w", table, err)
				}
			}
			res, err = full.ExecContext(ctx, args...)
		} else {
			res, err = tx.ExecContext(ctx, head+placeholders(end-start, len(cols))+" "+suffix, args...)
		}
		if err != nil {
			return written, fmt.Errorf("insert into %s: %w", table, err)
		}
		k, err := res.RowsAffected()
		if err != nil {
			return written, fmt.Errorf("insert into %s: %w", table, err)
		}
		written += k
	}
	return written, nil
}

// placeholders returns "($1, $2), ($3, $4)" for n rows of k columns.
func placeholders(n, k int) string {
	var b strings.Builder
	p := 1
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j := 0; j < k; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(p))
			p++
		}
		b.WriteByte(')')
	}
	return b.String()
}

// inList returns "$a, $b, ..." for n values starting at placeholder first.
func inList(first, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(first + i))
	}
	return b.String()
}

// chunks splits ids into slices small enough for one IN list.
func chunks(ids []string, size int) [][]string {
	var out [][]string
	for len(ids) > size {
		out = append(out, ids[:size])
		ids = ids[size:]
	}
	if len(ids) > 0 {
		out = append(out, ids)
	}
	return out
}

// DatasetVersion returns the version of the bundled dataset last synced.
func (s *Store) DatasetVersion(ctx context.Context) (string, error) {
	v, err := getMeta(ctx, s.conn(s.db), "dataset_version")
	if err != nil {
		return "", fmt.Errorf("%s: dataset version: %w", s.engine, err)
	}
	return v, nil
}
