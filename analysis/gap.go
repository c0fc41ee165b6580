package analysis

import (
	"sort"

	"parity"
)

// Side is one direction of a gap row: whose staff, how many, as of when.
type Side struct {
	Estimate Estimate `json:"estimate"`
	Known    bool     `json:"known"`
	Date     string   `json:"date,omitempty"`
	Category string   `json:"category,omitempty"`
	// Derived is set when the count comes from a size ratio, not a head-count.
	Derived string   `json:"derived,omitempty"`
	Records []string `json:"records,omitempty"`
}

// GapRow compares target's mission in one host with the host's in target.
type GapRow struct {
	Host          string   `json:"host"`
	TargetInHost  Side     `json:"target_in_host"`
	HostInTarget  Side     `json:"host_in_target"`
	Ratio         *Ratio   `json:"ratio,omitempty"`
	Excess        Estimate `json:"excess"`
	IntelInExcess Estimate `json:"intel_in_excess"`
	Share         Share    `json:"share"`
	LatestByHost  string   `json:"latest_by_host,omitempty"`
	LatestOnHost  string   `json:"latest_by_target,omitempty"`
	Notes         []string `json:"notes,omitempty"`
	Records       []string `json:"records"`
}

// Gaps compares, for every host with data, target's staff in the host with the host's
// staff in target as of a date (zero: the latest), the ratio, the excess a parity
// demand would remove, the intelligence officers estimated in that excess, and the
// latest measure each way. Rows are sorted by excess, largest first; rows without a
// ratio come last.
func Gaps(l *parity.Ledger, target string, asOf parity.Date) []GapRow {
	def := DefaultShare(l.Assessments)
	byPair := pairs(l, target)
	var out []GapRow
	for _, host := range partners(l, target) {
		pl := byPair[host]
		d := Presence(pl, target, host, PresenceOptions{})
		row := GapRow{Host: host}
		row.TargetInHost = side(d.AinB, asOf)
		row.HostInTarget = side(d.BinA, asOf)
		deriveFromRatio(pl.Assessments, target, host, asOf, &row)
		if row.TargetInHost.Known && row.HostInTarget.Known {
			r := divide(row.TargetInHost.Estimate, row.HostInTarget.Estimate)
			row.Ratio = &r
			row.Excess = excess(row.TargetInHost.Estimate, row.HostInTarget.Estimate)
			if row.TargetInHost.Category != row.HostInTarget.Category && row.TargetInHost.Derived == "" && row.HostInTarget.Derived == "" {
				row.Notes = append(row.Notes, "the two sides count different staff ("+row.TargetInHost.Category+" vs "+row.HostInTarget.Category+")")
			}
			if row.TargetInHost.Date != row.HostInTarget.Date {
				row.Notes = append(row.Notes, "counts of different dates ("+row.TargetInHost.Date+" vs "+row.HostInTarget.Date+")")
			}
		}
		row.Share = ShareOf(pl.Assessments, target, host, asOf, def)
		row.IntelInExcess = scale(row.Excess, row.Share.Low, row.Share.High)
		row.LatestByHost = latestMeasure(pl.Measures, host, target, asOf)
		row.LatestOnHost = latestMeasure(pl.Measures, target, host, asOf)
		for _, ids := range [][]string{row.TargetInHost.Records, row.HostInTarget.Records, row.Share.Records} {
			row.Records = append(row.Records, ids...)
		}
		for _, id := range []string{row.LatestByHost, row.LatestOnHost} {
			if id != "" {
				row.Records = append(row.Records, id)
			}
		}
		out = append(out, row)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Ratio == nil) != (b.Ratio == nil) {
			return a.Ratio != nil
		}
		if a.Excess.Mid() != b.Excess.Mid() {
			return a.Excess.Mid() > b.Excess.Mid()
		}
		return a.Host < b.Host
	})
	return out
}

// side reads one direction of a dyad as of a date.
func side(s Series, asOf parity.Date) Side {
	p, ok := pointAt(s, asOf)
	if !ok {
		return Side{}
	}
	return Side{Estimate: p.Estimate, Known: true, Date: p.Date.String(), Category: string(p.Category), Records: p.Records}
}

// deriveFromRatio fills a missing side from a size_ratio assessment (Finland's
// mission in Russia half the size of Russia's in Finland), or records the ratio
// alone when neither side is counted.
func deriveFromRatio(as []*parity.Assessment, target, host string, asOf parity.Date, row *GapRow) {
	var best *parity.Assessment
	for _, a := range as {
		if a.Kind != parity.SizeRatio || !(a.Sender == target && a.Host == host || a.Sender == host && a.Host == target) {
			continue
		}
		if !asOf.IsZero() && a.Date.Start.After(asOf.End) {
			continue
		}
		if best == nil || a.Date.Start.After(best.Date.Start) {
			best = a
		}
	}
	if best == nil || row.TargetInHost.Known && row.HostInTarget.Known {
		return
	}
	lo, hi := shareBounds(best.Value)
	if best.Value.Max == nil {
		hi = lo // "at least twice" gives no upper bound; keep the stated one
	}
	// r is target's staff in host divided by host's staff in target.
	r := Ratio{Low: lo, High: hi}
	if best.Sender == host {
		r = Ratio{Low: 1 / hi, High: 1 / lo}
	}
	note := "from size ratio " + best.ID
	switch {
	case row.TargetInHost.Known:
		t := row.TargetInHost.Estimate
		row.HostInTarget = Side{Known: true, Estimate: Estimate{Low: t.Low / r.High, High: t.High / r.Low, Unbounded: t.Unbounded}, Date: best.Date.String(), Derived: note, Records: []string{best.ID}}
	case row.HostInTarget.Known:
		h := row.HostInTarget.Estimate
		row.TargetInHost = Side{Known: true, Estimate: Estimate{Low: h.Low * r.Low, High: h.High * r.High, Unbounded: h.Unbounded}, Date: best.Date.String(), Derived: note, Records: []string{best.ID}}
	default:
		row.Ratio = &r
		row.Notes = append(row.Notes, "no head-count either way: ratio from "+best.ID+" ("+best.Date.String()+")")
		row.TargetInHost.Records = []string{best.ID}
	}
}

// excess is what a parity demand removes: target's staff above the host's.
func excess(t, h Estimate) Estimate {
	out := Estimate{Low: max(0, t.Low-h.High), Unbounded: t.Unbounded}
	if h.Unbounded {
		out.Low = 0
	}
	if !t.Unbounded {
		out.High = max(0, t.High-h.Low)
	}
	return out
}

// latestMeasure returns the ID of actor's latest measure against target as of a date.
func latestMeasure(ms []*parity.Measure, actor, target string, asOf parity.Date) string {
	var best *parity.Measure
	for _, m := range ms {
		if m.Actor != actor || m.Target != target || !asOf.IsZero() && m.Date.Start.After(asOf.End) {
			continue
		}
		if best == nil || !m.Date.Start.Before(best.Date.Start) {
			best = m
		}
	}
	if best == nil {
		return ""
	}
	return best.ID
}

// CoalitionRow is one host of a joint parity demand.
type CoalitionRow struct {
	Host string `json:"host"`
	// Removed is target's staff a parity demand by this host removes (the excess).
	Removed Estimate `json:"removed"`
	// Retaliation is what a mirror reply (the same number expelled back) could take
	// from the host's mission in target: at most all of it.
	Retaliation Estimate `json:"retaliation"`
	// Left is the host's staff in target after such a reply.
	Left  Estimate `json:"left"`
	Known bool     `json:"known"`
}

// Coalition sums what a joint parity demand by hosts would remove from target's
// missions and what a mirror retaliation could take from each host in return.
type Coalition struct {
	Target      string         `json:"target"`
	Rows        []CoalitionRow `json:"rows"`
	Removed     Estimate       `json:"removed"`
	Retaliation Estimate       `json:"retaliation"`
	Unknown     []string       `json:"unknown,omitempty"`
}

// JointParity computes a coalition's demand from gap rows.
func JointParity(target string, gaps []GapRow, hosts []string) Coalition {
	c := Coalition{Target: target}
	byHost := map[string]GapRow{}
	for _, g := range gaps {
		byHost[g.Host] = g
	}
	for _, h := range hosts {
		g, ok := byHost[h]
		if !ok || g.Ratio == nil || !g.HostInTarget.Known {
			c.Unknown = append(c.Unknown, h)
			c.Rows = append(c.Rows, CoalitionRow{Host: h})
			continue
		}
		staff := g.HostInTarget.Estimate
		ret := Estimate{Low: min(g.Excess.Low, staff.Low), High: min(g.Excess.High, staff.High)}
		if g.Excess.Unbounded {
			ret.High = staff.High
		}
		row := CoalitionRow{Host: h, Removed: g.Excess, Retaliation: ret, Left: subtract(staff, ret), Known: true}
		c.Rows = append(c.Rows, row)
		c.Removed = add(c.Removed, g.Excess)
		c.Retaliation = add(c.Retaliation, ret)
	}
	return c
}
