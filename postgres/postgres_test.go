package postgres_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"parity"
	"parity/postgres"
	"parity/storetest"
)

// serverURL returns the test server's URL or skips: these tests need a real
// PostgreSQL, given by PARITY_TEST_POSTGRES (CI sets it).
func serverURL(t testing.TB) string {
	url := os.Getenv("PARITY_TEST_POSTGRES")
	if url == "" {
		t.Skip("PARITY_TEST_POSTGRES is not set: skipping the PostgreSQL tests (set it to a postgres:// URL, e.g. postgres://127.0.0.1:5432/test)")
	}
	return url
}

// open returns a store in a new schema of the test server, dropped after the test.
func open(t testing.TB) parity.Store {
	ctx := context.Background()
	url, drop, err := postgres.Scratch(ctx, serverURL(t), fmt.Sprintf("parity_test_%d", time.Now().UnixNano()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(drop)
	s, err := postgres.Open(ctx, url, storetest.Gazetteer(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	serverURL(t)
	storetest.Run(t, open)
}

func TestDocuments(t *testing.T) {
	serverURL(t)
	storetest.RunDocuments(t, func(t testing.TB) interface {
		parity.DocumentStore
		Close() error
	} {
		return open(t).(interface {
			parity.DocumentStore
			Close() error
		})
	})
}

func TestClaims(t *testing.T) {
	serverURL(t)
	storetest.RunClaims(t, open)
}
