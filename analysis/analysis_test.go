package analysis

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"parity"
)

// b builds hand-made ledgers for the tests; every record cites one source.
type b struct{ l parity.Ledger }

var cite = parity.Provenance{Sources: []parity.Citation{{Source: "s-test-2020-x"}}}

func count(lo, hi int, q parity.Qualifier) *parity.Count {
	c := parity.NewInterval(lo, hi, q)
	return &c
}

func (b *b) measure(id, actor string, kind parity.MeasureKind, target, date string, c *parity.Count, respondsTo ...string) *b {
	m := &parity.Measure{ID: id, Kind: kind, Actor: actor, Target: target, Date: parity.MustDate(date), Count: c, RespondsTo: respondsTo, Provenance: cite}
	if kind == parity.StaffCap {
		m.Cap = parity.Ceiling
	}
	b.l.Measures = append(b.l.Measures, m)
	return b
}

func (b *b) obs(id, sender, host, date string, lo, hi int, cat parity.StaffCategory) *b {
	b.l.Observations = append(b.l.Observations, &parity.Observation{ID: id, Sender: sender, Host: host, Date: parity.MustDate(date), Category: cat,
		Count: parity.NewInterval(lo, hi, parity.Approx), Provenance: cite})
	return b
}

func (b *b) share(id, sender, host, date string, lo, hi float64) *b {
	b.l.Assessments = append(b.l.Assessments, &parity.Assessment{ID: id, Kind: parity.IntelShare, Sender: sender, Host: host, Date: parity.MustDate(date),
		Value: parity.NewInterval(lo, hi, parity.Approx), Provenance: cite})
	return b
}

func estimates(s Series) []string {
	var out []string
	for _, p := range s.Points {
		out = append(out, p.Date.String()+" "+p.Estimate.String())
	}
	return out
}

// TestPresence works through a dyad by hand:
// A has 100 in B (2018-01); B expels 20 (2018-03): 80; B caps A at 50 (2018-06): 50;
// B expels "at least 5" (2018-07): 0–45... no: low 50-∞ → 0, high 50-5 = 45;
// a head-count of 40 (2019) re-anchors; B readmits 10 (2020): 50.
func TestPresence(t *testing.T) {
	l := (&b{}).
		obs("o-1", "AAA", "BBB", "2018-01", 100, 100, parity.AllStaff).
		measure("m-1", "BBB", parity.Expel, "AAA", "2018-03-01", count(20, 20, parity.Exact)).
		measure("m-2", "BBB", parity.StaffCap, "AAA", "2018-06-01", count(50, 50, parity.Exact)).
		measure("m-3", "BBB", parity.Expel, "AAA", "2018-07-01", &parity.Count{Min: ptr(5), Qualifier: parity.AtLeast}).
		obs("o-2", "AAA", "BBB", "2019", 40, 40, parity.AllStaff).
		measure("m-4", "BBB", parity.Readmit, "AAA", "2020-02-01", count(10, 10, parity.Exact)).
		measure("m-5", "BBB", parity.CloseMission, "AAA", "2020-03-01", nil).
		obs("o-3", "BBB", "AAA", "2018-01", 50, 60, parity.AllStaff).
		measure("m-6", "AAA", parity.Expel, "BBB", "2018-03-05", count(20, 20, parity.Exact)).l
	d := Presence(&l, "AAA", "BBB", PresenceOptions{})
	want := []string{"2018-01 100", "2018-03-01 80", "2018-06-01 50", "2018-07-01 0–45", "2019 40", "2020-02-01 50"}
	if got := estimates(d.AinB); !reflect.DeepEqual(got, want) {
		t.Fatalf("A in B = %v\nwant      %v", got, want)
	}
	if got, want := estimates(d.BinA), []string{"2018-01 50–60", "2018-03-05 30–40"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("B in A = %v, want %v", got, want)
	}
	// Ratio at 2018-03-05: A 80 over B 30–40 → 2.00–2.67.
	var r Ratio
	for _, rp := range d.Ratios {
		if rp.Date.String() == "2018-03-05" {
			r = rp.Ratio
		}
	}
	if math.Abs(r.Low-2) > 1e-9 || math.Abs(r.High-80.0/30) > 1e-9 {
		t.Fatalf("ratio at 2018-03-05 = %+v, want 2.00–2.67", r)
	}
	var closure Marker
	for _, m := range d.Markers {
		if m.ID == "m-5" {
			closure = m
		}
	}
	if !strings.Contains(closure.Effect, "not known") {
		t.Fatalf("closure marker = %+v", closure)
	}
	last := d.AinB.Points[len(d.AinB.Points)-1]
	if !reflect.DeepEqual(last.Records, []string{"o-2", "m-4"}) {
		t.Fatalf("records of the last point = %v, want the anchor and the readmission", last.Records)
	}
}

func TestPresenceInconsistencies(t *testing.T) {
	l := (&b{}).
		obs("o-1", "AAA", "BBB", "2018-01", 30, 30, parity.AllStaff).
		measure("m-1", "BBB", parity.Expel, "AAA", "2018-02-01", count(40, 40, parity.Exact)).
		obs("o-2", "AAA", "BBB", "2018-05", 25, 25, parity.AllStaff).l
	d := Presence(&l, "AAA", "BBB", PresenceOptions{})
	if len(d.Inconsistencies) != 2 {
		t.Fatalf("inconsistencies = %+v, want an expulsion larger than the presence and a head-count that contradicts", d.Inconsistencies)
	}
	if !strings.Contains(d.Inconsistencies[0].Message, "more than the 30 estimated") {
		t.Fatalf("first = %q", d.Inconsistencies[0].Message)
	}
	if !strings.Contains(d.Inconsistencies[1].Message, "head-count 25") {
		t.Fatalf("second = %q", d.Inconsistencies[1].Message)
	}
}

// TestCoarseAnchorDoesNotContradict: a head-count of September 2017 after one of
// "2017" is another moment of that year, not a contradiction.
func TestCoarseAnchorDoesNotContradict(t *testing.T) {
	l := (&b{}).
		obs("o-1", "USA", "RUS", "2017", 1200, 1200, parity.AllStaff).
		obs("o-2", "USA", "RUS", "2017-09", 400, 455, parity.AllStaff).
		obs("o-3", "USA", "RUS", "2018-06", 100, 100, parity.AllStaff).l
	d := Presence(&l, "USA", "RUS", PresenceOptions{})
	if len(d.Inconsistencies) != 1 || !strings.Contains(d.Inconsistencies[0].Message, "head-count 100") {
		t.Fatalf("inconsistencies = %+v, want only 2018-06 against 2017-09", d.Inconsistencies)
	}
}

func TestCeilingThenReductionIsOneDecision(t *testing.T) {
	l := (&b{}).
		obs("o-1", "USA", "RUS", "2017-06", 1200, 1200, parity.AllStaff).
		measure("m-cap", "RUS", parity.StaffCap, "USA", "2017-07-28", count(455, 455, parity.Exact)).
		measure("m-cut", "RUS", parity.StaffCap, "USA", "2017-07-30", count(755, 755, parity.Exact)).l
	l.Measures[1].Cap = parity.Reduction
	d := Presence(&l, "USA", "RUS", PresenceOptions{})
	if got := estimates(d.AinB); !reflect.DeepEqual(got, []string{"2017-06 1200", "2017-07-28 455"}) {
		t.Fatalf("A in B = %v: the 755 cut must not apply on top of the 455 ceiling", got)
	}
}

// TestAmbiguousOrder: a head-count dated by month cannot be ordered against a measure
// of the same month, and a cut of all staff only lowers a diplomats' count's floor.
func TestAmbiguousOrder(t *testing.T) {
	l := (&b{}).
		obs("o-1", "NLD", "RUS", "2022-04", 10, 10, parity.Diplomats).
		measure("m-1", "RUS", parity.Expel, "NLD", "2022-04-19", count(15, 15, parity.Exact)).
		measure("m-2", "RUS", parity.StaffCap, "NLD", "2022-06-01", count(4, 4, parity.Exact)).l
	l.Measures[1].Cap = parity.Reduction
	d := Presence(&l, "NLD", "RUS", PresenceOptions{})
	if got, want := estimates(d.AinB), []string{"2022-04 10", "2022-06-01 6–10"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("estimates = %v, want %v", got, want)
	}
	if len(d.Inconsistencies) != 0 {
		t.Fatalf("inconsistencies = %+v: the expulsion may be counted already", d.Inconsistencies)
	}
}

func TestGapsAndCoalition(t *testing.T) {
	// Target T has 140 in H1 and H1 has 65 in T: excess 75; share assessed 0.3–0.4
	// gives 22.5–30 officers. T has 60 in H2, H2 has 30 in T: excess 30, default share
	// (median of the only assessment: 0.3–0.4) gives 9–12. H3 has only T's side.
	l := (&b{}).
		obs("o-1", "TTT", "HHA", "2017", 140, 140, parity.AllStaff).
		obs("o-2", "HHA", "TTT", "2017", 65, 65, parity.AllStaff).
		obs("o-3", "TTT", "HHB", "2017", 60, 60, parity.AllStaff).
		obs("o-4", "HHB", "TTT", "2017", 30, 30, parity.AllStaff).
		obs("o-5", "TTT", "HHC", "2017", 10, 10, parity.AllStaff).
		share("a-1", "TTT", "HHA", "2017", 0.3, 0.4).
		measure("m-1", "HHA", parity.Expel, "TTT", "2016-05-01", count(2, 2, parity.Exact)).l
	rows := Gaps(&l, "TTT", parity.Date{})
	if len(rows) != 3 || rows[0].Host != "HHA" || rows[1].Host != "HHB" || rows[2].Host != "HHC" {
		t.Fatalf("rows = %+v, want HHA, HHB by excess, then HHC without a ratio", rows)
	}
	a := rows[0]
	if a.Excess.String() != "75" || a.IntelInExcess.Low != 22.5 || a.IntelInExcess.High != 30 || a.Share.Basis != ShareAssessed {
		t.Fatalf("HHA = excess %s, intel %+v, share %+v", a.Excess, a.IntelInExcess, a.Share)
	}
	if a.LatestByHost != "m-1" || a.Ratio == nil || math.Abs(a.Ratio.Low-140.0/65) > 1e-9 {
		t.Fatalf("HHA latest = %q, ratio = %+v", a.LatestByHost, a.Ratio)
	}
	if b := rows[1]; b.Share.Basis != ShareDefault || b.IntelInExcess.String() != "9–12" {
		t.Fatalf("HHB = %+v", b)
	}
	if rows[2].Ratio != nil {
		t.Fatal("HHC has no count of its own mission: no ratio")
	}
	c := JointParity("TTT", rows, []string{"HHA", "HHB", "HHC"})
	// Mirror replies take the same number, at most the host's whole mission: 65 and 30.
	if c.Removed.String() != "105" || c.Retaliation.String() != "95" || !reflect.DeepEqual(c.Unknown, []string{"HHC"}) {
		t.Fatalf("coalition = removed %s, retaliation %s, unknown %v", c.Removed, c.Retaliation, c.Unknown)
	}
	if c.Rows[0].Left.String() != "0" || c.Rows[1].Left.String() != "0" {
		t.Fatalf("left = %+v", c.Rows)
	}
}

func TestGapFromSizeRatio(t *testing.T) {
	// Finland's mission in Russia is half Russia's in Finland; Russia has 60 in Finland.
	l := (&b{}).obs("o-1", "RUS", "FIN", "2017", 60, 60, parity.Diplomats).l
	l.Assessments = append(l.Assessments, &parity.Assessment{ID: "a-1", Kind: parity.SizeRatio, Sender: "FIN", Host: "RUS", Date: parity.MustDate("2017"),
		Value: parity.NewInterval(0.5, 0.5, parity.Approx), Provenance: cite})
	rows := Gaps(&l, "RUS", parity.Date{})
	if len(rows) != 1 || !rows[0].HostInTarget.Known || rows[0].HostInTarget.Estimate.String() != "30" || rows[0].Excess.String() != "30" {
		t.Fatalf("rows = %+v", rows)
	}
}

func TestReciprocity(t *testing.T) {
	l := (&b{}).
		measure("m-a1", "AAA", parity.Expel, "BBB", "2018-03-26", count(60, 60, parity.Exact)).
		measure("m-b1", "BBB", parity.Expel, "AAA", "2018-03-29", count(60, 60, parity.Exact), "m-a1").
		measure("m-a2", "AAA", parity.Expel, "BBB", "2019-01-10", count(10, 10, parity.Exact)).
		measure("m-b2", "BBB", parity.Expel, "AAA", "2019-01-20", count(20, 20, parity.Exact)).
		measure("m-a3", "AAA", parity.CloseMission, "BBB", "2019-02-01", nil).
		measure("m-b3", "BBB", parity.Expel, "AAA", "2019-02-10", count(9, 9, parity.Exact)).
		measure("m-a4", "AAA", parity.Expel, "BBB", "2020-01-01", count(4, 4, parity.Exact)).l
	// A different kind counts as an answer only with words of response in its sources.
	l.Measures[5].Reason = "in response to the closure"
	rec := Match(&l, "AAA", "BBB", MatchOptions{})
	got := map[string]Link{}
	for _, r := range rec.Replies {
		for _, lk := range r.Links {
			got[r.ID] = lk
		}
	}
	if lk := got["m-a1"]; lk.Answer != "m-b1" || !lk.Stated || lk.Class != Mirror || lk.LagDays != 3 {
		t.Fatalf("m-a1 → %+v, want the stated mirror after 3 days", lk)
	}
	if lk := got["m-a2"]; lk.Answer != "m-b2" || lk.Stated || lk.Class != Escalation {
		t.Fatalf("m-a2 → %+v, want an inferred escalation (20 for 10)", lk)
	}
	if lk := got["m-a3"]; lk.Answer != "m-b3" || lk.Class != Asymmetric {
		t.Fatalf("m-a3 → %+v, want an asymmetric answer (expulsion for a closure)", lk)
	}
	if _, ok := got["m-a4"]; ok {
		t.Fatal("m-a4 has no answer within 90 days")
	}
	var st DyadStats
	for _, s := range rec.Stats {
		if s.Actor == "AAA" {
			st = s
		}
	}
	if st.Measures != 4 || st.Answered != 3 || *st.MedianLagDays != 9 {
		t.Fatalf("stats = %+v (median lag %v)", st, *st.MedianLagDays)
	}
	if rec.Chain == nil || len(rec.Chain) < 2 {
		t.Fatalf("chain = %v", rec.Chain)
	}
	ev := Evaluate(&l, MatchOptions{})
	if ev.Stated != 1 || ev.Correct != 1 || ev.Recall != 1 {
		t.Fatalf("evaluation = %+v, want the stated link found again", ev)
	}
}

func TestNearSites(t *testing.T) {
	lat, lon := 47.6097, -122.3331 // downtown Seattle
	far, farLon := 40.7, -74.0
	ms := []*parity.Mission{{ID: "ms-1", Lat: &lat, Lon: &lon}, {ID: "ms-2", Lat: &far, Lon: &farLon}, {ID: "ms-3"}}
	sites := []*parity.Site{{ID: "st-kitsap", Lat: 47.7267, Lon: -122.7147}, {ID: "st-everett", Lat: 47.9229, Lon: -122.2826}}
	near := NearSites(ms, sites, 50)
	if len(near) != 2 || near[0].SiteID != "st-kitsap" || near[1].SiteID != "st-everett" {
		t.Fatalf("near = %+v", near)
	}
	// Seattle to Bangor: about 31 km on a great circle.
	if near[0].Km < 30 || near[0].Km > 32 {
		t.Fatalf("Seattle–Kitsap = %.1f km", near[0].Km)
	}
	if d := Distance(0, 0, 0, 180); math.Abs(d-math.Pi*EarthRadiusKm) > 1e-6 {
		t.Fatalf("half the equator = %f", d)
	}
}

func TestIntelAndTimeline(t *testing.T) {
	l := (&b{}).
		obs("o-1", "RUS", "SWE", "2016", 37, 37, parity.Diplomats).
		share("a-1", "RUS", "SWE", "2016", 0.33, 0.34).
		measure("m-1", "SWE", parity.Expel, "RUS", "2018-03-26", count(1, 1, parity.Exact)).
		measure("m-2", "RUS", parity.Expel, "SWE", "2018-03-30", count(1, 1, parity.Exact), "m-1").l
	rows := Intel(&l, "RUS", parity.Date{})
	if len(rows) != 1 || rows[0].Staff.String() != "36" || math.Abs(rows[0].Officers.Low-36*0.33) > 1e-9 {
		t.Fatalf("intel = %+v", rows)
	}
	names := func(c string) string { return map[string]string{"RUS": "Russia", "SWE": "Sweden"}[c] }
	tl := Timeline(&l, "SWE", "", parity.Date{}, names)
	if len(tl) != 2 || tl[0].Text != "Sweden expelled 1 diplomat of Russia" || len(tl[0].Answers) != 1 || tl[0].Answers[0].Answer != "m-2" {
		t.Fatalf("timeline = %+v", tl)
	}
	if since := Timeline(&l, "SWE", "", parity.MustDate("2018-03-28"), names); len(since) != 1 {
		t.Fatalf("since filter: %d entries", len(since))
	}
}

func ptr[T any](v T) *T { return &v }
