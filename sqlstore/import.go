package sqlstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"parity"
)

// errDryRun rolls back a dry run after every check has passed.
var errDryRun = errors.New("dry run")

// Import writes a batch in one transaction; see parity.Store.
func (s *Store) Import(ctx context.Context, l *parity.Ledger, opts parity.ImportOptions) (parity.ImportResult, error) {
	if opts.Origin == "" {
		opts.Origin = parity.OriginUser
	}
	res := parity.NewImportResult()
	run := s.inTx
	if s.engine == "sqlite" && l.Len() >= bulkThreshold {
		run = s.inBulkTx
	}
	err := run(ctx, func(tx querier) error {
		if err := s.write(ctx, tx, l, opts, false, &res); err != nil {
			return err
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		return parity.NewImportResult(), s.wrap("import", err)
	}
	return res, nil
}

// SyncDataset brings the bundled dataset to a version; see parity.Store.
func (s *Store) SyncDataset(ctx context.Context, l *parity.Ledger, version string) (parity.ImportResult, error) {
	res := parity.NewImportResult()
	err := s.inTx(ctx, func(tx querier) error {
		if v, err := getMeta(ctx, tx, "dataset_version"); err != nil || v == version {
			return err
		}
		// Stale records go first: a record renamed between versions keeps its URL
		// or content, which would otherwise collide with its old self.
		if err := s.removeStale(ctx, tx, l, &res); err != nil {
			return err
		}
		opts := parity.ImportOptions{Origin: parity.OriginDataset}
		if err := s.write(ctx, tx, l, opts, true, &res); err != nil {
			return err
		}
		return setMeta(ctx, tx, "dataset_version", version)
	})
	if err != nil {
		return parity.NewImportResult(), s.wrap("sync dataset", err)
	}
	return res, nil
}

// wrap adds the engine and operation to errors that are not the domain's own.
func (s *Store) wrap(op string, err error) error {
	if parity.ErrorOf(err) != nil {
		return err
	}
	var v parity.ValidationErrors
	if errors.As(err, &v) {
		return err
	}
	return &parity.Error{Code: parity.EINTERNAL, Message: fmt.Sprintf("%s: %s: %v", s.engine, op, err)}
}

// write validates the batch against the stored ledger and writes what is new. With
// sync, changed dataset records are replaced and user records holding an ID skip the
// dataset's; without it, a changed record is a conflict.
func (s *Store) write(ctx context.Context, tx querier, l *parity.Ledger, opts parity.ImportOptions, sync bool, res *parity.ImportResult) error {
	batch := l.IDs()
	stored, err := storedTypes(ctx, tx, outsideRefs(l, batch))
	if err != nil {
		return err
	}
	exists := func(id string) (parity.RecordType, bool) { t, ok := stored[id]; return t, ok }
	if err := l.Validate(s.g, exists); err != nil {
		return err
	}

	ids := make([]string, 0, len(batch))
	for id := range batch {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// Into an empty ledger nothing can collide: the lookups of existing IDs and URLs,
	// a tenth of a first import's time, are skipped.
	var empty bool
	if err := tx.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM records) AND NOT EXISTS (SELECT 1 FROM sources)`).Scan(&empty); err != nil {
		return err
	}
	origins := map[string]parity.Origin{}
	var verrs parity.ValidationErrors
	if !empty {
		if origins, err = storedOrigins(ctx, tx, ids); err != nil {
			return err
		}
		if err := s.checkURLs(ctx, tx, l, &verrs); err != nil {
			return err
		}
	}

	// Split the batch into records to insert, to replace, and to leave alone.
	var present []string
	for _, id := range ids {
		if _, ok := origins[id]; ok {
			present = append(present, id)
		}
	}
	old, err := loadByIDs(ctx, tx, present)
	if err != nil {
		return err
	}
	oldJSON := map[string][]byte{}
	for _, r := range old.Records() {
		b, _ := json.Marshal(r)
		oldJSON[parity.RecordID(r)] = b
	}
	fresh := &parity.Ledger{}
	var replace []string
	keep := func(id string, t parity.RecordType, rec any) bool {
		origin, ok := origins[id]
		if !ok {
			res.Added[t]++
			return true
		}
		b, _ := json.Marshal(rec)
		switch {
		case bytes.Equal(b, oldJSON[id]):
			res.Unchanged[t]++
			return false
		case sync && origin == parity.OriginUser:
			res.Skipped = append(res.Skipped, id)
			return false
		case sync:
			res.Updated[t]++
			replace = append(replace, id)
			return true
		}
		verrs = append(verrs, &parity.Error{Code: parity.ECONFLICT, Record: id, Field: "id", Message: "is already in the ledger with different content"})
		return false
	}
	for _, r := range l.Sources {
		if keep(r.ID, parity.TypeSource, r) {
			fresh.Sources = append(fresh.Sources, r)
		}
	}
	for _, r := range l.Missions {
		if keep(r.ID, parity.TypeMission, r) {
			fresh.Missions = append(fresh.Missions, r)
		}
	}
	for _, r := range l.Measures {
		if keep(r.ID, parity.TypeMeasure, r) {
			fresh.Measures = append(fresh.Measures, r)
		}
	}
	for _, r := range l.Observations {
		if keep(r.ID, parity.TypeObservation, r) {
			fresh.Observations = append(fresh.Observations, r)
		}
	}
	for _, r := range l.Assessments {
		if keep(r.ID, parity.TypeAssessment, r) {
			fresh.Assessments = append(fresh.Assessments, r)
		}
	}
	for _, r := range l.Sites {
		if keep(r.ID, parity.TypeSite, r) {
			fresh.Sites = append(fresh.Sites, r)
		}
	}
	if len(verrs) > 0 {
		return verrs
	}
	if err := deleteRecords(ctx, tx, replace); err != nil {
		return err
	}
	if s.engine == "sqlite" && fresh.Len() >= bulkThreshold {
		return withIndexesRebuilt(ctx, tx, func() error { return insertLedger(ctx, tx, fresh, opts) })
	}
	return insertLedger(ctx, tx, fresh, opts)
}

// bulkThreshold is the batch size from which a SQLite import builds its secondary
// indexes after inserting rather than during: sorting once beats placing 100,000
// entries one by one at random (22,000 → 40,000+ records/s at 100,000 measures).
const bulkThreshold = 20000

// withIndexesRebuilt drops SQLite's secondary indexes, runs fn and recreates them from
// their own stored definitions, all inside the caller's transaction: a failure rolls
// the drops back with everything else. Readers keep their snapshot meanwhile (WAL).
func withIndexesRebuilt(ctx context.Context, tx querier, fn func() error) error {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		return err
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return err
		}
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, name := range names {
		// Index names come from the database's own catalogue, not from input.
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+strings.ReplaceAll(name, `"`, `""`)+`"`); err != nil {
			return fmt.Errorf("drop index %s: %w", name, err)
		}
	}
	if err := fn(); err != nil {
		return err
	}
	for i, def := range defs {
		if _, err := tx.ExecContext(ctx, def); err != nil {
			return fmt.Errorf("rebuild index %s: %w", names[i], err)
		}
	}
	return nil
}

// outsideRefs lists the IDs the batch refers to that it does not define.
func outsideRefs(l *parity.Ledger, batch map[string]parity.RecordType) []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if _, in := batch[id]; !in && id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	prov := func(p *parity.Provenance) {
		for _, c := range p.Sources {
			add(c.Source)
		}
		for _, d := range p.Disputes {
			for _, s := range d.Sources {
				add(s)
			}
		}
	}
	for _, m := range l.Missions {
		prov(&m.Provenance)
	}
	for _, m := range l.Measures {
		prov(&m.Provenance)
		add(m.Mission)
		for _, r := range m.RespondsTo {
			add(r)
		}
	}
	for _, o := range l.Observations {
		prov(&o.Provenance)
	}
	for _, a := range l.Assessments {
		prov(&a.Provenance)
	}
	for _, s := range l.Sites {
		prov(&s.Provenance)
	}
	return out
}

// storedTypes returns the type of each of ids that is stored.
func storedTypes(ctx context.Context, q querier, ids []string) (map[string]parity.RecordType, error) {
	out := map[string]parity.RecordType{}
	for _, chunk := range chunks(ids, 500) {
		w, w2 := idsWhere(chunk), idsWhereFrom(len(chunk)+1, chunk)
		rows, err := q.QueryContext(ctx, `SELECT t.id, t.type FROM records t`+w.String()+` UNION ALL SELECT t.id, 'source' FROM sources t`+w2.String(), append(w.args, w2.args...)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, t string
			if err := rows.Scan(&id, &t); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = parity.RecordType(t)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// storedOrigins returns the origin of each of ids that is stored. Source IDs are
// looked up in sources and the others in records: asking both tables for every ID
// doubled the cost of a large import's check.
func storedOrigins(ctx context.Context, q querier, ids []string) (map[string]parity.Origin, error) {
	out := map[string]parity.Origin{}
	var srcs, recs []string
	for _, id := range ids {
		if parity.IDPrefix(id) == parity.TypeSource {
			srcs = append(srcs, id)
		} else {
			recs = append(recs, id)
		}
	}
	type lookup struct {
		table string
		ids   []string
	}
	for _, lk := range []lookup{{"records", recs}, {"sources", srcs}} {
		if err := originsIn(ctx, q, lk.table, lk.ids, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// originsIn reads the origin of ids from one table (a constant of this package).
func originsIn(ctx context.Context, q querier, table string, ids []string, out map[string]parity.Origin) error {
	for _, chunk := range chunks(ids, 500) {
		w := idsWhere(chunk)
		rows, err := q.QueryContext(ctx, `SELECT t.id, t.origin FROM `+table+` t`+w.String(), w.args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, o string
			if err := rows.Scan(&id, &o); err != nil {
				rows.Close()
				return err
			}
			out[id] = parity.Origin(o)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// checkURLs reports sources of the batch whose URL is stored under another ID.
func (s *Store) checkURLs(ctx context.Context, q querier, l *parity.Ledger, verrs *parity.ValidationErrors) error {
	byURL := map[string]string{}
	urls := make([]string, 0, len(l.Sources))
	for _, src := range l.Sources {
		byURL[src.URL] = src.ID
		urls = append(urls, src.URL)
	}
	for _, chunk := range chunks(urls, 500) {
		args := make([]any, len(chunk))
		for i, u := range chunk {
			args[i] = u
		}
		rows, err := q.QueryContext(ctx, `SELECT id, url FROM sources WHERE url IN (`+inList(1, len(chunk))+`)`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, u string
			if err := rows.Scan(&id, &u); err != nil {
				rows.Close()
				return err
			}
			if mine := byURL[u]; mine != id {
				*verrs = append(*verrs, &parity.Error{Code: parity.ECONFLICT, Record: mine, Field: "url", Message: "this URL is already source " + id + " in the ledger: cite that ID"})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// deleteRecords removes records (and, by cascade, their rows elsewhere) and sources.
// Foreign keys into them are deferred, so records re-inserted in the same
// transaction keep every reference valid.
func deleteRecords(ctx context.Context, tx querier, ids []string) error {
	for _, chunk := range chunks(ids, 500) {
		w := idsWhere(chunk)
		if _, err := tx.ExecContext(ctx, `DELETE FROM records AS t`+w.String(), w.args...); err != nil {
			return fmt.Errorf("delete records: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sources AS t`+w.String(), w.args...); err != nil {
			return fmt.Errorf("delete sources: %w", err)
		}
	}
	return nil
}

// insertLedger writes new records, table by table, in multi-row statements. Rows
// are made batch by batch from the ledger rather than all at once: holding a
// million boxed values alive made the garbage collector a fifth of an import.
func insertLedger(ctx context.Context, tx querier, l *parity.Ledger, opts parity.ImportOptions) error {
	origin := string(opts.Origin)
	total, done := l.Len(), 0
	progress := func(n int) {
		done += n
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
	}
	type provRow struct {
		id string
		t  parity.RecordType
		p  *parity.Provenance
	}
	type citeRow struct {
		id  string
		ord int
		c   *parity.Citation
	}
	type respRow struct {
		id, answers string
		ord         int
	}
	provs := make([]provRow, 0, l.Len()-len(l.Sources))
	var cites []citeRow
	var resps []respRow
	addProv := func(id string, t parity.RecordType, p *parity.Provenance) {
		provs = append(provs, provRow{id, t, p})
		for i := range p.Sources {
			cites = append(cites, citeRow{id, i, &p.Sources[i]})
		}
	}
	for i := range l.Missions {
		addProv(l.Missions[i].ID, parity.TypeMission, &l.Missions[i].Provenance)
	}
	for i := range l.Measures {
		m := l.Measures[i]
		addProv(m.ID, parity.TypeMeasure, &m.Provenance)
		for j, r := range m.RespondsTo {
			resps = append(resps, respRow{m.ID, r, j})
		}
	}
	for i := range l.Observations {
		addProv(l.Observations[i].ID, parity.TypeObservation, &l.Observations[i].Provenance)
	}
	for i := range l.Assessments {
		addProv(l.Assessments[i].ID, parity.TypeAssessment, &l.Assessments[i].Provenance)
	}
	for i := range l.Sites {
		addProv(l.Sites[i].ID, parity.TypeSite, &l.Sites[i].Provenance)
	}
	steps := []struct {
		table string
		cols  []string
		n     int
		row   rowFunc
		count int
	}{
		{"sources", []string{"id", "url", "outlet", "title", "published", "origin"}, len(l.Sources), func(i int, dst []any) ([]any, error) {
			r := l.Sources[i]
			return append(dst, r.ID, r.URL, r.Outlet, r.Title, r.Published.String(), origin), nil
		}, len(l.Sources)},
		{"records", []string{"id", "type", "origin", "disputes"}, len(provs), func(i int, dst []any) ([]any, error) {
			p := provs[i]
			disputes := ""
			if len(p.p.Disputes) > 0 {
				b, err := json.Marshal(p.p.Disputes)
				if err != nil {
					return nil, fmt.Errorf("%s: disputes: %w", p.id, err)
				}
				disputes = string(b)
			}
			return append(dst, p.id, string(p.t), origin, disputes), nil
		}, 0},
		{"missions", []string{"id", "sender", "host", "kind", "organization", "name", "city", "lat", "lon", "opened", "closed", "note"}, len(l.Missions), func(i int, dst []any) ([]any, error) {
			m := l.Missions[i]
			return append(dst, m.ID, m.Sender, m.Host, string(m.Kind), m.Organization, m.Name, m.City, nullFloat(m.Lat), nullFloat(m.Lon), m.Opened.String(), m.Closed.String(), m.Note), nil
		}, len(l.Missions)},
		{"measures", []string{"id", "kind", "actor", "target", "date_text", "date_start", "date_end", "count_min", "count_max", "qualifier", "cap", "mission", "place", "reason", "cameo", "plover", "note"}, len(l.Measures), func(i int, dst []any) ([]any, error) {
			m := l.Measures[i]
			var lo, hi any
			qual := ""
			if m.Count != nil {
				lo, hi, qual = nullInt(m.Count.Min), nullInt(m.Count.Max), string(m.Count.Qualifier)
			}
			var mission any
			if m.Mission != "" {
				mission = m.Mission
			}
			return append(dst, m.ID, string(m.Kind), m.Actor, m.Target, m.Date.String(), day(m.Date.Start), day(m.Date.End), lo, hi, qual, string(m.Cap), mission, m.Place, m.Reason, m.CAMEO, m.PLOVER, m.Note), nil
		}, len(l.Measures)},
		{"responses", []string{"measure_id", "ord", "answers_id"}, len(resps), func(i int, dst []any) ([]any, error) {
			r := resps[i]
			return append(dst, r.id, r.ord, r.answers), nil
		}, 0},
		{"observations", []string{"id", "sender", "host", "date_text", "date_start", "date_end", "category", "count_min", "count_max", "qualifier", "note"}, len(l.Observations), func(i int, dst []any) ([]any, error) {
			o := l.Observations[i]
			return append(dst, o.ID, o.Sender, o.Host, o.Date.String(), day(o.Date.Start), day(o.Date.End), string(o.Category), nullInt(o.Count.Min), nullInt(o.Count.Max), string(o.Count.Qualifier), o.Note), nil
		}, len(l.Observations)},
		{"assessments", []string{"id", "kind", "sender", "host", "date_text", "date_start", "date_end", "value_min", "value_max", "qualifier", "note"}, len(l.Assessments), func(i int, dst []any) ([]any, error) {
			a := l.Assessments[i]
			return append(dst, a.ID, string(a.Kind), a.Sender, a.Host, a.Date.String(), day(a.Date.Start), day(a.Date.End), nullFloat(a.Value.Min), nullFloat(a.Value.Max), string(a.Value.Qualifier), a.Note), nil
		}, len(l.Assessments)},
		{"sites", []string{"id", "country", "name", "kind", "lat", "lon", "note"}, len(l.Sites), func(i int, dst []any) ([]any, error) {
			s := l.Sites[i]
			return append(dst, s.ID, s.Country, s.Name, string(s.Kind), s.Lat, s.Lon, s.Note), nil
		}, len(l.Sites)},
		{"citations", []string{"record_id", "ord", "source_id", "quote", "note"}, len(cites), func(i int, dst []any) ([]any, error) {
			c := cites[i]
			return append(dst, c.id, c.ord, c.c.Source, c.c.Quote, c.c.Note), nil
		}, 0},
	}
	for _, st := range steps {
		if _, err := insertEach(ctx, tx, st.table, st.cols, st.n, st.row, ""); err != nil {
			return err
		}
		progress(st.count)
	}
	return nil
}

// day formats a day for the date_start and date_end columns.
func day(t interface{ Format(string) string }) string { return t.Format("2006-01-02") }

// removeStale deletes dataset records that the new dataset no longer has, except
// those a user record still refers to (reported as skipped).
func (s *Store) removeStale(ctx context.Context, tx querier, l *parity.Ledger, res *parity.ImportResult) error {
	keep := l.IDs()
	protected := map[string]bool{}
	for _, q := range []string{
		`SELECT x.answers_id FROM responses x JOIN records r ON r.id = x.measure_id WHERE r.origin = 'user'`,
		`SELECT m.mission FROM measures m JOIN records r ON r.id = m.id WHERE r.origin = 'user' AND m.mission IS NOT NULL`,
		`SELECT c.source_id FROM citations c JOIN records r ON r.id = c.record_id WHERE r.origin = 'user'`,
	} {
		ids, err := column(ctx, tx, q)
		if err != nil {
			return err
		}
		for _, id := range ids {
			protected[id] = true
		}
	}
	stale, err := column(ctx, tx, `SELECT id FROM records WHERE origin = 'dataset' UNION ALL SELECT id FROM sources WHERE origin = 'dataset'`)
	if err != nil {
		return err
	}
	var drop []string
	for _, id := range stale {
		if _, ok := keep[id]; ok {
			continue
		}
		if protected[id] {
			res.Skipped = append(res.Skipped, id)
			continue
		}
		drop = append(drop, id)
		res.Removed[parity.IDPrefix(id)]++
	}
	return deleteRecords(ctx, tx, drop)
}

// column returns the first column of a query's rows.
func column(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
