package analysis

import (
	"sort"
	"time"

	"parity"
)

// PresenceOptions tune Presence.
type PresenceOptions struct {
	// Categories are the head-count categories that anchor the series; empty means
	// diplomats and all_staff, which sources use interchangeably for "the mission".
	Categories []parity.StaffCategory
	From, To   parity.Date // keep points inside this span (zero: no limit)
}

// Point is the estimated staff of a sender in a host after one event: an
// observation (an anchor) or a measure applied to the last anchor.
type Point struct {
	Date     parity.Date          `json:"date"`
	Estimate Estimate             `json:"estimate"`
	Basis    string               `json:"basis"` // "observation" or "measure"
	Category parity.StaffCategory `json:"category"`
	// Records are the anchor observation and the measures applied since.
	Records []string `json:"records"`
}

// Series is one direction of a dyad: Sender's staff in Host over time.
type Series struct {
	Sender string  `json:"sender"`
	Host   string  `json:"host"`
	Points []Point `json:"points"`
}

// At returns the estimate in force at the end of d (as of 2021: after everything of
// 2021), and false when there is none yet.
func (s Series) At(d parity.Date) (Point, bool) { return s.atTime(d.End) }

// atTime returns the last point that starts on or before t.
func (s Series) atTime(t time.Time) (Point, bool) {
	var out Point
	ok := false
	for _, p := range s.Points {
		if p.Date.Start.After(t) {
			break
		}
		out, ok = p, true
	}
	return out, ok
}

// Marker is a measure between the two sides, for charts and tables.
type Marker struct {
	Date   parity.Date        `json:"date"`
	ID     string             `json:"id"`
	Kind   parity.MeasureKind `json:"kind"`
	Actor  string             `json:"actor"`
	Target string             `json:"target"`
	Count  string             `json:"count,omitempty"`
	// Effect says what the measure did to the estimate: "applied", or why not.
	Effect string `json:"effect"`
}

// Inconsistency is a place where the records do not add up: an expulsion larger than
// the estimated presence, or a head-count outside what the measures since the
// previous one allow.
type Inconsistency struct {
	Date    parity.Date `json:"date"`
	Message string      `json:"message"`
	Records []string    `json:"records"`
}

// RatioPoint is A's staff in B divided by B's staff in A at a date.
type RatioPoint struct {
	Date  parity.Date `json:"date"`
	Ratio Ratio       `json:"ratio"`
}

// Dyad is the presence of two states in each other over time.
type Dyad struct {
	A               string          `json:"a"`
	B               string          `json:"b"`
	AinB            Series          `json:"a_in_b"`
	BinA            Series          `json:"b_in_a"`
	Ratios          []RatioPoint    `json:"ratios"`
	Markers         []Marker        `json:"markers"`
	Inconsistencies []Inconsistency `json:"inconsistencies"`
	Records         []string        `json:"records"`
}

// event is an observation or a measure on a direction's time line.
type event struct {
	date parity.Date
	obs  *parity.Observation
	m    *parity.Measure
}

// Presence estimates the staff of a in b and of b in a over time from the head-counts
// (anchors) and the measures between them: expulsions, refusals and withdrawals
// subtract, readmissions add, caps set a ceiling. Closures and bans are markers: the
// staff of a closed post is rarely known.
func Presence(l *parity.Ledger, a, b string, opt PresenceOptions) Dyad {
	d := Dyad{A: a, B: b}
	var incons []Inconsistency
	d.AinB, incons = series(l, a, b, opt.Categories, &d.Markers)
	d.Inconsistencies = append(d.Inconsistencies, incons...)
	d.BinA, incons = series(l, b, a, opt.Categories, &d.Markers)
	d.Inconsistencies = append(d.Inconsistencies, incons...)
	sort.SliceStable(d.Markers, func(i, j int) bool { return d.Markers[i].Date.Start.Before(d.Markers[j].Date.Start) })
	sort.SliceStable(d.Inconsistencies, func(i, j int) bool {
		return d.Inconsistencies[i].Date.Start.Before(d.Inconsistencies[j].Date.Start)
	})
	d.Ratios = ratios(d.AinB, d.BinA)
	seen := map[string]bool{}
	for _, s := range []Series{d.AinB, d.BinA} {
		for _, p := range s.Points {
			for _, id := range p.Records {
				if !seen[id] {
					seen[id] = true
					d.Records = append(d.Records, id)
				}
			}
		}
	}
	for _, m := range d.Markers {
		if !seen[m.ID] {
			seen[m.ID] = true
			d.Records = append(d.Records, m.ID)
		}
	}
	sort.Strings(d.Records)
	if !opt.From.IsZero() || !opt.To.IsZero() {
		d.AinB.Points = clipPoints(d.AinB.Points, opt.From, opt.To)
		d.BinA.Points = clipPoints(d.BinA.Points, opt.From, opt.To)
		d.Ratios = clipRatios(d.Ratios, opt.From, opt.To)
		var ms []Marker
		for _, m := range d.Markers {
			if inSpan(m.Date, opt.From, opt.To) {
				ms = append(ms, m)
			}
		}
		d.Markers = ms
	}
	return d
}

// sameDecision is how close a reduction must follow a ceiling by the same actor to be
// read as the same decision.
const sameDecision = 60 * 24 * time.Hour

// defaultCategories anchor a series: what the sources call "the mission".
var defaultCategories = []parity.StaffCategory{parity.AllStaff, parity.Diplomats}

// effect says how a measure changes sender's staff in host: sign -1 subtracts its
// count, +1 adds it, 0 sets a ceiling (staff caps); ok is false for measures that
// change no head-count we can compute.
func effect(m *parity.Measure, sender, host string) (sign int, ok bool, why string) {
	inbound := m.Actor == host && m.Target == sender // the host acts on the sender's staff
	switch {
	case inbound && (m.Kind == parity.Expel || m.Kind == parity.DenyAccreditation):
		return -1, true, ""
	case inbound && m.Kind == parity.ExpelAmbassador:
		return -1, true, ""
	case inbound && m.Kind == parity.StaffCap && m.Cap == parity.Reduction:
		return -1, true, ""
	case inbound && m.Kind == parity.StaffCap:
		return 0, true, ""
	case inbound && m.Kind == parity.Readmit:
		return 1, true, ""
	case m.Actor == sender && m.Target == host && m.Kind == parity.WithdrawStaff:
		return -1, true, ""
	case inbound && m.Kind == parity.CloseMission:
		return 0, false, "closure: the post's staff is not known"
	case inbound && m.Kind == parity.LocalStaffBan:
		return 0, false, "affects local staff, not counted here"
	}
	return 0, false, "no effect on the head-count"
}

// series builds one direction and records its markers and inconsistencies.
func series(l *parity.Ledger, sender, host string, cats []parity.StaffCategory, markers *[]Marker) (Series, []Inconsistency) {
	if len(cats) == 0 {
		cats = defaultCategories
	}
	s := Series{Sender: sender, Host: host}
	var events []event
	for _, o := range l.Observations {
		if o.Sender == sender && o.Host == host && containsCat(cats, o.Category) {
			events = append(events, event{date: o.Date, obs: o})
		}
	}
	for _, m := range l.Measures {
		if m.Actor == sender && m.Target == host || m.Actor == host && m.Target == sender {
			events = append(events, event{date: m.Date, m: m})
		}
	}
	// Observations sort before measures of the same day; such measures are not applied
	// on top of them (see below), since the count may come before or after them.
	sort.SliceStable(events, func(i, j int) bool {
		ei, ej := events[i], events[j]
		if !ei.date.Start.Equal(ej.date.Start) {
			return ei.date.Start.Before(ej.date.Start)
		}
		if (ei.obs != nil) != (ej.obs != nil) {
			return ei.obs != nil
		}
		if ei.obs != nil && ej.obs != nil && ei.obs.Category != ej.obs.Category {
			return ei.obs.Category == parity.Diplomats // all_staff, the wider count, wins the day
		}
		return false
	})
	var incons []Inconsistency
	var cur *Point
	var lastCeiling *parity.Measure
	var anchor *parity.Observation
	for _, e := range events {
		if e.obs != nil {
			est := countEstimate(e.obs.Count)
			// A head-count inside the span of the previous one's date ("September 2017"
			// after "2017") may describe another moment of that span: no contradiction.
			sameSpan := anchor != nil && !e.date.Start.Before(anchor.Date.Start) && !e.date.Start.After(anchor.Date.End)
			if cur != nil && cur.Category == e.obs.Category && !sameSpan && !cur.Estimate.Overlaps(est) {
				incons = append(incons, Inconsistency{Date: e.date,
					Message: sender + " staff in " + host + ": head-count " + est.String() + " (" + string(e.obs.Category) + ") contradicts " + cur.Estimate.String() + " estimated from the previous head-count and the measures since",
					Records: append(append([]string{}, cur.Records...), e.obs.ID)})
			}
			anchor = e.obs
			p := Point{Date: e.date, Estimate: est, Basis: "observation", Category: e.obs.Category, Records: []string{e.obs.ID}}
			s.Points = append(s.Points, p)
			cur = &s.Points[len(s.Points)-1]
			continue
		}
		m := e.m
		sign, ok, why := effect(m, sender, host)
		// Each measure belongs to the direction whose staff it hits: the host's acts on
		// the sender's staff, and the sender's withdrawal of its own staff.
		withdrawal := m.Kind == parity.WithdrawStaff
		if withdrawal && m.Actor != sender || !withdrawal && m.Actor != host {
			continue
		}
		mk := Marker{Date: m.Date, ID: m.ID, Kind: m.Kind, Actor: m.Actor, Target: m.Target, Effect: "applied"}
		if m.Count != nil {
			mk.Count = m.Count.String()
		}
		switch {
		case !ok:
			mk.Effect = why
		case cur == nil:
			mk.Effect = "before the first head-count: not applied"
		case m.Count == nil && m.Kind != parity.ExpelAmbassador:
			mk.Effect = "no count given: not applied"
		case anchor != nil && !m.Date.Start.Before(anchor.Date.Start) && !m.Date.End.After(anchor.Date.End):
			// A head-count dated "April 2022", or the day of an expulsion, may be before
			// or after it ("10 remain after 15 were expelled"); the sources rarely say
			// which, so the measure is not applied on top of it.
			mk.Effect = "same " + string(anchor.Date.Precision) + " as the head-count " + anchor.ID + ", which may already count it: not applied"
		case m.Kind == parity.StaffCap && m.Cap == parity.Reduction && lastCeiling != nil &&
			lastCeiling.Actor == m.Actor && m.Date.Start.Sub(lastCeiling.Date.End) <= sameDecision:
			// "Cut to 455" and "755 must go" are one decision stated two ways.
			mk.Effect = "the cut that reaches the ceiling of " + lastCeiling.ID + ": not applied twice"
		default:
			c := Estimate{Low: 1, High: 1}
			if m.Count != nil {
				c = countEstimate(*m.Count)
			}
			next := *cur
			next.Date, next.Basis = m.Date, "measure"
			next.Records = append(append([]string{}, cur.Records...), m.ID)
			switch sign {
			case -1:
				if m.Kind == parity.StaffCap && cur.Category != parity.AllStaff {
					// A cut counts all staff; how many diplomats were among them is not
					// known, so only the lower bound of a diplomats' count moves.
					next.Estimate = Estimate{Low: max(0, cur.Estimate.Low-c.High), High: cur.Estimate.High, Unbounded: cur.Estimate.Unbounded}
					mk.Effect = "applied to the lower bound: the cut counts all staff"
					break
				}
				if c.Low > cur.Estimate.High && !cur.Estimate.Unbounded {
					incons = append(incons, Inconsistency{Date: m.Date,
						Message: m.ID + " removes " + c.String() + " of " + sender + "'s staff in " + host + ", more than the " + cur.Estimate.String() + " estimated",
						Records: next.Records})
				}
				next.Estimate = subtract(cur.Estimate, c)
			case 1:
				next.Estimate = add(cur.Estimate, c)
			case 0:
				next.Estimate = ceiling(cur.Estimate, c)
				lastCeiling = m
			}
			s.Points = append(s.Points, next)
			cur = &s.Points[len(s.Points)-1]
		}
		*markers = append(*markers, mk)
	}
	return s, incons
}

// countEstimate turns a sourced count into an estimate.
func countEstimate(c parity.Count) Estimate {
	lo, hi, bounded := c.Bounds()
	return Estimate{Low: float64(lo), High: float64(hi), Unbounded: !bounded}
}

// subtract removes c people from e, never below zero.
func subtract(e, c Estimate) Estimate {
	out := Estimate{Unbounded: e.Unbounded}
	if c.Unbounded {
		out.Low = 0
	} else {
		out.Low = max(0, e.Low-c.High)
	}
	if !e.Unbounded {
		out.High = max(0, e.High-c.Low)
	}
	return out
}

// add adds c people to e.
func add(e, c Estimate) Estimate {
	return Estimate{Low: e.Low + c.Low, High: e.High + c.High, Unbounded: e.Unbounded || c.Unbounded}
}

// ceiling caps e at c's upper bound.
func ceiling(e, c Estimate) Estimate {
	if c.Unbounded {
		return e
	}
	out := e
	if out.Unbounded || out.High > c.High {
		out.High, out.Unbounded = c.High, false
	}
	out.Low = min(out.Low, out.High)
	return out
}

// ratios divides a's series by b's at every date either changes.
func ratios(a, b Series) []RatioPoint {
	var dates []parity.Date
	for _, p := range a.Points {
		dates = append(dates, p.Date)
	}
	for _, p := range b.Points {
		dates = append(dates, p.Date)
	}
	sort.SliceStable(dates, func(i, j int) bool { return dates[i].Start.Before(dates[j].Start) })
	var out []RatioPoint
	for _, d := range dates {
		// Compare at the start of the event's date: a point dated "2017" must not see
		// estimates from later in 2017.
		pa, okA := a.atTime(d.Start)
		pb, okB := b.atTime(d.Start)
		if !okA || !okB {
			continue
		}
		r := RatioPoint{Date: d, Ratio: divide(pa.Estimate, pb.Estimate)}
		if n := len(out); n > 0 && out[n-1].Date.Start.Equal(d.Start) {
			out[n-1] = r
			continue
		}
		out = append(out, r)
	}
	return out
}

// inSpan reports whether d overlaps [from, to] (zero bounds are open).
func inSpan(d, from, to parity.Date) bool {
	if !from.IsZero() && d.End.Before(from.Start) {
		return false
	}
	return to.IsZero() || !d.Start.After(to.End)
}

// clipPoints keeps points inside the span, carrying the estimate in force at its start.
func clipPoints(ps []Point, from, to parity.Date) []Point {
	var out []Point
	var before *Point
	for i := range ps {
		p := ps[i]
		switch {
		case !from.IsZero() && p.Date.End.Before(from.Start):
			before = &ps[i]
		case inSpan(p.Date, from, to):
			out = append(out, p)
		}
	}
	if before != nil && (len(out) == 0 || out[0].Date.Start.After(from.Start)) {
		carried := *before
		carried.Date, carried.Basis = from, "carried"
		out = append([]Point{carried}, out...)
	}
	return out
}

// clipRatios keeps ratio points inside the span.
func clipRatios(rs []RatioPoint, from, to parity.Date) []RatioPoint {
	var out []RatioPoint
	for _, r := range rs {
		if inSpan(r.Date, from, to) {
			out = append(out, r)
		}
	}
	return out
}

func containsCat(list []parity.StaffCategory, c parity.StaffCategory) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}
