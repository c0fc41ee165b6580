package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

// conn runs queries written with PostgreSQL's $1, $2 ... placeholders on either engine.
// For SQLite it rewrites them to anonymous "?" parameters: SQLite treats "$1" as a
// named parameter and looks names up linearly, which makes a 500-row INSERT
// (thousands of parameters) quadratic — 1,000 records/s instead of tens of thousands.
// Every query of this package numbers its parameters 1..n in order, each once, so the
// rewrite is exact; rewrite panics if a query breaks that rule.
type conn struct {
	q          querier
	positional bool
}

// conn wraps a database or transaction for this store's engine.
func (s *Store) conn(q querier) *conn { return &conn{q: q, positional: s.engine == "sqlite"} }

// QueryContext runs a query.
func (c *conn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return c.q.QueryContext(ctx, c.rewrite(query), args...)
}

// QueryRowContext runs a query for one row.
func (c *conn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return c.q.QueryRowContext(ctx, c.rewrite(query), args...)
}

// ExecContext runs a statement.
func (c *conn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return c.q.ExecContext(ctx, c.rewrite(query), args...)
}

// rewrite turns $1..$n into ? for SQLite, outside string literals.
func (c *conn) rewrite(query string) string {
	if !c.positional {
		return query
	}
	out := make([]byte, 0, len(query))
	next := 1
	quoted := false
	for i := 0; i < len(query); i++ {
		ch := query[i]
		if ch == '\'' {
			quoted = !quoted
		}
		if ch != '$' || quoted || i+1 >= len(query) || query[i+1] < '0' || query[i+1] > '9' {
			out = append(out, ch)
			continue
		}
		j := i + 1
		for j < len(query) && query[j] >= '0' && query[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(query[i+1 : j])
		if n != next {
			panic(fmt.Sprintf("sqlstore: placeholder $%d out of order (want $%d) in %.80q", n, next, query))
		}
		next++
		out = append(out, '?')
		i = j - 1
	}
	return string(out)
}

// PrepareContext prepares a statement.
func (c *conn) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return c.q.PrepareContext(ctx, c.rewrite(query))
}
