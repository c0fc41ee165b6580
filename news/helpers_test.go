package news

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is the repository's sibling shared/ folder, seen from this package.
const sharedDir = "../../shared"

// shared returns the path of a file or folder under shared/, skipping the test when
// shared/ is absent (a clone without it must still pass).
func shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(sharedDir, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

// newTestReader returns a Reader with the default rules.
func newTestReader(t testing.TB) *Reader {
	t.Helper()
	rd, err := NewReader()
	if err != nil {
		t.Fatal(err)
	}
	return rd
}

// readSeed reads one seed article as plain text.
func readSeed(t testing.TB, rd *Reader, prefix string) Document {
	t.Helper()
	dir := shared(t, "seeds")
	matches, err := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Fatalf("seed %s: found %v (%v)", prefix, matches, err)
	}
	f, err := os.Open(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := rd.Text(f, filepath.Base(matches[0]))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
