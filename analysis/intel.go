package analysis

import (
	"sort"

	"parity"
)

// ShareBasis says where an intelligence share came from.
type ShareBasis string

// Bases of a share.
const (
	ShareAssessed ShareBasis = "assessed" // a sourced assessment for this mission
	ShareDefault  ShareBasis = "default"  // the default range derived from all assessments
)

// Share is the fraction of a mission assessed to be intelligence officers.
type Share struct {
	Low     float64    `json:"low"`
	High    float64    `json:"high"`
	Basis   ShareBasis `json:"basis"`
	Records []string   `json:"records"`
	Date    string     `json:"date,omitempty"`
}

// DefaultShare derives the default intelligence share from every sourced intel_share
// assessment: for each mission its latest assessment, then the median of their lower
// bounds and the median of their upper bounds (an "at least a third" counts 1/3 as
// its lower bound and 1 as its upper; "at most half", 0 and 1/2). Medians, because
// one outlying estimate should not move the default for every other country.
func DefaultShare(as []*parity.Assessment) Share {
	latest := map[[2]string]*parity.Assessment{}
	for _, a := range as {
		if a.Kind != parity.IntelShare {
			continue
		}
		k := [2]string{a.Sender, a.Host}
		if prev := latest[k]; prev == nil || a.Date.Start.After(prev.Date.Start) {
			latest[k] = a
		}
	}
	var lows, highs []float64
	var ids []string
	for _, a := range latest {
		lo, hi := shareBounds(a.Value)
		lows, highs = append(lows, lo), append(highs, hi)
		ids = append(ids, a.ID)
	}
	sort.Strings(ids)
	if len(lows) == 0 {
		return Share{Basis: ShareDefault}
	}
	return Share{Low: median(lows), High: median(highs), Basis: ShareDefault, Records: ids}
}

// shareBounds reads a share interval with open ends closed at 0 and 1.
func shareBounds(v parity.Share) (float64, float64) {
	lo, hi, bounded := v.Bounds()
	if !bounded {
		hi = 1
	}
	if v.Min == nil {
		lo = 0
	}
	return lo, hi
}

// ShareOf returns the intelligence share of sender's mission in host as of a date:
// the latest sourced assessment, else the default.
func ShareOf(as []*parity.Assessment, sender, host string, asOf parity.Date, def Share) Share {
	var best *parity.Assessment
	for _, a := range as {
		if a.Kind != parity.IntelShare || a.Sender != sender || a.Host != host {
			continue
		}
		if !asOf.IsZero() && a.Date.Start.After(asOf.End) {
			continue
		}
		if best == nil || a.Date.Start.After(best.Date.Start) {
			best = a
		}
	}
	if best == nil {
		return def
	}
	lo, hi := shareBounds(best.Value)
	return Share{Low: lo, High: hi, Basis: ShareAssessed, Records: []string{best.ID}, Date: best.Date.String()}
}

// IntelRow is the estimated intelligence officers of a sender's mission in one host.
type IntelRow struct {
	Host     string   `json:"host"`
	Staff    Estimate `json:"staff"`
	StaffAt  string   `json:"staff_date"`
	Category string   `json:"category"`
	Share    Share    `json:"share"`
	Officers Estimate `json:"officers"`
	Records  []string `json:"records"`
}

// Intel estimates, per host where sender's staff is known, the intelligence officers
// in sender's mission: staff × share. Rows are sorted by officers, largest first.
func Intel(l *parity.Ledger, sender string, asOf parity.Date) []IntelRow {
	def := DefaultShare(l.Assessments)
	byPair := pairs(l, sender)
	var out []IntelRow
	for _, host := range partners(l, sender) {
		d := Presence(byPair[host], sender, host, PresenceOptions{})
		p, ok := pointAt(d.AinB, asOf)
		if !ok {
			continue
		}
		sh := ShareOf(byPair[host].Assessments, sender, host, asOf, def)
		row := IntelRow{Host: host, Staff: p.Estimate, StaffAt: p.Date.String(), Category: string(p.Category), Share: sh,
			Officers: scale(p.Estimate, sh.Low, sh.High)}
		row.Records = append(append([]string{}, p.Records...), sh.Records...)
		out = append(out, row)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Officers.Mid() > out[j].Officers.Mid() })
	return out
}

// pointAt is the last point of a series as of a date (the last point at all when
// asOf is zero).
func pointAt(s Series, asOf parity.Date) (Point, bool) {
	if asOf.IsZero() {
		if len(s.Points) == 0 {
			return Point{}, false
		}
		return s.Points[len(s.Points)-1], true
	}
	return s.At(asOf)
}

// partners lists the states with which code has head-counts or assessments, sorted.
func partners(l *parity.Ledger, code string) []string {
	set := map[string]bool{}
	for _, o := range l.Observations {
		if o.Sender == code {
			set[o.Host] = true
		} else if o.Host == code {
			set[o.Sender] = true
		}
	}
	for _, a := range l.Assessments {
		if a.Sender == code {
			set[a.Host] = true
		} else if a.Host == code {
			set[a.Sender] = true
		}
	}
	out := make([]string, 0, len(set))
	for c := range set {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// median of a non-empty slice (sorted in place).
func median(v []float64) float64 {
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}
