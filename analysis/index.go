package analysis

import "parity"

// pairs splits a ledger by unordered pair of states in one pass, so that analyses
// over every partner of a state (Gaps, Intel) read each record once instead of once
// per partner: 200 partners × 1,000,000 measures would otherwise be 200 scans.
func pairs(l *parity.Ledger, code string) map[string]*parity.Ledger {
	out := map[string]*parity.Ledger{}
	get := func(other string) *parity.Ledger {
		p := out[other]
		if p == nil {
			p = &parity.Ledger{}
			out[other] = p
		}
		return p
	}
	other := func(a, b string) (string, bool) {
		switch code {
		case a:
			return b, true
		case b:
			return a, true
		}
		return "", false
	}
	for _, m := range l.Measures {
		if o, ok := other(m.Actor, m.Target); ok {
			p := get(o)
			p.Measures = append(p.Measures, m)
		}
	}
	for _, ob := range l.Observations {
		if o, ok := other(ob.Sender, ob.Host); ok {
			p := get(o)
			p.Observations = append(p.Observations, ob)
		}
	}
	for _, a := range l.Assessments {
		if o, ok := other(a.Sender, a.Host); ok {
			p := get(o)
			p.Assessments = append(p.Assessments, a)
		}
	}
	return out
}
