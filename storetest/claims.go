package storetest

import (
	"context"
	"testing"
	"time"

	"parity"
)

// RunClaims checks the claim side of a store: claims stored once, filtered by status,
// a decision written with its effect on the ledger in one transaction, a decision on
// a missing claim refused with nothing written, and the log of decisions.
func RunClaims(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	cs, ok := s.(parity.ClaimStore)
	if !ok {
		t.Fatal("the store keeps no claims")
	}
	mustImport(t, s, fixture())
	usa, rus := "USA", "RUS"
	n := 60
	mk := func(id, doc string) *parity.StoredClaim {
		return &parity.StoredClaim{ID: id, Status: parity.ClaimPending, Claim: parity.Claim{
			Document: doc, Kind: "expel", Actor: &usa, Target: &rus,
			Count: &parity.ClaimCount{Min: &n, Max: &n, Qualifier: parity.Exact},
			Date:  &parity.ClaimDate{Start: "2018-03-26", End: "2018-03-26", Precision: parity.Day},
			Quote: "The United States expelled 60 Russian diplomats.", Start: 0, End: 48, Confidence: 0.9,
		}}
	}
	added, err := cs.AddClaims(ctx, []*parity.StoredClaim{mk("c-1", "a.txt"), mk("c-2", "b.txt")})
	if err != nil || added != 2 {
		t.Fatalf("add = %d, %v", added, err)
	}
	if added, err = cs.AddClaims(ctx, []*parity.StoredClaim{mk("c-1", "a.txt"), mk("c-3", "c.txt")}); err != nil || added != 1 {
		t.Fatalf("adding again = %d, %v; want only the new one", added, err)
	}
	got, err := cs.Claim(ctx, "c-2")
	if err != nil || got.Claim.Document != "b.txt" || *got.Claim.Count.Min != 60 || got.Status != parity.ClaimPending {
		t.Fatalf("claim = %+v (%v)", got, err)
	}
	src := parity.Source{ID: "s-doc-test", URL: "https://example.org/doc", Outlet: "Example", Title: "A report", Published: parity.MustDate("2018-03-27")}
	d := &parity.Decision{Claim: "c-1", Action: "accept", Who: "tester", At: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Record: "m-2018-03-26-usa-rus-expel"}
	enrich := &parity.Enrichment{Record: "m-2018-03-26-usa-rus-expel", Source: src, Citation: parity.Citation{Source: src.ID, Quote: "expelled 60"}}
	if err := cs.Decide(ctx, d, nil, enrich); err != nil {
		t.Fatal(err)
	}
	rec, err := s.Record(ctx, "m-2018-03-26-usa-rus-expel")
	if err != nil {
		t.Fatal(err)
	}
	if ids := parity.ProvenanceOf(rec).SourceIDs(); ids[len(ids)-1] != "s-doc-test" {
		t.Fatalf("the record does not cite the accepted document: %v", ids)
	}
	// a new record from another claim, then a decision on a missing claim
	m := &parity.Measure{ID: "m-2018-03-27-usa-rus-expel-claim", Kind: parity.Expel, Actor: "USA", Target: "RUS", Date: parity.MustDate("2018-03-27"),
		Provenance: parity.Provenance{Sources: []parity.Citation{{Source: "s-doc-test2"}}}}
	add := &parity.Ledger{Measures: []*parity.Measure{m}, Sources: []*parity.Source{{ID: "s-doc-test2", URL: "https://example.org/doc", Outlet: "Example", Title: "A report", Published: parity.MustDate("2018-03-27")}}}
	if err := cs.Decide(ctx, &parity.Decision{Claim: "c-2", Action: "accept", Who: "tester", At: time.Now(), Record: m.ID, Created: true}, add, nil); err != nil {
		t.Fatalf("accept into a new record citing a known URL: %v", err)
	}
	if _, err := s.Record(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	bad := &parity.Ledger{Measures: []*parity.Measure{{ID: "m-never", Kind: parity.Expel, Actor: "USA", Target: "RUS", Date: parity.MustDate("2018-03-27")}}}
	if err := cs.Decide(ctx, &parity.Decision{Claim: "c-404", Action: "accept", At: time.Now()}, bad, nil); parity.ErrorCode(err) != parity.ENOTFOUND {
		t.Fatalf("decision on a missing claim: %v", err)
	}
	if _, err := s.Record(ctx, "m-never"); parity.ErrorCode(err) != parity.ENOTFOUND {
		t.Fatalf("a refused decision wrote its record: %v", err)
	}
	if err := cs.Decide(ctx, &parity.Decision{Claim: "c-3", Action: "reject", Who: "tester", Reason: "duplicate", At: time.Now()}, nil, nil); err != nil {
		t.Fatal(err)
	}
	pending, err := cs.Claims(ctx, parity.ClaimFilter{Status: parity.ClaimPending})
	if err != nil || len(pending) != 0 {
		t.Fatalf("pending = %d (%v), want 0", len(pending), err)
	}
	acc, _ := cs.Claims(ctx, parity.ClaimFilter{Status: parity.ClaimAccepted})
	if len(acc) != 2 || acc[0].Record != "m-2018-03-26-usa-rus-expel" {
		t.Fatalf("accepted = %+v", acc)
	}
	log, err := cs.Decisions(ctx)
	if err != nil || len(log) != 3 || log[0].Who != "tester" || log[0].At.Year() != 2026 || log[2].Reason != "duplicate" || !log[1].Created {
		t.Fatalf("decisions = %+v (%v)", log, err)
	}
}
