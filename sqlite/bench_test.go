package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"parity"
	"parity/sqlite"
	"parity/storetest"
	"parity/synth"
)

// BenchmarkImport measures one import of 100,000 synthetic measures (with their
// sources) into a new SQLite file; records/s is the figure to read.
func BenchmarkImport(b *testing.B) {
	g := storetest.Gazetteer(b)
	l := synth.Ledger(g, synth.Options{Measures: benchImportSize, States: 200, Seed: 1})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), g)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Import(context.Background(), l, parity.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
	}
	b.ReportMetric(float64(l.Len()*b.N)/b.Elapsed().Seconds(), "records/s")
}

const benchImportSize = 100000
