package analysis

import (
	"fmt"
	"testing"

	"parity"
	"parity/dataset"
	"parity/synth"
)

// benchLedgers caches synthetic ledgers: measures among 200 states, with one
// observation for every ten measures (100,000 at 1,000,000).
var benchLedgers = map[int]*parity.Ledger{}

func benchLedger(b *testing.B, n int) *parity.Ledger {
	if l, ok := benchLedgers[n]; ok {
		return l
	}
	g, err := dataset.Gazetteer()
	if err != nil {
		b.Fatal(err)
	}
	l := synth.Ledger(g, synth.Options{Measures: n, Observations: n / 10, States: 200, Seed: 1})
	benchLedgers[n] = l
	return l
}

// benchSizes shows how cost grows with the ledger.
var benchSizes = []int{10_000, 100_000, 1_000_000}

// firstPair returns the actor and target of the ledger's first measure.
func firstPair(l *parity.Ledger) (string, string) { return l.Measures[0].Actor, l.Measures[0].Target }

func BenchmarkPresence(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			l := benchLedger(b, n)
			a, t := firstPair(l)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Presence(l, a, t, PresenceOptions{})
			}
		})
	}
}

func BenchmarkGaps(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			l := benchLedger(b, n)
			a, _ := firstPair(l)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Gaps(l, a, parity.Date{})
			}
		})
	}
}

func BenchmarkReciprocity(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			l := benchLedger(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Match(l, "", "", MatchOptions{})
			}
		})
	}
}
