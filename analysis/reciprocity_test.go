package analysis

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"parity"
	"parity/dataset"
	"parity/synth"
)

func TestKindCodes(t *testing.T) {
	seen := map[uint8]parity.MeasureKind{}
	check := func(k parity.MeasureKind) {
		t.Helper()
		c := kindCode(k)
		if c == 0 || c >= kindCodes {
			t.Fatalf("kindCode(%s) = %d, want 1 to %d", k, c, kindCodes-1)
		}
		if o, ok := seen[c]; ok && o != k {
			t.Fatalf("kindCode(%s) = kindCode(%s) = %d", k, o, c)
		}
		seen[c] = k
	}
	for a, bs := range answerable {
		check(a)
		for _, b := range bs {
			check(b)
		}
	}
	if got, want := len(seen), kindCodes-1; got != want {
		t.Fatalf("%d kinds in answerable, want %d codes", got, want)
	}
	for a := range kindCodes {
		_, calls := answerable[kinds.name[a]]
		if got, want := kinds.calls[a], a > 0 && calls; got != want {
			t.Fatalf("calls[%s] = %v, want %v", kinds.name[a], got, want)
		}
		for b := range kindCodes {
			want := 0.0
			switch {
			case a == 0 || b == 0:
			case a == b && calls:
				want = 1
			case calls && slices.Contains(answerable[kinds.name[a]], kinds.name[b]):
				want = 0.6
			}
			if got := kinds.answers[a][b]; got != want {
				t.Fatalf("answers[%s][%s] = %v, want %v", kinds.name[a], kinds.name[b], got, want)
			}
		}
	}
	if kindCode("talks") != 0 || kindCode("Expel") != 0 {
		t.Fatal("kinds that call for no answer, or unknown, have code 0")
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "In Response TO", "ÄUSSERUNG in kind", "İstanbul", "bad \xe2 byte", "ответ"} {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMatchUnchanged pins Match's whole output on generated ledgers: the digests were
// taken from the matcher before it was rewritten for speed, so a change here means
// the results changed, not just the speed.
func TestMatchUnchanged(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ledger *parity.Ledger
		a, b   string
		opt    MatchOptions
		digest string
	}{
		{"mixed", mixedLedger(1, 3000, 4, false), "", "", MatchOptions{}, "65e134d58ce60cffea6917cb5e0f9473940d7c23fbb3789743e7102121a05a52"},
		{"mixed pair", mixedLedger(1, 3000, 4, false), "S00", "S01", MatchOptions{}, "d7b1859e05f25a692cddb3a349e5299fb621089fd6319cd6e5eafde9d8655a13"},
		{"mixed low threshold, long window", mixedLedger(2, 3000, 3, false), "", "", MatchOptions{Threshold: 0.3, Window: 300 * 24 * time.Hour}, "6b7d18a0b2d534cceae4dfe19a0f9841547abd9ce39778f5a79fb1f2a13ed2b3"},
		{"mixed, stated hidden", mixedLedger(3, 3000, 5, false), "", "", MatchOptions{IgnoreStated: true}, "32a530a6187ff60a9428949353acabce9c610b1e4b7197d43683dba15ecd5b7c"},
		{"mixed, stated only", mixedLedger(3, 3000, 5, false), "", "", MatchOptions{NoInference: true}, "d41ebf4ebde772df6360e5d5f7c78557ce5f0c5c6687015daeddcb3a10929121"},
		{"odd dates", mixedLedger(4, 3000, 4, true), "", "", MatchOptions{}, "00c6e3bb470e8481935f31640c4937fc9a9e4df97fe50b4eaea06244f59b35c8"},
		{"synthetic", synthLedger(t, 20000), "", "", MatchOptions{}, "438530d7d0767583346e0ccc459d50d375afb235f20e63f5cc18948107760de5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(Match(tc.ledger, tc.a, tc.b, tc.opt))
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("%x", sha256.Sum256(out)); got != tc.digest {
				t.Fatalf("digest %s, want %s", got, tc.digest)
			}
		})
	}
}

// synthLedger is a synthetic ledger of n measures among 200 states.
func synthLedger(t *testing.T, n int) *parity.Ledger {
	t.Helper()
	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return synth.Ledger(g, synth.Options{Measures: n, Observations: n / 10, States: 200, Seed: 1})
}

// mixedLedger makes n measures among the given number of states with what the
// synthetic ledgers lack: words of response and of kinds in mixed case and scripts,
// dates by month, year or range, counts of every shape, and responds_to that name
// earlier, later, repeated and missing IDs. With odd set, some dates are not
// midnights, some are missing and some are centuries away.
func mixedLedger(seed int64, n, states int, odd bool) *parity.Ledger {
	rng := rand.New(rand.NewSource(seed))
	kindList := []parity.MeasureKind{parity.Expel, parity.Expel, parity.Expel, parity.CloseMission, parity.SeizeProperty, parity.StaffCap,
		parity.LocalStaffBan, parity.RecallAmbassador, parity.AmbassadorDeparted, parity.ExpelAmbassador, parity.DowngradeRelations,
		parity.BreakRelations, parity.RestoreRelations, parity.Readmit, parity.Talks, parity.DenyAccreditation, parity.WithdrawStaff, "Expel"}
	words := []string{"in Response", "RETALIATED", "reciprocal", "tit for", "tat", "mirror", "in", "kind", "answer", "Expulsion",
		"persona non grata", "ambassador", "visa", "closed", "consulate", "cap", "reduced", "seized", "dacha", "local staff",
		"hiring", "recall", "İstanbul", "ответ", "the", "of"}
	text := func() string {
		var s []string
		for range rng.Intn(5) {
			s = append(s, words[rng.Intn(len(words))])
		}
		return strings.Join(s, " ")
	}
	id := func(i int) string { return fmt.Sprintf("m-%05d", i) }
	l := &parity.Ledger{}
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a, b := rng.Intn(states), rng.Intn(states)
		if a == b && rng.Intn(5) > 0 {
			b = (a + 1) % states
		}
		start := base.AddDate(0, 0, rng.Intn(1500))
		d := parity.Date{Start: start, End: start, Precision: parity.Day}
		switch rng.Intn(10) {
		case 0:
			d.End, d.Precision = start.AddDate(0, 1, -1), parity.Month
		case 1:
			d.End, d.Precision = start.AddDate(1, 0, -1), parity.Year
		case 2:
			d.End = start.AddDate(0, 0, rng.Intn(200))
		case 3:
			if odd {
				switch rng.Intn(3) {
				case 0:
					d = parity.Date{}
				case 1:
					d.Start = start.Add(time.Duration(rng.Intn(86400)) * time.Second)
					d.End = d.Start.Add(time.Duration(rng.Intn(3*86400)) * time.Second)
				case 2:
					d.Start = time.Date(9000+rng.Intn(900), 1, 1, 0, 0, 0, 0, time.UTC)
					d.End = d.Start
				}
			}
		}
		m := &parity.Measure{ID: id(i), Kind: kindList[rng.Intn(len(kindList))], Actor: fmt.Sprintf("S%02d", a), Target: fmt.Sprintf("S%02d", b),
			Date: d, Reason: text(), Note: text()}
		if i > 0 && rng.Intn(50) == 0 {
			m.ID = id(rng.Intn(i))
		}
		switch lo := rng.Intn(30); rng.Intn(5) {
		case 0, 1:
			m.Count = count(lo, lo, parity.Exact)
		case 2:
			m.Count = count(lo, lo+rng.Intn(30), parity.Approx)
		case 3:
			m.Count = &parity.Count{Min: ptr(lo + 1), Qualifier: parity.AtLeast}
		}
		for range rng.Intn(3) {
			m.Sources = append(m.Sources, parity.Citation{Source: "s-1", Quote: text()})
		}
		if i > 0 && rng.Intn(5) == 0 {
			for range 1 + rng.Intn(2) {
				switch rng.Intn(6) {
				case 0:
					m.RespondsTo = append(m.RespondsTo, "m-missing")
				case 1:
					m.RespondsTo = append(m.RespondsTo, id(min(n-1, i+rng.Intn(10))))
				default:
					m.RespondsTo = append(m.RespondsTo, id(max(0, i-1-rng.Intn(30))))
				}
			}
		}
		l.Measures = append(l.Measures, m)
		if rng.Intn(100) == 0 {
			l.Measures = append(l.Measures, l.Measures[rng.Intn(len(l.Measures))]) // the same measure twice
		}
	}
	return l
}
