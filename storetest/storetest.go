// Package storetest is the conformance suite of parity.Store: the SQLite and the
// PostgreSQL store run the same tests, so the two engines cannot drift apart. Each
// test gets a new, empty store from the engine's Opener.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"parity"
	"parity/dataset"
	"parity/synth"
)

// Opener returns a new, empty, migrated store; the test closes it.
type Opener func(t testing.TB) parity.Store

// Run runs every conformance test against stores from open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s parity.Store)
	}{
		{"ImportThenQuery", testImportThenQuery},
		{"ImportIsAtomic", testImportIsAtomic},
		{"ImportTwiceAddsNothing", testImportTwice},
		{"ConflictingRecord", testConflict},
		{"DanglingReference", testDanglingReference},
		{"BulkImportChecksReferences", testBulkDangling},
		{"SourceURLTakenByAnotherID", testURLConflict},
		{"ReferencesIntoStoredLedger", testReferencesIntoStore},
		{"Filters", testFilters},
		{"RecordAndAnswers", testRecordAndAnswers},
		{"DryRunWritesNothing", testDryRun},
		{"DatasetSyncKeepsUserRecords", testDatasetSync},
		{"ExportRoundTrip", testExportRoundTrip},
		{"Stats", testStats},
		{"Link", testLink},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

// Gazetteer returns the bundled gazetteer or fails the test.
func Gazetteer(t testing.TB) *parity.Gazetteer {
	t.Helper()
	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// fixture is a small hand-made ledger: two sources, a mission, a measure and its
// answer, an observation and an assessment.
func fixture() *parity.Ledger {
	lat, lon := 47.6, -122.33
	cite := func(ids ...string) parity.Provenance {
		var p parity.Provenance
		for _, id := range ids {
			p.Sources = append(p.Sources, parity.Citation{Source: id, Quote: "quote from " + id})
		}
		return p
	}
	c60 := parity.ExactCount(60)
	over := parity.Count{Min: ptr(100), Qualifier: parity.AtLeast}
	l := &parity.Ledger{
		Sources: []*parity.Source{
			{ID: "s-wire-2018-03-26-a", URL: "https://example.org/a", Outlet: "Wire A", Title: "A", Published: parity.MustDate("2018-03-26")},
			{ID: "s-paper-2018-03-27-b", URL: "https://example.org/b", Outlet: "Paper B", Title: "B", Published: parity.MustDate("2018-03")},
		},
		Missions: []*parity.Mission{
			{ID: "ms-rus-usa-seattle-cg", Sender: "RUS", Host: "USA", Kind: parity.ConsulateGeneral, Name: "Consulate General of Russia in Seattle", City: "Seattle", Lat: &lat, Lon: &lon, Closed: parity.MustDate("2018-04-02"), Provenance: cite("s-wire-2018-03-26-a")},
		},
		Measures: []*parity.Measure{
			{ID: "m-2018-03-26-usa-rus-expel", Kind: parity.Expel, Actor: "USA", Target: "RUS", Date: parity.MustDate("2018-03-26"), Count: &c60, Place: "Washington", Provenance: cite("s-wire-2018-03-26-a", "s-paper-2018-03-27-b")},
			{ID: "m-2018-03-26-usa-rus-close-mission", Kind: parity.CloseMission, Actor: "USA", Target: "RUS", Date: parity.MustDate("2018-03-26"), Mission: "ms-rus-usa-seattle-cg", Provenance: cite("s-wire-2018-03-26-a")},
			{ID: "m-2018-03-29-rus-usa-expel", Kind: parity.Expel, Actor: "RUS", Target: "USA", Date: parity.MustDate("2018-03-29"), Count: &c60, RespondsTo: []string{"m-2018-03-26-usa-rus-expel"}, Provenance: cite("s-paper-2018-03-27-b")},
			{ID: "m-2016-usa-rus-expel", Kind: parity.Expel, Actor: "USA", Target: "RUS", Date: parity.MustDate("2016"), Count: &over, Provenance: parity.Provenance{
				Sources:  []parity.Citation{{Source: "s-wire-2018-03-26-a"}},
				Disputes: []parity.Dispute{{Field: "count", Value: json.RawMessage(`{"min":35,"max":35,"qualifier":"exact"}`), Sources: []string{"s-paper-2018-03-27-b"}, Note: "counts one round only"}},
			}},
		},
		Observations: []*parity.Observation{
			{ID: "o-2017-07-usa-rus-all-staff", Sender: "USA", Host: "RUS", Date: parity.MustDate("2017-07"), Category: parity.AllStaff, Count: parity.NewInterval(1200, 1210, parity.Approx), Provenance: cite("s-paper-2018-03-27-b")},
		},
		Assessments: []*parity.Assessment{
			{ID: "a-2017-rus-swe-intel-share", Kind: parity.IntelShare, Sender: "RUS", Host: "SWE", Date: parity.MustDate("2017"), Value: parity.NewInterval(0.3, 0.34, parity.Approx), Provenance: cite("s-wire-2018-03-26-a")},
		},
		Sites: []*parity.Site{
			{ID: "st-usa-naval-base-kitsap", Country: "USA", Name: "Naval Base Kitsap", Kind: parity.NavalBase, Lat: 47.72, Lon: -122.71, Provenance: cite("s-paper-2018-03-27-b")},
		},
	}
	return l
}

func ptr[T any](v T) *T { return &v }

// mustImport imports l as user records or fails.
func mustImport(t *testing.T, s parity.Store, l *parity.Ledger) parity.ImportResult {
	t.Helper()
	res, err := s.Import(context.Background(), l, parity.ImportOptions{Origin: parity.OriginUser})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return res
}

// export returns the store's ledger as JSON, for comparisons.
func export(t *testing.T, s parity.Store) string {
	t.Helper()
	l, err := s.Export(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testImportThenQuery(t *testing.T, s parity.Store) {
	ctx := context.Background()
	res := mustImport(t, s, fixture())
	if got, want := parity.Total(res.Added), 10; got != want {
		t.Fatalf("added %d records, want %d", got, want)
	}
	ms, err := s.Measures(ctx, parity.MeasureFilter{Actor: "USA", Target: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(ms), []string{"m-2016-usa-rus-expel", "m-2018-03-26-usa-rus-close-mission", "m-2018-03-26-usa-rus-expel"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("measures = %v, want %v (by date, then ID)", got, want)
	}
	want := fixture().Measures[0]
	if !reflect.DeepEqual(ms[2], want) {
		a, _ := json.Marshal(ms[2])
		b, _ := json.Marshal(want)
		t.Fatalf("stored measure differs:\n got %s\nwant %s", a, b)
	}
	if d := ms[0].Disputes; len(d) != 1 || d[0].Field != "count" {
		t.Fatalf("disputes = %+v, want one on count", d)
	}
}

func testImportIsAtomic(t *testing.T, s parity.Store) {
	ctx := context.Background()
	mustImport(t, s, fixture())
	before := export(t, s)
	bad := &parity.Ledger{
		Sources: []*parity.Source{{ID: "s-new-2020-01-01-x", URL: "https://example.org/x", Outlet: "X", Title: "X", Published: parity.MustDate("2020-01-01")}},
		Measures: []*parity.Measure{
			{ID: "m-2020-01-01-fra-deu-expel", Kind: parity.Expel, Actor: "FRA", Target: "DEU", Date: parity.MustDate("2020-01-01"), Provenance: parity.Provenance{Sources: []parity.Citation{{Source: "s-new-2020-01-01-x"}}}},
			{ID: "m-2020-01-02-deu-fra-expel", Kind: parity.Expel, Actor: "DEU", Target: "XXX", Date: parity.MustDate("2020-01-02"), Provenance: parity.Provenance{Sources: []parity.Citation{{Source: "s-new-2020-01-01-x"}}}},
		},
	}
	_, err := s.Import(ctx, bad, parity.ImportOptions{})
	if got, want := parity.ErrorCode(err), parity.EINVALID; got != want {
		t.Fatalf("error code = %q (%v), want %q", got, err, want)
	}
	var verrs parity.ValidationErrors
	if !errors.As(err, &verrs) || verrs[0].Record != "m-2020-01-02-deu-fra-expel" || verrs[0].Field != "target" {
		t.Fatalf("error = %v, want one naming the record and field target", err)
	}
	if after := export(t, s); after != before {
		t.Fatal("a failed import changed the ledger")
	}
}

func testImportTwice(t *testing.T, s parity.Store) {
	mustImport(t, s, fixture())
	before := export(t, s)
	res := mustImport(t, s, fixture())
	if got := parity.Total(res.Added); got != 0 {
		t.Fatalf("second import added %d records, want 0", got)
	}
	if got, want := parity.Total(res.Unchanged), 10; got != want {
		t.Fatalf("unchanged = %d, want %d", got, want)
	}
	if export(t, s) != before {
		t.Fatal("second import changed the ledger")
	}
}

func testConflict(t *testing.T, s parity.Store) {
	mustImport(t, s, fixture())
	l := fixture()
	l.Measures[0].Place = "somewhere else"
	_, err := s.Import(context.Background(), l, parity.ImportOptions{})
	if got, want := parity.ErrorCode(err), parity.ECONFLICT; got != want {
		t.Fatalf("code = %q (%v), want %q", got, err, want)
	}
}

func testDanglingReference(t *testing.T, s parity.Store) {
	l := fixture()
	l.Measures[2].RespondsTo = []string{"m-1999-01-01-usa-rus-expel"}
	_, err := s.Import(context.Background(), l, parity.ImportOptions{})
	if got, want := parity.ErrorCode(err), parity.ENOTFOUND; got != want {
		t.Fatalf("code = %q (%v), want %q", got, err, want)
	}
	if l := mustExport(t, s); l.Len() != 0 {
		t.Fatal("a refused import left records behind")
	}
}

// testBulkDangling refuses dangling references in a batch large enough for the bulk
// path, where SQLite inserts with its row-by-row foreign-key checks off: the
// validation of the batch must catch each kind of reference on its own.
func testBulkDangling(t *testing.T, s parity.Store) {
	g := Gazetteer(t)
	breaks := []struct {
		name    string
		corrupt func(l *parity.Ledger)
	}{
		{"answered measure", func(l *parity.Ledger) {
			l.Measures[len(l.Measures)-1].RespondsTo = []string{"m-1999-01-01-usa-rus-expel"}
		}},
		{"cited source", func(l *parity.Ledger) { l.Measures[len(l.Measures)/2].Sources[0].Source = "s-1999-01-01-nowhere" }},
		{"mission", func(l *parity.Ledger) { l.Measures[7].Mission = "ms-usa-rus-nowhere-embassy" }},
	}
	for _, b := range breaks {
		l := synth.Ledger(g, synth.Options{Measures: 21000, States: 20, Seed: 3})
		b.corrupt(l)
		_, err := s.Import(context.Background(), l, parity.ImportOptions{})
		if got := parity.ErrorCode(err); got != parity.ENOTFOUND {
			t.Fatalf("%s: error code = %q (%v), want %q", b.name, got, err, parity.ENOTFOUND)
		}
		if l := mustExport(t, s); l.Len() != 0 {
			t.Fatalf("%s: a refused bulk import left %d records behind", b.name, l.Len())
		}
	}
}

func mustExport(t *testing.T, s parity.Store) *parity.Ledger {
	t.Helper()
	l, err := s.Export(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func testURLConflict(t *testing.T, s parity.Store) {
	mustImport(t, s, fixture())
	l := &parity.Ledger{Sources: []*parity.Source{{ID: "s-other-2018-03-26-a", URL: "https://example.org/a", Outlet: "Other", Title: "A again", Published: parity.MustDate("2018-03-26")}}}
	_, err := s.Import(context.Background(), l, parity.ImportOptions{})
	if got, want := parity.ErrorCode(err), parity.ECONFLICT; got != want {
		t.Fatalf("code = %q (%v), want %q", got, err, want)
	}
}

func testReferencesIntoStore(t *testing.T, s parity.Store) {
	mustImport(t, s, fixture())
	c := parity.ExactCount(2)
	l := &parity.Ledger{Measures: []*parity.Measure{{
		ID: "m-2018-04-01-usa-rus-expel", Kind: parity.Expel, Actor: "USA", Target: "RUS", Date: parity.MustDate("2018-04-01"), Count: &c,
		RespondsTo: []string{"m-2018-03-29-rus-usa-expel"}, Mission: "ms-rus-usa-seattle-cg",
		Provenance: parity.Provenance{Sources: []parity.Citation{{Source: "s-wire-2018-03-26-a"}}},
	}}}
	res := mustImport(t, s, l)
	if got := res.Added[parity.TypeMeasure]; got != 1 {
		t.Fatalf("added %d measures, want 1", got)
	}
	// A reference to a stored record of the wrong type is refused.
	l.Measures[0].ID = "m-2018-04-02-usa-rus-expel"
	l.Measures[0].RespondsTo = []string{"ms-rus-usa-seattle-cg"}
	if _, err := s.Import(context.Background(), l, parity.ImportOptions{}); parity.ErrorCode(err) != parity.EINVALID {
		t.Fatalf("responds_to a mission: err = %v, want invalid", err)
	}
}

func testFilters(t *testing.T, s parity.Store) {
	ctx := context.Background()
	mustImport(t, s, fixture())
	tests := []struct {
		name string
		f    parity.MeasureFilter
		want []string
	}{
		{"by actor", parity.MeasureFilter{Actor: "RUS"}, []string{"m-2018-03-29-rus-usa-expel"}},
		{"both directions", parity.MeasureFilter{Actor: "RUS", Target: "USA", Dyad: true}, []string{"m-2016-usa-rus-expel", "m-2018-03-26-usa-rus-close-mission", "m-2018-03-26-usa-rus-expel", "m-2018-03-29-rus-usa-expel"}},
		{"by kind", parity.MeasureFilter{Kind: parity.CloseMission}, []string{"m-2018-03-26-usa-rus-close-mission"}},
		{"since a month", parity.MeasureFilter{Since: parity.MustDate("2018-03-27")}, []string{"m-2018-03-29-rus-usa-expel"}},
		{"until a year overlaps the year", parity.MeasureFilter{Until: parity.MustDate("2016-06")}, []string{"m-2016-usa-rus-expel"}},
		{"since a year includes its days", parity.MeasureFilter{Since: parity.MustDate("2018"), Actor: "RUS"}, []string{"m-2018-03-29-rus-usa-expel"}},
		{"limit", parity.MeasureFilter{Limit: 1}, []string{"m-2016-usa-rus-expel"}},
		{"no match", parity.MeasureFilter{Actor: "FRA"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := s.Measures(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(ms); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
	obs, err := s.Observations(ctx, parity.DyadFilter{Sender: "RUS", Host: "USA", Both: true})
	if err != nil || len(obs) != 1 {
		t.Fatalf("observations both ways = %d (%v), want 1", len(obs), err)
	}
	obs, err = s.Observations(ctx, parity.DyadFilter{Sender: "RUS", Host: "USA"})
	if err != nil || len(obs) != 0 {
		t.Fatalf("observations RUS in USA = %d (%v), want 0", len(obs), err)
	}
	as, err := s.Assessments(ctx, parity.DyadFilter{Host: "SWE"})
	if err != nil || len(as) != 1 || *as[0].Value.Max != 0.34 {
		t.Fatalf("assessments = %+v (%v), want the Swedish one", as, err)
	}
	missions, err := s.Missions(ctx, parity.MissionFilter{Sender: "RUS", Host: "USA"})
	if err != nil || len(missions) != 1 || *missions[0].Lat != 47.6 || missions[0].Closed.String() != "2018-04-02" {
		t.Fatalf("missions = %+v (%v)", missions, err)
	}
}

func testRecordAndAnswers(t *testing.T, s parity.Store) {
	ctx := context.Background()
	mustImport(t, s, fixture())
	for _, id := range []string{"s-wire-2018-03-26-a", "st-usa-naval-base-kitsap", "ms-rus-usa-seattle-cg", "m-2018-03-26-usa-rus-expel", "o-2017-07-usa-rus-all-staff", "a-2017-rus-swe-intel-share"} {
		rec, err := s.Record(ctx, id)
		if err != nil {
			t.Fatalf("record %s: %v", id, err)
		}
		if got := parity.RecordID(rec); got != id {
			t.Fatalf("record %s returned %s", id, got)
		}
	}
	if _, err := s.Record(ctx, "m-1900-01-01-usa-rus-expel"); parity.ErrorCode(err) != parity.ENOTFOUND {
		t.Fatalf("missing record: err = %v, want not found", err)
	}
	got, err := s.Answers(ctx, "m-2018-03-26-usa-rus-expel")
	if err != nil || !reflect.DeepEqual(got, []string{"m-2018-03-29-rus-usa-expel"}) {
		t.Fatalf("answers = %v (%v)", got, err)
	}
}

func testDryRun(t *testing.T, s parity.Store) {
	res, err := s.Import(context.Background(), fixture(), parity.ImportOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if parity.Total(res.Added) != 10 {
		t.Fatalf("dry run counted %d additions, want 10", parity.Total(res.Added))
	}
	if n := mustExport(t, s).Len(); n != 0 {
		t.Fatalf("dry run wrote %d records", n)
	}
}

func testDatasetSync(t *testing.T, s parity.Store) {
	ctx := context.Background()
	v1 := fixture()
	if _, err := s.SyncDataset(ctx, v1, "v1"); err != nil {
		t.Fatal(err)
	}
	// A user adds a record that answers a dataset measure.
	c := parity.ExactCount(1)
	user := &parity.Ledger{Measures: []*parity.Measure{{
		ID: "m-2018-05-01-rus-usa-expel", Kind: parity.Expel, Actor: "RUS", Target: "USA", Date: parity.MustDate("2018-05-01"), Count: &c,
		RespondsTo: []string{"m-2016-usa-rus-expel"}, Provenance: parity.Provenance{Sources: []parity.Citation{{Source: "s-wire-2018-03-26-a"}}},
	}}}
	mustImport(t, s, user)
	// Version 2 corrects a place, drops the assessment and the 2016 measure the user's
	// record answers, and adds an observation.
	v2 := fixture()
	v2.Measures[0].Place = "Washington; New York"
	v2.Assessments = nil
	v2.Measures = v2.Measures[:3]
	v2.Observations = append(v2.Observations, &parity.Observation{ID: "o-2018-usa-rus-all-staff", Sender: "USA", Host: "RUS", Date: parity.MustDate("2018"), Category: parity.AllStaff, Count: parity.NewInterval(400, 450, parity.Approx), Provenance: parity.Provenance{Sources: []parity.Citation{{Source: "s-wire-2018-03-26-a"}}}})
	// Version 2 also renames a source, keeping its URL.
	v2.Sources = append(v2.Sources, &parity.Source{ID: "s-paper-2018-03-27-b-renamed", URL: v2.Sources[1].URL, Outlet: "Paper B", Title: "B", Published: parity.MustDate("2018-03")})
	v2.Sources = []*parity.Source{v2.Sources[0], v2.Sources[2]}
	renameCitations(v2, "s-paper-2018-03-27-b", "s-paper-2018-03-27-b-renamed")
	res, err := s.SyncDataset(ctx, v2, "v2")
	if err != nil {
		t.Fatal(err)
	}
	// Two measures change: the corrected place, and the reply that cites the renamed source.
	if res.Updated[parity.TypeMeasure] != 2 || res.Added[parity.TypeObservation] != 1 || res.Removed[parity.TypeAssessment] != 1 ||
		res.Removed[parity.TypeSource] != 1 || res.Added[parity.TypeSource] != 1 {
		t.Fatalf("sync result = %+v", res)
	}
	if !reflect.DeepEqual(res.Skipped, []string{"m-2016-usa-rus-expel"}) {
		t.Fatalf("skipped = %v, want the measure a user record answers", res.Skipped)
	}
	if _, err := s.Record(ctx, "m-2018-05-01-rus-usa-expel"); err != nil {
		t.Fatalf("user record lost: %v", err)
	}
	m, err := s.Record(ctx, "m-2018-03-26-usa-rus-expel")
	if err != nil || m.(*parity.Measure).Place != "Washington; New York" {
		t.Fatalf("updated measure = %+v (%v)", m, err)
	}
	// The answer recorded on the updated measure survives its replacement.
	if got, err := s.Answers(ctx, "m-2018-03-26-usa-rus-expel"); err != nil || len(got) != 1 {
		t.Fatalf("answers after update = %v (%v)", got, err)
	}
	if v, _ := s.DatasetVersion(ctx); v != "v2" {
		t.Fatalf("version = %q, want v2", v)
	}
	again, err := s.SyncDataset(ctx, v2, "v2")
	if err != nil || parity.Total(again.Added)+parity.Total(again.Updated) != 0 {
		t.Fatalf("same version again = %+v (%v), want nothing", again, err)
	}
}

func testExportRoundTrip(t *testing.T, s parity.Store) {
	mustImport(t, s, fixture())
	l := mustExport(t, s)
	if got, want := l.Len(), 10; got != want {
		t.Fatalf("exported %d records, want %d", got, want)
	}
	want := fixture()
	want.Sort()
	a, _ := json.Marshal(l)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Fatalf("export differs from what was imported:\n got %s\nwant %s", a, b)
	}
}

func testStats(t *testing.T, s parity.Store) {
	mustImport(t, s, fixture())
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Records[parity.TypeMeasure] != 4 || st.Records[parity.TypeSource] != 2 {
		t.Fatalf("records = %v", st.Records)
	}
	if st.MultiSourced != 1 || st.Cited != 8 || st.Disputed != 1 {
		t.Fatalf("multi-sourced %d of %d, disputed %d; want 1 of 8, 1", st.MultiSourced, st.Cited, st.Disputed)
	}
	if st.MeasureKinds["expel"] != 3 || st.ByYear["2018"] != 3 || st.ByActor["USA"] != 3 {
		t.Fatalf("stats = %+v", st)
	}
	if st.States != 3 {
		t.Fatalf("states = %d, want 3 (USA, RUS, SWE)", st.States)
	}
}

func testLink(t *testing.T, s parity.Store) {
	ctx := context.Background()
	if _, err := s.SyncDataset(ctx, fixture(), "v1"); err != nil {
		t.Fatal(err)
	}
	// The 2018 reply of Russia also answers the 2016 measure (a made-up link for the test).
	if err := s.Link(ctx, [][2]string{{"m-2018-03-29-rus-usa-expel", "m-2016-usa-rus-expel"}}); err != nil {
		t.Fatal(err)
	}
	m, _ := s.Record(ctx, "m-2018-03-29-rus-usa-expel")
	if got := m.(*parity.Measure).RespondsTo; !reflect.DeepEqual(got, []string{"m-2018-03-26-usa-rus-expel", "m-2016-usa-rus-expel"}) {
		t.Fatalf("responds_to = %v", got)
	}
	// Linking twice adds nothing; a dataset update keeps the user's version.
	if err := s.Link(ctx, [][2]string{{"m-2018-03-29-rus-usa-expel", "m-2016-usa-rus-expel"}}); err != nil {
		t.Fatal(err)
	}
	v2 := fixture()
	v2.Measures[2].Note = "a correction in the dataset"
	res, err := s.SyncDataset(ctx, v2, "v2")
	if err != nil || !reflect.DeepEqual(res.Skipped, []string{"m-2018-03-29-rus-usa-expel"}) {
		t.Fatalf("sync after link: %+v (%v)", res, err)
	}
	m, _ = s.Record(ctx, "m-2018-03-29-rus-usa-expel")
	if len(m.(*parity.Measure).RespondsTo) != 2 {
		t.Fatal("the dataset update overwrote a linked measure")
	}
	for _, bad := range [][2]string{{"m-2016-usa-rus-expel", "m-2018-03-29-rus-usa-expel"}, {"m-2018-03-29-rus-usa-expel", "m-1900-01-01-x-expel"}} {
		if err := s.Link(ctx, [][2]string{bad}); err == nil {
			t.Fatalf("link %v: no error", bad)
		}
	}
}

// renameCitations points every citation of old at new.
func renameCitations(l *parity.Ledger, old, new string) {
	for _, r := range l.Records() {
		p := parity.ProvenanceOf(r)
		if p == nil {
			continue
		}
		for i := range p.Sources {
			if p.Sources[i].Source == old {
				p.Sources[i].Source = new
			}
		}
		for i := range p.Disputes {
			for j := range p.Disputes[i].Sources {
				if p.Disputes[i].Sources[j] == old {
					p.Disputes[i].Sources[j] = new
				}
			}
		}
	}
}

// ids returns the IDs of measures.
func ids(ms []*parity.Measure) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

// RunDocuments runs the conformance tests of the document store.
func RunDocuments(t *testing.T, open func(t testing.TB) interface {
	parity.DocumentStore
	Close() error
}) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	docs := []*parity.Document{
		{ID: "aa", Name: "a.txt", Title: "A", Body: "body a", Format: parity.FormatText, Published: parity.MustDate("2025-03-09"), Signature: []uint32{1, 2, 3}, Shingles: 30, Cluster: "aa"},
		{ID: "bb", Name: "b.html", Body: "body b", Format: parity.FormatHTML, Cluster: "bb"},
	}
	n, err := s.AddDocuments(ctx, docs)
	if err != nil || n != 2 {
		t.Fatalf("add = %d, %v; want 2", n, err)
	}
	cc := &parity.Document{ID: "cc", Name: "c.txt", Body: "c", Format: parity.FormatText}
	if n, err = s.AddDocuments(ctx, append(docs, cc, &parity.Document{ID: "cc", Name: "c2.txt", Body: "c2", Format: parity.FormatText})); err != nil || n != 1 {
		t.Fatalf("adding again = %d, %v; want only the new one, once", n, err)
	}
	if d, err := s.Document(ctx, "cc"); err != nil || d.Name != "c.txt" {
		t.Fatalf("twice in a batch: stored %+v (%v), want the first", d, err)
	}
	if err := s.RenameClusters(ctx, []parity.ClusterRename{{From: "bb", To: "aa"}}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Documents(ctx)
	if err != nil || len(all) != 3 || all[0].ID != "aa" || all[1].Cluster != "aa" || all[0].Body != "" {
		t.Fatalf("documents = %+v (%v)", all, err)
	}
	d, err := s.Document(ctx, "aa")
	if err != nil || d.Body != "body a" || d.Published.String() != "2025-03-09" || d.Title != "A" {
		t.Fatalf("document = %+v (%v)", d, err)
	}
	if _, err := s.Document(ctx, "zz"); parity.ErrorCode(err) != parity.ENOTFOUND {
		t.Fatalf("missing document: %v", err)
	}
	sigs, err := s.Signatures(ctx, 10)
	if err != nil || len(sigs) != 3 || !reflect.DeepEqual(sigs[0].Signature, []uint32{1, 2, 3}) || sigs[0].Shingles != 30 || sigs[1].Signature != nil {
		t.Fatalf("signatures = %+v (%v)", sigs, err)
	}
	// bb was renamed into aa's cluster: its cluster's position is aa's.
	if sigs[1].Cluster != "aa" || sigs[1].ClusterSeq != sigs[0].Seq || sigs[0].Seq >= sigs[1].Seq || sigs[2].ClusterSeq != sigs[2].Seq {
		t.Fatalf("signatures = %+v: want bb in aa's cluster at aa's position, cc alone", sigs)
	}
	// The window: the latest two, oldest first.
	if last, err := s.Signatures(ctx, 2); err != nil || len(last) != 2 || last[0].ID != "bb" || last[1].ID != "cc" {
		t.Fatalf("latest two signatures = %+v (%v), want bb, cc", last, err)
	}
}
