package postgres_test

import (
	"testing"

	"parity/storetest"
)

// BenchmarkImport100k: PARITY_TEST_POSTGRES=... go test -run X -bench Import -benchtime 1x ./postgres/
func BenchmarkImport100k(b *testing.B) {
	serverURL(b)
	storetest.BenchImport(b, open, 100_000)
}

// BenchmarkDyadQuery1M: PARITY_TEST_POSTGRES=... go test -run X -bench DyadQuery -benchtime 200x ./postgres/
func BenchmarkDyadQuery1M(b *testing.B) {
	serverURL(b)
	storetest.BenchDyadQuery(b, open, 1_000_000)
}

// BenchmarkAddDocuments10k: PARITY_TEST_POSTGRES=... go test -run X -bench AddDocuments ./postgres/
func BenchmarkAddDocuments10k(b *testing.B) {
	serverURL(b)
	storetest.BenchAddDocuments(b, open, 10_000)
}
