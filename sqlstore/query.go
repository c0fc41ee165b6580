package sqlstore

import (
	"context"
	"fmt"

	"parity"
)

// Measures returns the measures that match the filter, by date then ID.
func (s *Store) Measures(ctx context.Context, f parity.MeasureFilter) ([]*parity.Measure, error) {
	w := &where{}
	switch {
	case f.Dyad && f.Actor != "" && f.Target != "":
		w.add("((t.actor = ? AND t.target = ?) OR (t.actor = ? AND t.target = ?))", f.Actor, f.Target, f.Target, f.Actor)
	case f.Dyad && (f.Actor != "" || f.Target != ""):
		c := f.Actor + f.Target
		w.add("(t.actor = ? OR t.target = ?)", c, c)
	default:
		if f.Actor != "" {
			w.add("t.actor = ?", f.Actor)
		}
		if f.Target != "" {
			w.add("t.target = ?", f.Target)
		}
	}
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	if !f.Since.IsZero() {
		w.add("t.date_end >= ?", day(f.Since.Start))
	}
	if !f.Until.IsZero() {
		w.add("t.date_start <= ?", day(f.Until.End))
	}
	tail := " ORDER BY t.date_start, t.id"
	if f.Limit > 0 {
		tail += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	out, err := loadMeasures(ctx, s.conn(s.db), w, tail)
	if err != nil {
		return nil, s.wrap("measures", err)
	}
	return out, nil
}

// dyadWhere selects one direction of a dyad, or both.
func dyadWhere(f parity.DyadFilter) *where {
	w := &where{}
	if f.Both && f.Sender != "" && f.Host != "" {
		w.add("((t.sender = ? AND t.host = ?) OR (t.sender = ? AND t.host = ?))", f.Sender, f.Host, f.Host, f.Sender)
		return w
	}
	if f.Sender != "" {
		w.add("t.sender = ?", f.Sender)
	}
	if f.Host != "" {
		w.add("t.host = ?", f.Host)
	}
	return w
}

// Observations returns head-counts, by date then ID.
func (s *Store) Observations(ctx context.Context, f parity.DyadFilter) ([]*parity.Observation, error) {
	out, err := loadObservations(ctx, s.conn(s.db), dyadWhere(f), " ORDER BY t.date_start, t.id")
	if err != nil {
		return nil, s.wrap("observations", err)
	}
	return out, nil
}

// Assessments returns estimates, by date then ID.
func (s *Store) Assessments(ctx context.Context, f parity.DyadFilter) ([]*parity.Assessment, error) {
	out, err := loadAssessments(ctx, s.conn(s.db), dyadWhere(f), " ORDER BY t.date_start, t.id")
	if err != nil {
		return nil, s.wrap("assessments", err)
	}
	return out, nil
}

// Missions returns missions, by sender, host, then ID.
func (s *Store) Missions(ctx context.Context, f parity.MissionFilter) ([]*parity.Mission, error) {
	w := dyadWhere(parity.DyadFilter{Sender: f.Sender, Host: f.Host})
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	out, err := loadMissions(ctx, s.conn(s.db), w, " ORDER BY t.sender, t.host, t.id")
	if err != nil {
		return nil, s.wrap("missions", err)
	}
	return out, nil
}

// Sites returns sensitive sites, by country then ID.
func (s *Store) Sites(ctx context.Context, f parity.SiteFilter) ([]*parity.Site, error) {
	w := &where{}
	if f.Country != "" {
		w.add("t.country = ?", f.Country)
	}
	if f.Kind != "" {
		w.add("t.kind = ?", string(f.Kind))
	}
	out, err := loadSites(ctx, s.conn(s.db), w, " ORDER BY t.country, t.id")
	if err != nil {
		return nil, s.wrap("sites", err)
	}
	return out, nil
}

// Sources returns the sources with the given IDs, or all of them.
func (s *Store) Sources(ctx context.Context, ids []string) ([]*parity.Source, error) {
	out, err := loadSources(ctx, s.conn(s.db), ids)
	if err != nil {
		return nil, s.wrap("sources", err)
	}
	return out, nil
}

// Record returns one record by ID.
func (s *Store) Record(ctx context.Context, id string) (any, error) {
	if parity.IDPrefix(id) == "" {
		return nil, parity.Errorf(parity.ENOTFOUND, "%q is not a record ID (IDs start with s-, ms-, m-, o- or a-)", id)
	}
	l, err := loadByIDs(ctx, s.conn(s.db), []string{id})
	if err != nil {
		return nil, s.wrap("record", err)
	}
	recs := l.Records()
	if len(recs) == 0 {
		return nil, parity.Errorf(parity.ENOTFOUND, "no record %s in the ledger", id)
	}
	return recs[0], nil
}

// Answers returns the measures that state they answer measure id.
func (s *Store) Answers(ctx context.Context, id string) ([]string, error) {
	out, err := column(ctx, s.conn(s.db), `SELECT measure_id FROM responses WHERE answers_id = $1 ORDER BY measure_id`, id)
	if err != nil {
		return nil, s.wrap("answers", err)
	}
	return out, nil
}

// Export returns the whole ledger, each type sorted by ID, read in one transaction so
// that it is a consistent snapshot.
func (s *Store) Export(ctx context.Context) (*parity.Ledger, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.wrap("export", err)
	}
	defer tx.Rollback()
	q := s.conn(tx)
	l := &parity.Ledger{}
	all, order := &where{}, " ORDER BY t.id"
	if l.Sources, err = loadSources(ctx, q, nil); err == nil {
		if l.Missions, err = loadMissions(ctx, q, all, order); err == nil {
			if l.Measures, err = loadMeasures(ctx, q, all, order); err == nil {
				if l.Observations, err = loadObservations(ctx, q, all, order); err == nil {
					if l.Assessments, err = loadAssessments(ctx, q, all, order); err == nil {
						l.Sites, err = loadSites(ctx, q, all, order)
					}
				}
			}
		}
	}
	if err != nil {
		return nil, s.wrap("export", err)
	}
	return l, nil
}

// Stats summarises the ledger.
func (s *Store) Stats(ctx context.Context) (*parity.Stats, error) {
	st := &parity.Stats{Records: map[parity.RecordType]int{}, MeasureKinds: map[string]int{}, ByActor: map[string]int{}, ByYear: map[string]int{}}
	counts := []struct {
		query string
		into  map[string]int
	}{
		{`SELECT kind, COUNT(*) FROM measures GROUP BY kind`, st.MeasureKinds},
		{`SELECT actor, COUNT(*) FROM measures GROUP BY actor`, st.ByActor},
		{`SELECT SUBSTR(date_start, 1, 4), COUNT(*) FROM measures GROUP BY SUBSTR(date_start, 1, 4)`, st.ByYear},
	}
	for _, c := range counts {
		if err := groupCounts(ctx, s, c.query, c.into); err != nil {
			return nil, s.wrap("stats", err)
		}
	}
	types := map[string]int{}
	if err := groupCounts(ctx, s, `SELECT type, COUNT(*) FROM records GROUP BY type UNION ALL SELECT 'source', COUNT(*) FROM sources`, types); err != nil {
		return nil, s.wrap("stats", err)
	}
	for t, n := range types {
		st.Records[parity.RecordType(t)] = n
	}
	single := []struct {
		query string
		into  *int
	}{
		{`SELECT COUNT(*) FROM (SELECT record_id FROM citations GROUP BY record_id HAVING COUNT(DISTINCT source_id) >= 2) x`, &st.MultiSourced},
		{`SELECT COUNT(*) FROM records`, &st.Cited},
		{`SELECT COUNT(*) FROM records WHERE disputes <> ''`, &st.Disputed},
		{`SELECT COUNT(DISTINCT x.code) FROM (SELECT actor AS code FROM measures UNION SELECT target FROM measures
			UNION SELECT sender FROM observations UNION SELECT host FROM observations
			UNION SELECT sender FROM missions UNION SELECT host FROM missions
			UNION SELECT sender FROM assessments UNION SELECT host FROM assessments
			UNION SELECT country FROM sites) x
			JOIN actors a ON a.code = x.code WHERE a.kind = 'country'`, &st.States},
	}
	for _, q := range single {
		if err := s.conn(s.db).QueryRowContext(ctx, q.query).Scan(q.into); err != nil {
			return nil, s.wrap("stats", err)
		}
	}
	v, err := s.DatasetVersion(ctx)
	if err != nil {
		return nil, err
	}
	st.Dataset = v
	return st, nil
}

// groupCounts reads (key, count) rows into a map.
func groupCounts(ctx context.Context, s *Store, query string, into map[string]int) error {
	rows, err := s.conn(s.db).QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		into[k] += n
	}
	return rows.Err()
}
