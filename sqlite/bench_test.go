package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"parity"
	"parity/sqlite"
	"parity/storetest"
)

func openBench(b testing.TB) parity.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), storetest.Gazetteer(b))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkImport100k: go test -run X -bench Import -benchtime 1x ./sqlite/
func BenchmarkImport100k(b *testing.B) { storetest.BenchImport(b, openBench, 100_000) }

// BenchmarkDyadQuery1M: go test -run X -bench DyadQuery -benchtime 200x ./sqlite/
func BenchmarkDyadQuery1M(b *testing.B) { storetest.BenchDyadQuery(b, openBench, 1_000_000) }

// BenchmarkAddDocuments10k: go test -run X -bench AddDocuments -cpu 1 ./sqlite/
func BenchmarkAddDocuments10k(b *testing.B) { storetest.BenchAddDocuments(b, openBench, 10_000) }
