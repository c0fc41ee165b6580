package parity

import (
	"strings"
	"testing"
)

func testGazetteer(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := NewGazetteer([]Actor{{Code: "USA", Kind: Country, Name: "United States"}, {Code: "RUS", Kind: Country, Name: "Russia"}, {Code: "NATO", Kind: Organization, Name: "NATO"}})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestMeasureValidate(t *testing.T) {
	g := testGazetteer(t)
	base := func() *Measure {
		c := ExactCount(60)
		return &Measure{ID: "m-2018-03-26-usa-rus-expel", Kind: Expel, Actor: "USA", Target: "RUS", Date: MustDate("2018-03-26"), Count: &c,
			Provenance: Provenance{Sources: []Citation{{Source: "s-a-2018-03-26-x"}}}}
	}
	tests := []struct {
		name   string
		change func(m *Measure)
		field  string // "" means valid
	}{
		{"valid", func(m *Measure) {}, ""},
		{"organisation as actor", func(m *Measure) { m.Actor = "NATO" }, ""},
		{"unknown target", func(m *Measure) { m.Target = "XXX" }, "target"},
		{"lower-case code", func(m *Measure) { m.Actor = "usa" }, "actor"},
		{"actor is target", func(m *Measure) { m.Target = "USA" }, "target"},
		{"unknown kind", func(m *Measure) { m.Kind = "expulsion" }, "kind"},
		{"no date", func(m *Measure) { m.Date = Date{} }, "date"},
		{"no source", func(m *Measure) { m.Sources = nil }, "sources"},
		{"source cited twice", func(m *Measure) { m.Sources = append(m.Sources, m.Sources[0]) }, "sources[1].source"},
		{"bad ID", func(m *Measure) { m.ID = "M-2018" }, "id"},
		{"cap on an expulsion", func(m *Measure) { m.Cap = Ceiling }, "cap"},
		{"staff cap without basis", func(m *Measure) { m.Kind = StaffCap }, "cap"},
		{"answers itself", func(m *Measure) { m.RespondsTo = []string{m.ID} }, "responds_to[0]"},
		{"inverted count", func(m *Measure) { lo, hi := 5, 2; m.Count = &Count{Min: &lo, Max: &hi, Qualifier: Approx} }, "count"},
		{"dispute on unknown field", func(m *Measure) {
			m.Disputes = []Dispute{{Field: "colour", Value: []byte(`"red"`), Sources: []string{"s-b-2018-x"}}}
		}, "disputes[0].field"},
		{"dispute without sources", func(m *Measure) { m.Disputes = []Dispute{{Field: "count", Value: []byte(`1`)}} }, "disputes[0].sources"},
		{"quote too long", func(m *Measure) { m.Sources[0].Quote = strings.Repeat("x", MaxQuote+1) }, "sources[0].quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base()
			tt.change(m)
			err := m.Validate(g)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			e := ErrorOf(err)
			if e == nil || e.Field != tt.field || e.Code != EINVALID {
				t.Fatalf("error = %v, want an invalid error on field %s", err, tt.field)
			}
		})
	}
}

func TestLedgerValidateReferences(t *testing.T) {
	g := testGazetteer(t)
	src := &Source{ID: "s-a-2018-03-26-x", URL: "https://example.org/x", Outlet: "A", Title: "X", Published: MustDate("2018-03-26")}
	cite := Provenance{Sources: []Citation{{Source: src.ID}}}
	first := &Measure{ID: "m-2018-03-29-rus-usa-expel", Kind: Expel, Actor: "RUS", Target: "USA", Date: MustDate("2018-03-29"), Provenance: cite}
	reply := &Measure{ID: "m-2018-03-26-usa-rus-expel", Kind: Expel, Actor: "USA", Target: "RUS", Date: MustDate("2018-03-26"), RespondsTo: []string{first.ID}, Provenance: cite}
	l := &Ledger{Sources: []*Source{src}, Measures: []*Measure{first, reply}}
	err := l.Validate(g, nil)
	if e := ErrorOf(err); e == nil || e.Record != reply.ID || e.Field != "responds_to[0]" {
		t.Fatalf("a reply dated before what it answers: err = %v", err)
	}
	reply.RespondsTo = []string{"m-1999-01-01-usa-rus-expel"}
	if err := l.Validate(g, nil); ErrorCode(err) != ENOTFOUND {
		t.Fatalf("dangling reference: err = %v, want not found", err)
	}
	exists := func(id string) (RecordType, bool) { return TypeMeasure, id == "m-1999-01-01-usa-rus-expel" }
	if err := l.Validate(g, exists); err != nil {
		t.Fatalf("reference into the store: %v", err)
	}
	l.Sources = append(l.Sources, &Source{ID: "s-b-2018-x", URL: src.URL, Outlet: "B", Title: "Y", Published: MustDate("2018")})
	if err := l.Validate(g, exists); err == nil || !strings.Contains(err.Error(), "same URL") {
		t.Fatalf("duplicate URL: err = %v", err)
	}
}
