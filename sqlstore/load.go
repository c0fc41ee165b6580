package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"parity"
)

// where is a WHERE clause built from fixed fragments, with its arguments.
type where struct {
	parts []string
	args  []any
}

// add appends a fragment whose "?" marks the next placeholder.
func (w *where) add(fragment string, args ...any) {
	for _, a := range args {
		w.args = append(w.args, a)
		fragment = strings.Replace(fragment, "?", fmt.Sprintf("$%d", len(w.args)), 1)
	}
	w.parts = append(w.parts, fragment)
}

// String returns " WHERE a AND b", or "" when empty.
func (w *where) String() string {
	if len(w.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.parts, " AND ")
}

// idsWhere returns a clause selecting the given IDs of table alias t.
func idsWhere(ids []string) *where { return idsWhereFrom(1, ids) }

// idsWhereFrom is idsWhere with placeholders numbered from first, for a query that
// holds two such clauses.
func idsWhereFrom(first int, ids []string) *where {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return &where{parts: []string{"t.id IN (" + inList(first, len(ids)) + ")"}, args: args}
}

// nullInt maps an optional count bound to SQL.
func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}

// nullFloat maps an optional coordinate or share bound to SQL.
func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// intPtr maps a nullable column to an optional bound.
func intPtr(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

// floatPtr maps a nullable column to an optional value.
func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}

// parseStoredDate reads a date column; an empty column is the zero Date.
func parseStoredDate(s string) (parity.Date, error) {
	if s == "" {
		return parity.Date{}, nil
	}
	return parity.ParseDate(s)
}

// countOf rebuilds an optional count.
func countOf(lo, hi sql.NullInt64, q string) *parity.Count {
	if q == "" {
		return nil
	}
	return &parity.Count{Min: intPtr(lo), Max: intPtr(hi), Qualifier: parity.Qualifier(q)}
}

// provenance loads citations and disputes for the records in byID.
func provenance(ctx context.Context, q querier, byID map[string]*parity.Provenance) error {
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	for _, chunk := range chunks(ids, 500) {
		w := idsWhere(chunk)
		rows, err := q.QueryContext(ctx, `SELECT t.id, t.disputes FROM records t`+w.String(), w.args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, disputes string
			if err := rows.Scan(&id, &disputes); err != nil {
				rows.Close()
				return err
			}
			if disputes != "" {
				if err := json.Unmarshal([]byte(disputes), &byID[id].Disputes); err != nil {
					rows.Close()
					return fmt.Errorf("disputes of %s: %w", id, err)
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		w = &where{parts: []string{"t.record_id IN (" + inList(1, len(chunk)) + ")"}, args: idsWhere(chunk).args}
		rows, err = q.QueryContext(ctx, `SELECT t.record_id, t.source_id, t.quote, t.note FROM citations t`+w.String()+` ORDER BY t.record_id, t.ord`, w.args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			var c parity.Citation
			if err := rows.Scan(&id, &c.Source, &c.Quote, &c.Note); err != nil {
				rows.Close()
				return err
			}
			byID[id].Sources = append(byID[id].Sources, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

const measureCols = `t.id, t.kind, t.actor, t.target, t.date_text, t.count_min, t.count_max, t.qualifier, t.cap, t.mission, t.place, t.reason, t.cameo, t.plover, t.note`

// loadMeasures runs a measure query and attaches responses and provenance.
func loadMeasures(ctx context.Context, q querier, w *where, tail string) ([]*parity.Measure, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+measureCols+` FROM measures t`+w.String()+tail, w.args...)
	if err != nil {
		return nil, err
	}
	var out []*parity.Measure
	prov := map[string]*parity.Provenance{}
	byID := map[string]*parity.Measure{}
	for rows.Next() {
		m := &parity.Measure{}
		var date, qual string
		var lo, hi sql.NullInt64
		var mission sql.NullString
		if err := rows.Scan(&m.ID, &m.Kind, &m.Actor, &m.Target, &date, &lo, &hi, &qual, &m.Cap, &mission, &m.Place, &m.Reason, &m.CAMEO, &m.PLOVER, &m.Note); err != nil {
			rows.Close()
			return nil, err
		}
		if m.Date, err = parity.ParseDate(date); err != nil {
			rows.Close()
			return nil, fmt.Errorf("measure %s: stored date: %w", m.ID, err)
		}
		m.Count = countOf(lo, hi, qual)
		m.Mission = mission.String
		out = append(out, m)
		prov[m.ID] = &m.Provenance
		byID[m.ID] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(out))
	for _, m := range out {
		ids = append(ids, m.ID)
	}
	for _, chunk := range chunks(ids, 500) {
		w := &where{parts: []string{"t.measure_id IN (" + inList(1, len(chunk)) + ")"}, args: idsWhere(chunk).args}
		rows, err := q.QueryContext(ctx, `SELECT t.measure_id, t.answers_id FROM responses t`+w.String()+` ORDER BY t.measure_id, t.ord`, w.args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, answers string
			if err := rows.Scan(&id, &answers); err != nil {
				rows.Close()
				return nil, err
			}
			byID[id].RespondsTo = append(byID[id].RespondsTo, answers)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, provenance(ctx, q, prov)
}

const missionCols = `t.id, t.sender, t.host, t.kind, t.organization, t.name, t.city, t.lat, t.lon, t.opened, t.closed, t.note`

// loadMissions runs a mission query and attaches provenance.
func loadMissions(ctx context.Context, q querier, w *where, tail string) ([]*parity.Mission, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+missionCols+` FROM missions t`+w.String()+tail, w.args...)
	if err != nil {
		return nil, err
	}
	var out []*parity.Mission
	prov := map[string]*parity.Provenance{}
	for rows.Next() {
		m := &parity.Mission{}
		var lat, lon sql.NullFloat64
		var opened, closed string
		if err := rows.Scan(&m.ID, &m.Sender, &m.Host, &m.Kind, &m.Organization, &m.Name, &m.City, &lat, &lon, &opened, &closed, &m.Note); err != nil {
			rows.Close()
			return nil, err
		}
		m.Lat, m.Lon = floatPtr(lat), floatPtr(lon)
		if m.Opened, err = parseStoredDate(opened); err == nil {
			m.Closed, err = parseStoredDate(closed)
		}
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("mission %s: stored date: %w", m.ID, err)
		}
		out = append(out, m)
		prov[m.ID] = &m.Provenance
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, provenance(ctx, q, prov)
}

const observationCols = `t.id, t.sender, t.host, t.date_text, t.category, t.count_min, t.count_max, t.qualifier, t.note`

// loadObservations runs an observation query and attaches provenance.
func loadObservations(ctx context.Context, q querier, w *where, tail string) ([]*parity.Observation, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+observationCols+` FROM observations t`+w.String()+tail, w.args...)
	if err != nil {
		return nil, err
	}
	var out []*parity.Observation
	prov := map[string]*parity.Provenance{}
	for rows.Next() {
		o := &parity.Observation{}
		var date, qual string
		var lo, hi sql.NullInt64
		if err := rows.Scan(&o.ID, &o.Sender, &o.Host, &date, &o.Category, &lo, &hi, &qual, &o.Note); err != nil {
			rows.Close()
			return nil, err
		}
		if o.Date, err = parity.ParseDate(date); err != nil {
			rows.Close()
			return nil, fmt.Errorf("observation %s: stored date: %w", o.ID, err)
		}
		o.Count = parity.Count{Min: intPtr(lo), Max: intPtr(hi), Qualifier: parity.Qualifier(qual)}
		out = append(out, o)
		prov[o.ID] = &o.Provenance
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, provenance(ctx, q, prov)
}

const assessmentCols = `t.id, t.kind, t.sender, t.host, t.date_text, t.value_min, t.value_max, t.qualifier, t.note`

// loadAssessments runs an assessment query and attaches provenance.
func loadAssessments(ctx context.Context, q querier, w *where, tail string) ([]*parity.Assessment, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+assessmentCols+` FROM assessments t`+w.String()+tail, w.args...)
	if err != nil {
		return nil, err
	}
	var out []*parity.Assessment
	prov := map[string]*parity.Provenance{}
	for rows.Next() {
		a := &parity.Assessment{}
		var date, qual string
		var lo, hi sql.NullFloat64
		if err := rows.Scan(&a.ID, &a.Kind, &a.Sender, &a.Host, &date, &lo, &hi, &qual, &a.Note); err != nil {
			rows.Close()
			return nil, err
		}
		if a.Date, err = parity.ParseDate(date); err != nil {
			rows.Close()
			return nil, fmt.Errorf("assessment %s: stored date: %w", a.ID, err)
		}
		a.Value = parity.Share{Min: floatPtr(lo), Max: floatPtr(hi), Qualifier: parity.Qualifier(qual)}
		out = append(out, a)
		prov[a.ID] = &a.Provenance
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, provenance(ctx, q, prov)
}

const siteCols = `t.id, t.country, t.name, t.kind, t.lat, t.lon, t.note`

// loadSites runs a site query and attaches provenance.
func loadSites(ctx context.Context, q querier, w *where, tail string) ([]*parity.Site, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+siteCols+` FROM sites t`+w.String()+tail, w.args...)
	if err != nil {
		return nil, err
	}
	var out []*parity.Site
	prov := map[string]*parity.Provenance{}
	for rows.Next() {
		s := &parity.Site{}
		if err := rows.Scan(&s.ID, &s.Country, &s.Name, &s.Kind, &s.Lat, &s.Lon, &s.Note); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, s)
		prov[s.ID] = &s.Provenance
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, provenance(ctx, q, prov)
}

// loadSources returns sources, all of them when ids is nil.
func loadSources(ctx context.Context, q querier, ids []string) ([]*parity.Source, error) {
	const cols = `SELECT t.id, t.url, t.outlet, t.title, t.published FROM sources t`
	var out []*parity.Source
	scan := func(w *where) error {
		rows, err := q.QueryContext(ctx, cols+w.String()+` ORDER BY t.id`, w.args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			s := &parity.Source{}
			var pub string
			if err := rows.Scan(&s.ID, &s.URL, &s.Outlet, &s.Title, &pub); err != nil {
				return err
			}
			if s.Published, err = parity.ParseDate(pub); err != nil {
				return fmt.Errorf("source %s: stored date: %w", s.ID, err)
			}
			out = append(out, s)
		}
		return rows.Err()
	}
	if ids == nil {
		return out, scan(&where{})
	}
	for _, chunk := range chunks(ids, 500) {
		if err := scan(idsWhere(chunk)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loadByIDs loads the records with the given IDs into a ledger.
func loadByIDs(ctx context.Context, q querier, ids []string) (*parity.Ledger, error) {
	l := &parity.Ledger{}
	byType := map[parity.RecordType][]string{}
	for _, id := range ids {
		t := parity.IDPrefix(id)
		byType[t] = append(byType[t], id)
	}
	var err error
	if len(byType[parity.TypeSource]) > 0 {
		if l.Sources, err = loadSources(ctx, q, byType[parity.TypeSource]); err != nil {
			return nil, err
		}
	}
	for _, chunk := range chunks(byType[parity.TypeMission], 500) {
		ms, err := loadMissions(ctx, q, idsWhere(chunk), "")
		if err != nil {
			return nil, err
		}
		l.Missions = append(l.Missions, ms...)
	}
	for _, chunk := range chunks(byType[parity.TypeMeasure], 500) {
		ms, err := loadMeasures(ctx, q, idsWhere(chunk), "")
		if err != nil {
			return nil, err
		}
		l.Measures = append(l.Measures, ms...)
	}
	for _, chunk := range chunks(byType[parity.TypeObservation], 500) {
		os, err := loadObservations(ctx, q, idsWhere(chunk), "")
		if err != nil {
			return nil, err
		}
		l.Observations = append(l.Observations, os...)
	}
	for _, chunk := range chunks(byType[parity.TypeAssessment], 500) {
		as, err := loadAssessments(ctx, q, idsWhere(chunk), "")
		if err != nil {
			return nil, err
		}
		l.Assessments = append(l.Assessments, as...)
	}
	for _, chunk := range chunks(byType[parity.TypeSite], 500) {
		ss, err := loadSites(ctx, q, idsWhere(chunk), "")
		if err != nil {
			return nil, err
		}
		l.Sites = append(l.Sites, ss...)
	}
	return l, nil
}
