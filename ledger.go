package parity

import (
	"sort"
	"strings"
)

// Ledger is a batch of records: a file being imported, the bundled dataset, or a
// whole export. References may point inside the batch or at records already stored.
type Ledger struct {
	Sources      []*Source
	Missions     []*Mission
	Measures     []*Measure
	Observations []*Observation
	Assessments  []*Assessment
	Sites        []*Site
}

// Len returns the number of records in the batch.
func (l *Ledger) Len() int {
	return len(l.Sources) + len(l.Missions) + len(l.Measures) + len(l.Observations) + len(l.Assessments) + len(l.Sites)
}

// Append adds the records of o to l.
func (l *Ledger) Append(o *Ledger) {
	l.Sources = append(l.Sources, o.Sources...)
	l.Missions = append(l.Missions, o.Missions...)
	l.Measures = append(l.Measures, o.Measures...)
	l.Observations = append(l.Observations, o.Observations...)
	l.Assessments = append(l.Assessments, o.Assessments...)
	l.Sites = append(l.Sites, o.Sites...)
}

// Sort orders each record type by ID, the order of exports.
func (l *Ledger) Sort() {
	sort.Slice(l.Sources, func(i, j int) bool { return l.Sources[i].ID < l.Sources[j].ID })
	sort.Slice(l.Missions, func(i, j int) bool { return l.Missions[i].ID < l.Missions[j].ID })
	sort.Slice(l.Measures, func(i, j int) bool { return l.Measures[i].ID < l.Measures[j].ID })
	sort.Slice(l.Observations, func(i, j int) bool { return l.Observations[i].ID < l.Observations[j].ID })
	sort.Slice(l.Assessments, func(i, j int) bool { return l.Assessments[i].ID < l.Assessments[j].ID })
	sort.Slice(l.Sites, func(i, j int) bool { return l.Sites[i].ID < l.Sites[j].ID })
}

// IDs returns every record ID of the batch with its type.
func (l *Ledger) IDs() map[string]RecordType {
	ids := make(map[string]RecordType, l.Len())
	for _, r := range l.Sources {
		ids[r.ID] = TypeSource
	}
	for _, r := range l.Missions {
		ids[r.ID] = TypeMission
	}
	for _, r := range l.Measures {
		ids[r.ID] = TypeMeasure
	}
	for _, r := range l.Observations {
		ids[r.ID] = TypeObservation
	}
	for _, r := range l.Assessments {
		ids[r.ID] = TypeAssessment
	}
	for _, r := range l.Sites {
		ids[r.ID] = TypeSite
	}
	return ids
}

// ValidationErrors is every problem found in a batch, in file order where known.
type ValidationErrors []*Error

// MaxReported bounds the problems listed in one message.
const MaxReported = 20

// Error lists the first problems, one per line.
func (v ValidationErrors) Error() string {
	var b strings.Builder
	for i, e := range v {
		if i == MaxReported {
			b.WriteString("\n... and " + itoa(len(v)-MaxReported) + " more problems")
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Exists tells whether a record ID is already stored, and its type; Validate uses it
// for references that point outside the batch.
type Exists func(id string) (RecordType, bool)

// Validate checks every record and every reference of the batch. It returns nil or
// a ValidationErrors listing all problems (not only the first), so a user fixes a file
// in one pass.
func (l *Ledger) Validate(g *Gazetteer, exists Exists) error {
	var errs ValidationErrors
	add := func(err error) {
		if err == nil {
			return
		}
		e := ErrorOf(err)
		if e == nil {
			e = &Error{Code: EINVALID, Message: err.Error()}
		}
		errs = append(errs, e)
	}
	types := map[string]RecordType{}
	urls := map[string]string{}
	claim := func(id string, t RecordType) {
		if prev, dup := types[id]; dup {
			add(&Error{Code: ECONFLICT, Record: id, Field: "id", Message: "duplicate ID (already used by a " + string(prev) + " in this file)"})
			return
		}
		types[id] = t
	}
	for _, s := range l.Sources {
		add(s.Validate())
		claim(s.ID, TypeSource)
		if prev, dup := urls[s.URL]; dup && s.URL != "" {
			add(fieldError(s.ID, "url", "the same URL is already source %s", prev))
		}
		urls[s.URL] = s.ID
	}
	for _, m := range l.Missions {
		add(m.Validate(g))
		claim(m.ID, TypeMission)
	}
	for _, m := range l.Measures {
		add(m.Validate(g))
		claim(m.ID, TypeMeasure)
	}
	for _, o := range l.Observations {
		add(o.Validate(g))
		claim(o.ID, TypeObservation)
	}
	for _, a := range l.Assessments {
		add(a.Validate(g))
		claim(a.ID, TypeAssessment)
	}
	for _, s := range l.Sites {
		add(s.Validate(g))
		claim(s.ID, TypeSite)
	}

	// ref checks that id names a record of type want, in the batch or in the store.
	ref := func(record, field, id string, want RecordType) {
		if id == "" {
			return
		}
		t, ok := types[id]
		if !ok && exists != nil {
			t, ok = exists(id)
		}
		switch {
		case !ok:
			add(&Error{Code: ENOTFOUND, Record: record, Field: field, Message: "points to " + id + ", which is neither in this file nor in the ledger"})
		case t != want:
			add(fieldError(record, field, "points to %s, a %s, not a %s", id, t, want))
		}
	}
	prov := func(id string, p *Provenance) {
		for i, c := range p.Sources {
			ref(id, "sources["+itoa(i)+"].source", c.Source, TypeSource)
		}
		for i, d := range p.Disputes {
			for j, s := range d.Sources {
				ref(id, "disputes["+itoa(i)+"].sources["+itoa(j)+"]", s, TypeSource)
			}
		}
	}
	byID := make(map[string]*Measure, len(l.Measures))
	for _, m := range l.Measures {
		byID[m.ID] = m
	}
	for _, m := range l.Missions {
		prov(m.ID, &m.Provenance)
	}
	for _, m := range l.Measures {
		prov(m.ID, &m.Provenance)
		ref(m.ID, "mission", m.Mission, TypeMission)
		for i, r := range m.RespondsTo {
			f := "responds_to[" + itoa(i) + "]"
			ref(m.ID, f, r, TypeMeasure)
			if prev := byID[r]; prev != nil && prev.Date.Start.After(m.Date.End) {
				add(fieldError(m.ID, f, "answers %s, dated %s, which comes after this measure (%s)", r, prev.Date, m.Date))
			}
		}
	}
	for _, o := range l.Observations {
		prov(o.ID, &o.Provenance)
	}
	for _, a := range l.Assessments {
		prov(a.ID, &a.Provenance)
	}
	for _, s := range l.Sites {
		prov(s.ID, &s.Provenance)
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// Records lists the batch's records in export order (sources, missions, measures,
// observations, assessments, sites), as *Source, *Mission, *Measure, *Observation,
// *Assessment and *Site values.
func (l *Ledger) Records() []any {
	out := make([]any, 0, l.Len())
	for _, r := range l.Sources {
		out = append(out, r)
	}
	for _, r := range l.Missions {
		out = append(out, r)
	}
	for _, r := range l.Measures {
		out = append(out, r)
	}
	for _, r := range l.Observations {
		out = append(out, r)
	}
	for _, r := range l.Assessments {
		out = append(out, r)
	}
	for _, r := range l.Sites {
		out = append(out, r)
	}
	return out
}

// RecordID returns the ID of any record value, "" for anything else.
func RecordID(r any) string {
	switch v := r.(type) {
	case *Source:
		return v.ID
	case *Mission:
		return v.ID
	case *Measure:
		return v.ID
	case *Observation:
		return v.ID
	case *Assessment:
		return v.ID
	case *Site:
		return v.ID
	}
	return ""
}

// Unwrap exposes each problem, so errors.As and ErrorCode see the first one's code.
func (v ValidationErrors) Unwrap() []error {
	out := make([]error, len(v))
	for i, e := range v {
		out[i] = e
	}
	return out
}
