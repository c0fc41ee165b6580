package storetest

import (
	"context"
	"fmt"
	"math/rand"
	"testing"

	"parity"
	"parity/synth"
)

// BenchImport measures one transactional import of n synthetic measures (and their
// sources) into a new store; read the records/s metric.
func BenchImport(b *testing.B, open Opener, n int) {
	g := Gazetteer(b)
	l := synth.Ledger(g, synth.Options{Measures: n, States: 200, Seed: 1})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		if _, err := s.Import(context.Background(), l, parity.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
	}
	b.ReportMetric(float64(l.Len()*b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchDyadQuery measures the query behind `parity measures --actor X --target Y`
// on a store holding n synthetic measures among 200 states; read ms/query.
func BenchDyadQuery(b *testing.B, open Opener, n int) {
	g := Gazetteer(b)
	l := synth.Ledger(g, synth.Options{Measures: n, States: 200, Seed: 1})
	s := open(b)
	defer s.Close()
	if _, err := s.Import(context.Background(), l, parity.ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	rows := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := l.Measures[rng.Intn(len(l.Measures))]
		ms, err := s.Measures(context.Background(), parity.MeasureFilter{Actor: m.Actor, Target: m.Target})
		if err != nil {
			b.Fatal(err)
		}
		rows += len(ms)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
	b.ReportMetric(float64(rows)/float64(b.N), "rows/query")
}

// BenchAddDocuments measures storing n generated articles of about 3 KB, with their
// signatures, in batches of 1,000 as ingest does (one transaction per batch); read
// the articles/s metric. Cleaning and clustering are measured in package news.
func BenchAddDocuments(b *testing.B, open Opener, n int) {
	g := Gazetteer(b)
	next := synth.Articles(g, 3)
	docs := make([]*parity.Document, n)
	sig := make([]uint32, 256)
	for i := range sig {
		sig[i] = uint32(i) * 2654435761
	}
	for i := range docs {
		a := next()
		docs[i] = &parity.Document{ID: fmt.Sprintf("d%07d", i), Name: fmt.Sprintf("%07d.txt", i), Title: "Report", Body: a.Body,
			Format: parity.FormatText, Published: parity.MustDate(a.Published.Format("2006-01-02")), Cluster: fmt.Sprintf("d%07d", i), Signature: sig, Shingles: 300}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := open(b)
		ds, ok := s.(parity.DocumentStore)
		if !ok {
			b.Fatal("store keeps no documents")
		}
		b.StartTimer()
		for start := 0; start < n; start += 1000 {
			if _, err := ds.AddDocuments(context.Background(), docs[start:min(start+1000, n)]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
