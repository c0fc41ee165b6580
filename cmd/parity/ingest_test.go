package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shared returns the path of ../shared/NAME from the repository root, or skips.
func shared(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent: skipping the tests on real inputs", p)
	}
	return p
}

func TestIngestSeeds(t *testing.T) {
	seeds := shared(t, "seeds")
	dir := t.TempDir()
	out, errs, code := run(t, dir, "", "ingest", seeds)
	if code != 0 || !strings.Contains(out, "5 inputs: 5 documents read, 5 new") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, dir, "", "ingest", seeds)
	if !strings.Contains(out, "5 documents read, 0 new") {
		t.Fatalf("second ingest:\n%s", out)
	}
	out, errs, code = run(t, dir, "", "clusters", "--format", "json")
	if code != 0 {
		t.Fatal(errs)
	}
	var together map[string]bool
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var c struct {
			Cluster   string `json:"cluster"`
			Documents []struct {
				ID, Name, Title, Date string
			} `json:"documents"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		names := map[string]bool{}
		for _, d := range c.Documents {
			names[filepath.Base(d.Name)[:3]] = true
		}
		if names["001"] {
			together = names
		}
	}
	if !together["001"] || !together["002"] || !together["003"] || together["000"] || together["004"] {
		t.Fatalf("the cluster of 001 is %v; want 001, 002 and 003, without 000 and 004", together)
	}
	// show finds a document by the first digits of its ID and prints it cleaned.
	docs, _, _ := run(t, dir, "", "documents", "--format", "json")
	var first struct{ ID, Name string }
	json.Unmarshal([]byte(strings.SplitN(docs, "\n", 2)[0]), &first)
	out, errs, code = run(t, dir, "", "show", first.ID[:10])
	if code != 0 || !strings.Contains(out, first.ID) {
		t.Fatalf("show %s: %d %s%s", first.ID[:10], code, out, errs)
	}
	if strings.HasSuffix(first.Name, "000_54f40127d035c8c3.txt") && (strings.Contains(out, "Become a Patron") || strings.Contains(out, "Related Posts")) {
		t.Fatalf("seed 000 kept its boilerplate:\n%s", out)
	}
}

func TestIngestURLAndStdin(t *testing.T) {
	page := `<html><head><title>Expulsions</title></head><body><article><h1>Country A expels diplomats</h1>` +
		strings.Repeat("<p>Country A expelled four diplomats of country B on Friday, its foreign ministry said in a statement that gave no further detail about the case.</p>", 6) +
		`</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			if !strings.HasPrefix(r.Header.Get("User-Agent"), "parity/") {
				http.Error(w, "no user agent", http.StatusBadRequest)
				return
			}
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out, errs, code := run(t, dir, "", "ingest", srv.URL+"/article")
	if code != 0 || !strings.Contains(out, "1 document") {
		t.Fatalf("URL: exit %d\n%s%s", code, out, errs)
	}
	out, _, code = run(t, dir, "", "ingest", srv.URL+"/missing")
	if code != 1 || !strings.Contains(out, "HTTP 404") {
		t.Fatalf("missing page: exit %d\n%s", code, out)
	}
	text := "title: Brief\ndate: 2025-03-09\n\nCountry C recalled its ambassador from country D on Monday after a dispute over a trade deal and the treatment of its nationals abroad, officials said.\n"
	out, errs, code = run(t, dir, text, "ingest", "-")
	if code != 0 || !strings.Contains(out, "stdin: 1 document") {
		t.Fatalf("stdin: exit %d\n%s%s", code, out, errs)
	}
	docs, _, _ := run(t, dir, "", "documents")
	if !strings.Contains(docs, "2025-03-09") || !strings.Contains(docs, "Brief") {
		t.Fatalf("documents:\n%s", docs)
	}
	_, errs, code = run(t, dir, "", "ingest", "http://127.0.0.1:1/unreachable")
	if code != 1 {
		t.Fatalf("unreachable URL: exit %d, %s", code, errs)
	}
}

// TestIngestCorpus reads every file of the real corpus without a crash.
func TestIngestCorpus(t *testing.T) {
	corpus := shared(t, "corpus")
	if testing.Short() {
		t.Skip("reads 7 MB of pages and feeds")
	}
	dir := t.TempDir()
	out, errs, code := run(t, dir, "", "ingest", corpus)
	// The truncated JSON feed is the one expected failure: its whole items are kept.
	if code != 1 || !strings.Contains(out, "allthis-partial.json: error:") || !strings.Contains(out, "1 failed") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"guardian.rss: 55 documents", "20191024143000.export.CSV: 18 GDELT events", "gdelt1-sample-events.tsv: 5 GDELT events", "heise.atom: 15 documents"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
}

// TestIngestWindow checks that clustering resumes from the stored window across
// runs, and that a document older than the window is no longer compared.
func TestIngestWindow(t *testing.T) {
	seeds := shared(t, "seeds")
	seed := func(n string) string {
		m, _ := filepath.Glob(filepath.Join(seeds, n+"_*.txt"))
		if len(m) != 1 {
			t.Fatalf("seed %s: %v", n, m)
		}
		return m[0]
	}
	tests := []struct {
		window string
		joins  bool // whether 002 joins 001's cluster
	}{
		{"5", true},  // 001 is in the window loaded from the store
		{"2", false}, // the window holds only 000 and 004
	}
	for _, tt := range tests {
		t.Run("window "+tt.window, func(t *testing.T) {
			dir := t.TempDir()
			for _, args := range [][]string{{seed("001")}, {seed("000"), seed("004")}, {seed("002")}} {
				if out, errs, code := run(t, dir, "", append([]string{"ingest", "--window", tt.window}, args...)...); code != 0 {
					t.Fatalf("ingest %v: exit %d\n%s%s", args, code, out, errs)
				}
			}
			out, errs, code := run(t, dir, "", "clusters", "--format", "json")
			if code != 0 {
				t.Fatal(errs)
			}
			got := false
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				got = got || strings.Contains(line, "002_") && strings.Contains(line, "001_")
			}
			if got != tt.joins {
				t.Fatalf("002 with 001: %v, want %v\n%s", got, tt.joins, out)
			}
		})
	}
	if _, errs, code := run(t, t.TempDir(), "", "ingest", "--window", "0", seed("001")); code != 2 || !strings.Contains(errs, "--window") {
		t.Fatalf("--window 0: exit %d, %s", code, errs)
	}
}
