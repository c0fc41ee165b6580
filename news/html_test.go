package news

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// minCorpusF1 is the floor for the mean word-overlap F1 of the extracted bodies of
// shared/corpus/html against their ground truth; the measured mean is logged.
const minCorpusF1 = 0.95

func TestHTMLCorpusF1(t *testing.T) {
	dir := shared(t, "corpus/html")
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 22 {
		t.Fatalf("found %d pages, want 22", len(pages))
	}
	rd := newTestReader(t)
	var sumP, sumR, sumF float64
	for _, page := range pages {
		id := strings.TrimSuffix(filepath.Base(page), ".html")
		want, err := os.ReadFile(filepath.Join(dir, id+".expected.txt"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(page)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		doc, err := rd.HTML(f, filepath.Base(page), "")
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", id[:12], err)
			continue
		}
		p, r, f1 := WordF1(doc.Body, string(want))
		sumP, sumR, sumF = sumP+p, sumR+r, sumF+f1
		t.Logf("%s P=%.3f R=%.3f F1=%.3f %v outlet=%q date=%v title=%q", id[:12], p, r, f1,
			time.Since(start).Round(time.Millisecond), doc.Outlet, doc.Published, doc.Title)
	}
	n := float64(len(pages))
	t.Logf("mean over %d pages: P=%.3f R=%.3f F1=%.3f", len(pages), sumP/n, sumR/n, sumF/n)
	if got := sumF / n; got < minCorpusF1 {
		t.Fatalf("mean F1=%.3f, want >= %.2f", got, minCorpusF1)
	}
}
