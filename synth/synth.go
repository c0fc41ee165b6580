// Package synth generates synthetic ledgers of any size for benchmarks and load
// tests: valid records with realistic shapes (kinds, dates, counts, answers between
// measures), reproducible from a seed. Nothing it makes is a fact; its IDs say so.
package synth

import (
	"fmt"
	"math/rand"
	"time"

	"parity"
)

// Options size a synthetic ledger.
type Options struct {
	Measures     int
	Observations int
	States       int   // how many states act (the first N country codes)
	Seed         int64 // the same seed gives the same ledger
	// Prefix makes IDs unique across several ledgers imported into one database.
	Prefix string
}

// kinds are drawn in these proportions: expulsions dominate real ledgers.
var kinds = []parity.MeasureKind{
	parity.Expel, parity.Expel, parity.Expel, parity.Expel, parity.Expel,
	parity.CloseMission, parity.RecallAmbassador, parity.ExpelAmbassador,
	parity.StaffCap, parity.Talks, parity.Readmit, parity.DenyAccreditation,
}

// Ledger returns a ledger of synthetic records among states of g.
func Ledger(g *parity.Gazetteer, o Options) *parity.Ledger {
	rng := rand.New(rand.NewSource(o.Seed))
	var states []string
	for _, a := range g.Actors() {
		if a.Kind == parity.Country && len(states) < o.States {
			states = append(states, a.Code)
		}
	}
	l := &parity.Ledger{}
	nsrc := max(1, (o.Measures+o.Observations)/50)
	for i := 0; i < nsrc; i++ {
		l.Sources = append(l.Sources, &parity.Source{
			ID:        fmt.Sprintf("s-synth%s-%07d", o.Prefix, i),
			URL:       fmt.Sprintf("https://example.org/synthetic/%s/%d", o.Prefix, i),
			Outlet:    "Synthetic Wire",
			Title:     fmt.Sprintf("Synthetic report %d", i),
			Published: day(rng),
		})
	}
	cite := func() parity.Provenance {
		return parity.Provenance{Sources: []parity.Citation{{Source: l.Sources[rng.Intn(nsrc)].ID, Quote: "A synthetic sentence that states the fact."}}}
	}
	pair := func() (string, string) {
		a := rng.Intn(len(states))
		b := rng.Intn(len(states) - 1)
		if b >= a {
			b++
		}
		return states[a], states[b]
	}
	for i := 0; i < o.Measures; i++ {
		a, b := pair()
		m := &parity.Measure{
			ID:         fmt.Sprintf("m-synth%s-%07d", o.Prefix, i),
			Kind:       kinds[rng.Intn(len(kinds))],
			Actor:      a,
			Target:     b,
			Date:       day(rng),
			Place:      "Synthetic City",
			Provenance: cite(),
		}
		if m.Kind == parity.Expel || m.Kind == parity.StaffCap {
			c := parity.ExactCount(1 + rng.Intn(60))
			m.Count = &c
		}
		if m.Kind == parity.StaffCap {
			m.Cap = parity.Ceiling
		}
		// Every tenth measure answers an earlier one.
		if i%10 == 9 {
			prev := l.Measures[rng.Intn(len(l.Measures))]
			if !prev.Date.Start.After(m.Date.End) {
				m.RespondsTo = []string{prev.ID}
			}
		}
		l.Measures = append(l.Measures, m)
	}
	for i := 0; i < o.Observations; i++ {
		a, b := pair()
		n := 5 + rng.Intn(500)
		l.Observations = append(l.Observations, &parity.Observation{
			ID:         fmt.Sprintf("o-synth%s-%07d", o.Prefix, i),
			Sender:     a,
			Host:       b,
			Date:       day(rng),
			Category:   parity.AllStaff,
			Count:      parity.NewInterval(n, n+n/10, parity.Approx),
			Provenance: cite(),
		})
	}
	return l
}

// day returns a random day between 1990 and 2025.
func day(rng *rand.Rand) parity.Date {
	t := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(36*365))
	return parity.DayDate(t.Year(), t.Month(), t.Day())
}
