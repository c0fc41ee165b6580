package sqlstore

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"

	"parity"
)

var _ parity.DocumentStore = (*Store)(nil)

// AddDocuments stores the documents whose IDs are new; see parity.DocumentStore.
func (s *Store) AddDocuments(ctx context.Context, docs []*parity.Document) (int, error) {
	added := 0
	err := s.inTx(ctx, func(tx querier) error {
		var next int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM documents`).Scan(&next); err != nil {
			return err
		}
		// A document already stored, or twice in the batch, is skipped by the
		// conflict clause rather than looked up first: the lookup cost a fifth of
		// storing. Its seq number is then unused, which only leaves a gap.
		n, err := insertEach(ctx, tx, "documents", []string{"id", "name", "title", "url", "outlet", "published", "format", "body", "cluster", "signature", "shingles", "seq"}, len(docs), func(i int, dst []any) ([]any, error) {
			d := docs[i]
			return append(dst, d.ID, d.Name, d.Title, d.URL, d.Outlet, d.Published.String(), string(d.Format), d.Body, d.Cluster, encodeSignature(d.Signature), int64(d.Shingles), next+int64(i)+1), nil
		}, "ON CONFLICT (id) DO NOTHING")
		added = int(n)
		return err
	})
	if err != nil {
		return 0, s.wrap("add documents", err)
	}
	return added, nil
}

// Documents returns every document without its body, in the order they were added.
func (s *Store) Documents(ctx context.Context) ([]*parity.Document, error) {
	out, err := s.documents(ctx, `SELECT id, name, title, url, outlet, published, format, '', cluster, '', shingles FROM documents ORDER BY seq`)
	if err != nil {
		return nil, s.wrap("documents", err)
	}
	return out, nil
}

// Document returns one document with its body.
func (s *Store) Document(ctx context.Context, id string) (*parity.Document, error) {
	out, err := s.documents(ctx, `SELECT id, name, title, url, outlet, published, format, body, cluster, '', shingles FROM documents WHERE id = $1`, id)
	if err != nil {
		return nil, s.wrap("document", err)
	}
	if len(out) == 0 {
		return nil, parity.Errorf(parity.ENOTFOUND, "no document %s", id)
	}
	return out[0], nil
}

// Signatures returns the latest n documents' signatures, oldest first.
func (s *Store) Signatures(ctx context.Context, n int) ([]parity.StoredSignature, error) {
	rows, err := s.conn(s.db).QueryContext(ctx, `SELECT id, cluster, seq, cluster_seq, signature, shingles FROM (
	SELECT d.id, d.cluster, d.seq, COALESCE((SELECT c.seq FROM documents c WHERE c.id = d.cluster), d.seq) AS cluster_seq, d.signature, d.shingles
	FROM documents d ORDER BY d.seq DESC LIMIT $1) t ORDER BY seq`, n)
	if err != nil {
		return nil, s.wrap("signatures", err)
	}
	defer rows.Close()
	var out []parity.StoredSignature
	for rows.Next() {
		var d parity.StoredSignature
		var sig string
		var shingles int64
		if err := rows.Scan(&d.ID, &d.Cluster, &d.Seq, &d.ClusterSeq, &sig, &shingles); err != nil {
			return nil, s.wrap("signatures", err)
		}
		if d.Signature, err = decodeSignature(sig); err != nil {
			return nil, s.wrap("signatures", fmt.Errorf("document %s: stored signature: %w", d.ID, err))
		}
		d.Shingles = int(shingles)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("signatures", err)
	}
	return out, nil
}

// RenameClusters moves documents between clusters; see parity.DocumentStore.
func (s *Store) RenameClusters(ctx context.Context, renames []parity.ClusterRename) error {
	if len(renames) == 0 {
		return nil
	}
	err := s.inTx(ctx, func(tx querier) error {
		for _, r := range renames {
			if _, err := tx.ExecContext(ctx, `UPDATE documents SET cluster = $1 WHERE cluster = $2`, r.To, r.From); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return s.wrap("rename clusters", err)
	}
	return nil
}

// documents runs a query of the eleven document columns.
func (s *Store) documents(ctx context.Context, query string, args ...any) ([]*parity.Document, error) {
	rows, err := s.conn(s.db).QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*parity.Document
	for rows.Next() {
		d := &parity.Document{}
		var published, format, sig string
		var shingles int64
		if err := rows.Scan(&d.ID, &d.Name, &d.Title, &d.URL, &d.Outlet, &published, &format, &d.Body, &d.Cluster, &sig, &shingles); err != nil {
			return nil, err
		}
		if d.Published, err = parseStoredDate(published); err != nil {
			return nil, fmt.Errorf("document %s: stored date: %w", d.ID, err)
		}
		if d.Signature, err = decodeSignature(sig); err != nil {
			return nil, fmt.Errorf("document %s: stored signature: %w", d.ID, err)
		}
		d.Format, d.Shingles = parity.DocumentFormat(format), int(shingles)
		out = append(out, d)
	}
	return out, rows.Err()
}

// encodeSignature packs a signature as base64 of little-endian uint32s: compact, and
// text in both engines.
func encodeSignature(sig []uint32) string {
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// decodeSignature reverses encodeSignature; "" is no signature.
func decodeSignature(s string) ([]uint32, error) {
	if s == "" {
		return nil, nil
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b)%4 != 0 {
		return nil, fmt.Errorf("malformed signature")
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out, nil
}
