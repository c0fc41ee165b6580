package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"parity"
)

var _ parity.ClaimStore = (*Store)(nil)

// AddClaims stores the claims whose IDs are new; see parity.ClaimStore.
func (s *Store) AddClaims(ctx context.Context, cs []*parity.StoredClaim) (int, error) {
	added := 0
	err := s.inTx(ctx, func(tx querier) error {
		ids := make([]string, 0, len(cs))
		for _, c := range cs {
			ids = append(ids, c.ID)
		}
		have := map[string]bool{}
		for _, chunk := range chunks(ids, 500) {
			w := idsWhere(chunk)
			found, err := column(ctx, tx, `SELECT t.id FROM claims t`+w.String(), w.args...)
			if err != nil {
				return err
			}
			for _, id := range found {
				have[id] = true
			}
		}
		var next int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM claims`).Scan(&next); err != nil {
			return err
		}
		var rows [][]any
		for _, c := range cs {
			if have[c.ID] {
				continue
			}
			have[c.ID] = true
			body, err := json.Marshal(&c.Claim)
			if err != nil {
				return fmt.Errorf("claim %s: %w", c.ID, err)
			}
			status := c.Status
			if status == "" {
				status = parity.ClaimPending
			}
			next++
			rows = append(rows, []any{c.ID, c.Claim.DocumentID, c.Claim.Kind, c.Claim.ActorCode(), c.Claim.TargetCode(), string(status), c.Record, string(body), next})
		}
		added = len(rows)
		return insertRows(ctx, tx, "claims", []string{"id", "document_id", "kind", "actor", "target", "status", "record_id", "body", "seq"}, rows, "")
	})
	if err != nil {
		return 0, s.wrap("add claims", err)
	}
	return added, nil
}

// Claims returns the claims the filter selects, in the order they were stored.
func (s *Store) Claims(ctx context.Context, f parity.ClaimFilter) ([]*parity.StoredClaim, error) {
	q := `SELECT id, document_id, status, record_id, body FROM claims`
	var args []any
	if f.Status != "" {
		q += ` WHERE status = $1`
		args = append(args, string(f.Status))
	}
	out, err := s.claims(ctx, s.db, q+` ORDER BY seq`, args...)
	if err != nil {
		return nil, s.wrap("claims", err)
	}
	return out, nil
}

// Claim returns one claim.
func (s *Store) Claim(ctx context.Context, id string) (*parity.StoredClaim, error) {
	out, err := s.claims(ctx, s.db, `SELECT id, document_id, status, record_id, body FROM claims WHERE id = $1`, id)
	if err != nil {
		return nil, s.wrap("claim", err)
	}
	if len(out) == 0 {
		return nil, parity.Errorf(parity.ENOTFOUND, "no claim %s (list them with: parity claims)", id)
	}
	return out[0], nil
}

func (s *Store) claims(ctx context.Context, q querier, query string, args ...any) ([]*parity.StoredClaim, error) {
	rows, err := s.conn(q).QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*parity.StoredClaim
	for rows.Next() {
		var c parity.StoredClaim
		var doc, status, body string
		if err := rows.Scan(&c.ID, &doc, &status, &c.Record, &body); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &c.Claim); err != nil {
			return nil, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		c.Claim.DocumentID = doc
		c.Status = parity.ClaimStatus(status)
		out = append(out, &c)
	}
	return out, rows.Err()
}

// Decide records a review decision with its effect on the ledger, in one transaction.
func (s *Store) Decide(ctx context.Context, d *parity.Decision, add *parity.Ledger, enrich *parity.Enrichment) error {
	err := s.inTx(ctx, func(tx querier) error {
		c := s.conn(tx)
		var status string
		if err := c.QueryRowContext(ctx, `SELECT status FROM claims WHERE id = $1`, d.Claim).Scan(&status); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return parity.Errorf(parity.ENOTFOUND, "no claim %s (list them with: parity claims)", d.Claim)
			}
			return err
		}
		if add != nil && add.Len() > 0 {
			// A document already cited by the ledger is cited under its existing ID.
			if err := s.reuseSources(ctx, tx, add); err != nil {
				return err
			}
			res := parity.NewImportResult()
			if err := s.write(ctx, tx, add, parity.ImportOptions{Origin: parity.OriginUser}, false, &res); err != nil {
				return err
			}
		}
		if enrich != nil {
			if err := s.enrich(ctx, tx, enrich); err != nil {
				return err
			}
		}
		newStatus := parity.ClaimRejected
		if d.Action == "accept" {
			newStatus = parity.ClaimAccepted
		}
		if _, err := c.ExecContext(ctx, `UPDATE claims SET status = $1, record_id = $2 WHERE id = $3`, string(newStatus), d.Record, d.Claim); err != nil {
			return err
		}
		var next int64
		if err := c.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM decisions`).Scan(&next); err != nil {
			return err
		}
		changes, err := json.Marshal(d.Changes)
		if err != nil {
			return err
		}
		created := int64(0)
		if d.Created {
			created = 1
		}
		d.Seq = next
		_, err = c.ExecContext(ctx, `INSERT INTO decisions (seq, claim_id, action, who, at, changes, reason, record, created) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			next, d.Claim, d.Action, d.Who, d.At.UTC().Format(time.RFC3339), string(changes), d.Reason, d.Record, created)
		return err
	})
	if err != nil {
		return s.wrap("review "+d.Claim, err)
	}
	return nil
}

// reuseSources points the batch's citations at sources the ledger already has for the
// same URL, and drops those sources from the batch.
func (s *Store) reuseSources(ctx context.Context, tx querier, l *parity.Ledger) error {
	rename := map[string]string{}
	kept := l.Sources[:0]
	for _, src := range l.Sources {
		var id string
		err := s.conn(tx).QueryRowContext(ctx, `SELECT id FROM sources WHERE url = $1`, src.URL).Scan(&id)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			kept = append(kept, src)
		case err != nil:
			return err
		default:
			rename[src.ID] = id
		}
	}
	l.Sources = kept
	if len(rename) == 0 {
		return nil
	}
	for _, r := range l.Records() {
		if p := parity.ProvenanceOf(r); p != nil {
			for i := range p.Sources {
				if to, ok := rename[p.Sources[i].Source]; ok {
					p.Sources[i].Source = to
				}
			}
		}
	}
	return nil
}

// enrich adds a citation (and its source, when new) to an existing record.
func (s *Store) enrich(ctx context.Context, tx querier, e *parity.Enrichment) error {
	c := s.conn(tx)
	var typ string
	if err := c.QueryRowContext(ctx, `SELECT type FROM records WHERE id = $1`, e.Record).Scan(&typ); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return parity.Errorf(parity.ENOTFOUND, "no ledger record %s", e.Record)
		}
		return err
	}
	srcID := e.Source.ID
	err := c.QueryRowContext(ctx, `SELECT id FROM sources WHERE url = $1`, e.Source.URL).Scan(&srcID)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if err := e.Source.Validate(); err != nil {
			return err
		}
		if _, err := c.ExecContext(ctx, `INSERT INTO sources (id, url, outlet, title, published, origin) VALUES ($1, $2, $3, $4, $5, $6)`,
			e.Source.ID, e.Source.URL, e.Source.Outlet, e.Source.Title, e.Source.Published.String(), string(parity.OriginUser)); err != nil {
			return err
		}
		srcID = e.Source.ID
	case err != nil:
		return err
	}
	var cited int
	if err := c.QueryRowContext(ctx, `SELECT COUNT(*) FROM citations WHERE record_id = $1 AND source_id = $2`, e.Record, srcID).Scan(&cited); err != nil {
		return err
	}
	if cited > 0 {
		return nil // the record already cites this document
	}
	var ord int64
	if err := c.QueryRowContext(ctx, `SELECT COALESCE(MAX(ord), -1) + 1 FROM citations WHERE record_id = $1`, e.Record).Scan(&ord); err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, `INSERT INTO citations (record_id, ord, source_id, quote, note) VALUES ($1, $2, $3, $4, $5)`, e.Record, ord, srcID, e.Citation.Quote, e.Citation.Note)
	return err
}

// Decisions returns every decision, oldest first.
func (s *Store) Decisions(ctx context.Context) ([]*parity.Decision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, claim_id, action, who, at, changes, reason, record, created FROM decisions ORDER BY seq`)
	if err != nil {
		return nil, s.wrap("decisions", err)
	}
	defer rows.Close()
	var out []*parity.Decision
	for rows.Next() {
		var d parity.Decision
		var at, changes string
		var created int64
		if err := rows.Scan(&d.Seq, &d.Claim, &d.Action, &d.Who, &at, &changes, &d.Reason, &d.Record, &created); err != nil {
			return nil, s.wrap("decisions", err)
		}
		d.At, _ = time.Parse(time.RFC3339, at)
		if changes != "" && changes != "null" {
			if err := json.Unmarshal([]byte(changes), &d.Changes); err != nil {
				return nil, s.wrap("decisions", err)
			}
		}
		d.Created = created == 1
		out = append(out, &d)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("decisions", err)
	}
	return out, nil
}
