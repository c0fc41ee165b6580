package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"parity"
	"parity/sqlite"
	"parity/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t testing.TB) parity.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), storetest.Gazetteer(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestDocuments(t *testing.T) {
	storetest.RunDocuments(t, func(t testing.TB) interface {
		parity.DocumentStore
		Close() error
	} {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "docs.db"), storetest.Gazetteer(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestClaims(t *testing.T) {
	storetest.RunClaims(t, func(t testing.TB) parity.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "claims.db"), storetest.Gazetteer(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
