package storetest

import (
	"context"
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
