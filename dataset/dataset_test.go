package dataset_test

import (
	"slices"
	"strings"
	"testing"

	"parity"
	"parity/dataset"
)

func load(t *testing.T) *parity.Ledger {
	t.Helper()
	l, err := dataset.Load()
	if err != nil {
		t.Fatalf("the bundled dataset does not load:\n%v", err)
	}
	return l
}

func TestGazetteer(t *testing.T) {
	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"USA", "RUS", "CZE", "GBR", "FIN", "SWE", "UN", "NATO", "EU", "OSCE", "IAEA"} {
		if !g.Has(code) {
			t.Errorf("gazetteer lacks %s", code)
		}
	}
	countries := 0
	for _, a := range g.Actors() {
		if a.Kind == parity.Country {
			countries++
		}
	}
	if countries < 249 {
		t.Fatalf("%d countries, want every ISO 3166-1 entry (249+)", countries)
	}
	cze := g.Actor("CZE")
	if cze.Capital != "Prague" || cze.CapitalLat == nil || !slices.Contains(cze.Aliases, "Czech Republic") || !slices.Contains(cze.Demonyms, "Czech") {
		t.Fatalf("CZE = %+v", cze)
	}
}

// TestCoverage holds the dataset to the minimums it promises.
func TestCoverage(t *testing.T) {
	l := load(t)
	if n := len(l.Measures); n < 200 {
		t.Errorf("%d measures, want at least 200", n)
	}
	if n := len(l.Observations); n < 40 {
		t.Errorf("%d observations, want at least 40", n)
	}
	if n := len(l.Assessments); n < 5 {
		t.Errorf("%d assessments, want at least 5", n)
	}
	if n := len(l.Missions); n < 60 {
		t.Errorf("%d missions, want at least 60", n)
	}
	g, _ := dataset.Gazetteer()
	states := map[string]bool{}
	pairs := map[[2]string]bool{}
	for _, m := range l.Measures {
		for _, c := range []string{m.Actor, m.Target} {
			if g.Actor(c).Kind == parity.Country {
				states[c] = true
			}
		}
		if m.Actor != "RUS" && m.Target != "RUS" {
			pairs[[2]string{min(m.Actor, m.Target), max(m.Actor, m.Target)}] = true
		}
	}
	if len(states) < 30 {
		t.Errorf("measures involve %d states, want at least 30", len(states))
	}
	if len(pairs) < 5 {
		t.Errorf("%d pairs of states without Russia, want at least 5", len(pairs))
	}
	multi, cited := 0, 0
	for _, p := range provenances(l) {
		cited++
		if len(p.SourceIDs()) >= 2 {
			multi++
		}
	}
	if share := float64(multi) / float64(cited); share < 0.6 {
		t.Errorf("%.0f%% of records have two or more sources, want at least 60%%", 100*share)
	}
}

// TestEpisodes checks the episodes users ask about first, with their numbers.
func TestEpisodes(t *testing.T) {
	l := load(t)
	byID := map[string]*parity.Measure{}
	for _, m := range l.Measures {
		byID[m.ID] = m
	}
	tests := []struct {
		id    string
		count int // 0: no count expected
	}{
		{"m-2016-12-29-usa-rus-expel", 35},
		{"m-2018-03-26-usa-rus-expel", 60},
		{"m-2018-03-26-usa-rus-close-mission", 0},
		{"m-2018-03-29-rus-usa-expel", 60},
		{"m-2018-03-14-gbr-rus-expel", 23},
		{"m-2018-03-17-rus-gbr-expel", 23},
		{"m-2021-04-17-cze-rus-expel", 18},
		{"m-2021-04-18-rus-cze-expel", 20},
		{"m-2022-02-28-usa-rus-expel", 12},
	}
	for _, tt := range tests {
		m := byID[tt.id]
		if m == nil {
			t.Errorf("%s is missing", tt.id)
			continue
		}
		if tt.count > 0 && (m.Count == nil || *m.Count.Min != tt.count || *m.Count.Max != tt.count) {
			t.Errorf("%s count = %v, want %d", tt.id, m.Count, tt.count)
		}
		if len(m.Sources) == 0 || m.Sources[0].Quote == "" {
			t.Errorf("%s has no quoted source", tt.id)
		}
	}
	if r := byID["m-2018-03-29-rus-usa-expel"]; r != nil && !slices.Contains(r.RespondsTo, "m-2018-03-26-usa-rus-expel") {
		t.Errorf("Russia's 2018 reply does not answer the US expulsion: %v", r.RespondsTo)
	}
	var antonov *parity.Measure
	for _, m := range l.Measures {
		if m.Kind == parity.AmbassadorDeparted && strings.Contains(m.Place, "Antonov") {
			antonov = m
		}
	}
	if antonov == nil || len(antonov.Disputes) == 0 || antonov.Disputes[0].Field != "date" {
		t.Errorf("Antonov's departure must keep the disputed date: %+v", antonov)
	}
	var seattle bool
	for _, m := range l.Missions {
		if m.ID == "ms-rus-usa-seattle-cg" && !m.Closed.IsZero() {
			seattle = true
		}
	}
	if !seattle {
		t.Error("the closed Seattle consulate is missing")
	}
}

// TestVersionIsStable checks that the version names the content, not the build.
func TestVersionIsStable(t *testing.T) {
	if a, b := dataset.Version(), dataset.Version(); a != b || len(a) != 12 {
		t.Fatalf("version %q / %q", a, b)
	}
}

func provenances(l *parity.Ledger) []*parity.Provenance {
	var out []*parity.Provenance
	for _, m := range l.Missions {
		out = append(out, &m.Provenance)
	}
	for _, m := range l.Measures {
		out = append(out, &m.Provenance)
	}
	for _, o := range l.Observations {
		out = append(out, &o.Provenance)
	}
	for _, a := range l.Assessments {
		out = append(out, &a.Provenance)
	}
	return out
}
