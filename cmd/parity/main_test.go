package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// run runs parity in-process in dir with args and returns stdout, stderr and the
// exit code. PARITY_DB is unset so that the default ./parity.db in dir is used.
func run(t *testing.T, dir string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) },
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code := m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/parity -update to create it)", err)
	}
	if got != string(want) {
		t.Fatalf("output differs from %s (run with -update after checking it):\n%s", path, got)
	}
}

// TestFirstRun is the README's first command on a fresh clone: no database yet.
func TestFirstRun(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := run(t, dir, "", "measures", "--actor", "USA", "--target", "RUS")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "parity.db")); err != nil {
		t.Fatalf("parity.db was not created: %v", err)
	}
	for _, want := range []string{"m-2016-12-29-usa-rus-expel", "m-2018-03-26-usa-rus-expel", "m-2018-03-26-usa-rus-close-mission"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	golden(t, "measures/usa-rus.txt", out)
	out, _, _ = run(t, dir, "", "show", "m-2018-03-26-usa-rus-close-mission")
	if !strings.Contains(out, "Seattle") || !strings.Contains(out, "Sources:") || !strings.Contains(out, "http") {
		t.Fatalf("show lacks the Seattle closure's sources:\n%s", out)
	}
	golden(t, "show/seattle.txt", out)
	out, _, _ = run(t, dir, "", "show", "st-usa-naval-base-kitsap-bangor")
	if !strings.Contains(out, "naval base") || !strings.Contains(out, "Sources:") {
		t.Fatalf("show of a site lacks its kind or sources:\n%s", out)
	}
}

func TestGoldenCommands(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
	}{
		{"presence/usa-rus.txt", []string{"presence", "USA", "RUS"}},
		{"measures/cze-2021.csv", []string{"measures", "--actor", "CZE", "--since", "2021", "--until", "2021", "--format", "csv"}},
		{"show/antonov.txt", []string{"show", "m-2024-10-05-rus-usa-ambassador-departed"}},
		{"stats/stats.txt", []string{"stats"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, dir, "", c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, c.name, out)
		})
	}
}

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := run(t, dir, "", "measures", "--actor", "RUS", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 50 {
		t.Fatalf("%d lines, want Russia's many measures", len(lines))
	}
	for i, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if v["actor"] != "RUS" || v["type"] != "measure" || v["sources"] == nil {
			t.Fatalf("line %d = %v", i+1, v)
		}
	}
}

// TestExportImportRoundTrip: export, import into a new database, export again: same bytes.
func TestExportImportRoundTrip(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	// A user record on top of the dataset must survive the trip too.
	user := `{"type":"measure","id":"m-2026-11-01-fra-rus-expel","kind":"expel","actor":"FRA","target":"RUS","date":"2026-11","count":{"min":2,"qualifier":"at_least"},"sources":[{"source":"s-euromaidanpress-2025-02-28-spies-return"}]}` + "\n"
	if _, errs, code := run(t, a, user, "import", "-"); code != 0 {
		t.Fatalf("import user record: %s", errs)
	}
	first, errs, code := run(t, a, "", "export")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if _, errs, code := run(t, b, first, "import", "-"); code != 0 {
		t.Fatalf("import into a new database: %s", errs)
	}
	second, _, _ := run(t, b, "", "export")
	if first != second {
		t.Fatal("export → import → export is not byte-identical")
	}
	if !strings.Contains(second, "m-2026-11-01-fra-rus-expel") {
		t.Fatal("the user record was lost")
	}
	out, _, _ := run(t, b, first, "import", "-")
	if !strings.Contains(out, "nothing new") {
		t.Fatalf("importing the same file again: %q, want nothing new", out)
	}
	csvDir := filepath.Join(b, "tables")
	if _, errs, code := run(t, b, "", "export", "--format", "csv", csvDir); code != 0 {
		t.Fatalf("csv export: %s", errs)
	}
	for _, f := range []string{"sources.csv", "missions.csv", "measures.csv", "observations.csv", "assessments.csv", "citations.csv", "disputes.csv"} {
		if st, err := os.Stat(filepath.Join(csvDir, f)); err != nil || st.Size() < 50 {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestBadImportChangesNothing: a file whose 7th line has an unknown country.
func TestBadImportChangesNothing(t *testing.T) {
	dir := t.TempDir()
	before, _, _ := run(t, dir, "", "export")
	var b strings.Builder
	b.WriteString(`{"type":"source","id":"s-example-2026-11-01-test","url":"https://example.org/test","outlet":"Example","title":"Test","published":"2026-11-01"}` + "\n")
	for i := 2; i <= 8; i++ {
		target := "RUS"
		if i == 7 {
			target = "XXR"
		}
		b.WriteString(`{"type":"measure","id":"m-2026-11-0` + string(rune('0'+i)) + `-fra-rus-expel","kind":"expel","actor":"FRA","target":"` + target + `","date":"2026-11-0` + string(rune('0'+i)) + `","sources":[{"source":"s-example-2026-11-01-test"}]}` + "\n")
	}
	path := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(path, []byte(b.String()), 0o644)
	_, errs, code := run(t, dir, "", "import", "bad.jsonl")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, "bad.jsonl:7: m-2026-11-07-fra-rus-expel: field target: unknown country or organisation code \"XXR\"") {
		t.Fatalf("message does not name line 7 and the field:\n%s", errs)
	}
	after, _, _ := run(t, dir, "", "export")
	if before != after {
		t.Fatal("a refused import changed the database")
	}
	_, errs, code = run(t, dir, "", "validate", "bad.jsonl")
	if code != 1 || !strings.Contains(errs, "bad.jsonl:7:") {
		t.Fatalf("validate: exit %d, %s", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"measures", "--colour", "red"}, "flag provided but not defined"},
		{[]string{"measures", "--format", "xml"}, `--format "xml"`},
		{[]string{"measures", "--actor", "XYZ"}, `unknown country or organisation code "XYZ"`},
		{[]string{"measures", "--since", "2018-02-30"}, "--since"},
		{[]string{"measures", "--kind", "expulsion"}, `--kind "expulsion"`},
		{[]string{"presence", "USA"}, "give two codes"},
		{[]string{"show"}, "give one record ID"},
		{[]string{"export", "--format", "csv"}, "give a directory"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, errs, code := run(t, dir, "", tt.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (usage)", code)
			}
			if !strings.Contains(errs, tt.want) {
				t.Fatalf("stderr lacks %q:\n%s", tt.want, errs)
			}
		})
	}
	_, errs, code := run(t, dir, "", "show", "m-1900-01-01-usa-rus-expel")
	if code != 1 || !strings.Contains(errs, "no record m-1900-01-01-usa-rus-expel") {
		t.Fatalf("missing record: exit %d, %s", code, errs)
	}
	_, errs, code = run(t, dir, "", "presence", "FRA", "KIR")
	if code != 1 || !strings.Contains(errs, "no head-counts or assessments of FRA in KIR") {
		t.Fatalf("empty dyad: exit %d, %s", code, errs)
	}
}

func TestHelp(t *testing.T) {
	dir := t.TempDir()
	for _, c := range commands() {
		out, _, code := run(t, dir, "", c.Name(), "--help")
		if code != 0 || !strings.Contains(out, "Example") || !strings.Contains(out, "Usage: parity "+c.Name()) {
			t.Errorf("%s --help: exit %d\n%s", c.Name(), code, out)
		}
	}
	out, _, code := run(t, dir, "", "--help")
	if code != 0 || !strings.Contains(out, "Commands:") {
		t.Fatalf("parity --help: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "parity.db")); err == nil {
		t.Fatal("--help created a database")
	}
}

func TestInitIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	out, _, code := run(t, dir, "", "init")
	if code != 0 || !strings.Contains(out, "created parity.db") {
		t.Fatalf("first init: %d %s", code, out)
	}
	first, _, _ := run(t, dir, "", "export")
	out, _, _ = run(t, dir, "", "init")
	if !strings.Contains(out, "up to date") {
		t.Fatalf("second init: %s", out)
	}
	if again, _, _ := run(t, dir, "", "export"); again != first {
		t.Fatal("second init changed the ledger")
	}
}

// TestAnalysisCommands runs each analysis command on the bundled dataset and compares
// its output with the golden files; the figures the issue names are checked too.
func TestAnalysisCommands(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"dyad/usa-rus.txt", []string{"dyad", "USA", "RUS"}, []string{"2017        1200", "2025-03     120", "2025-03     220"}},
		{"gap/rus.txt", []string{"gap", "RUS"}, []string{"USA   220", "with a ratio"}},
		{"gap/coalition.txt", []string{"gap", "RUS", "--coalition", "CZE,POL,EST,LVA,LTU,FIN,NOR"}, []string{"Joint parity demand"}},
		{"reciprocity/usa-rus.txt", []string{"reciprocity", "USA", "RUS"}, []string{"m-2018-03-29-rus-usa-expel", "mirror"}},
		{"reciprocity/evaluate.txt", []string{"reciprocity", "--evaluate"}, []string{"precision"}},
		{"intel/rus.txt", []string{"intel", "RUS"}, []string{"assessed", "default"}},
		{"sites/rus-usa.txt", []string{"sites", "--sender", "RUS", "--host", "USA"}, []string{"ms-rus-usa-seattle-cg", "st-usa-naval-base-kitsap-bangor"}},
		{"timeline/usa-rus-2018.txt", []string{"timeline", "--actor", "USA", "--target", "RUS", "--since", "2018"}, []string{"United States expelled 60 diplomats of Russia", "↳"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := run(t, dir, "", c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			golden(t, c.name, out)
		})
	}
	// The reply of 60 is a stated mirror of the 60 expelled by the United States.
	out, _, _ := run(t, dir, "", "reciprocity", "USA", "RUS")
	for _, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, "m-2018-03-26-usa-rus-expel") && !(strings.Contains(line, "m-2018-03-29-rus-usa-expel") && strings.Contains(line, "mirror")) {
			t.Fatalf("the Mar 2018 expulsion is not linked to Russia's 60 as a mirror: %q", line)
		}
	}
	// gap lists at least 10 hosts with ratios.
	out, _, _ = run(t, dir, "", "gap", "RUS", "--format", "json")
	var g struct {
		Rows []struct {
			Ratio *struct{} `json:"ratio"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range g.Rows {
		if r.Ratio != nil {
			n++
		}
	}
	if n < 10 {
		t.Fatalf("gap RUS: %d hosts with a ratio, want at least 10", n)
	}
}

func TestCharts(t *testing.T) {
	dir := t.TempDir()
	for _, c := range [][]string{{"dyad", "USA", "RUS", "--chart", "d.svg"}, {"dyad", "USA", "RUS", "--chart", "d.png"}, {"gap", "RUS", "--chart", "g.png"}} {
		if _, errs, code := run(t, dir, "", c...); code != 0 {
			t.Fatalf("%v: %s", c, errs)
		}
		st, err := os.Stat(filepath.Join(dir, c[len(c)-1]))
		if err != nil || st.Size() < 10_000 {
			t.Fatalf("%v: chart missing or tiny (%v)", c, err)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "d.svg"))
	if !strings.Contains(string(b), "Diplomatic presence: United States and Russia") {
		t.Fatal("the SVG has no title")
	}
}

func TestAnalysisBadInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"dyad", "USA", "XYZ"}, 2, `unknown country or organisation code "XYZ"`},
		{[]string{"dyad", "FRA", "KIR"}, 1, "no head-counts of FRA in KIR or of KIR in FRA, and no measures between them"},
		{[]string{"dyad", "USA", "RUS", "--from", "2019", "--to", "2018"}, 2, "is before --from"},
		{[]string{"dyad", "USA", "RUS", "--from", "2019-13"}, 2, "--from"},
		{[]string{"dyad", "USA", "RUS", "--chart", "x.gif"}, 2, "must end in .svg or .png"},
		{[]string{"sites", "--within", "-5"}, 2, "--within must be a positive number"},
		{[]string{"sites", "--within", "abc"}, 2, "invalid value"},
		{[]string{"reciprocity", "--window", "ninety"}, 2, `--window "ninety"`},
		{[]string{"reciprocity", "USA"}, 2, "give two codes"},
		{[]string{"gap", "RUS", "--coalition", "CZE,XXX"}, 2, `unknown country or organisation code "XXX"`},
		{[]string{"gap", "KIR"}, 1, "no head-counts or assessments of KIR's missions"},
		{[]string{"intel", "KIR"}, 1, "no head-counts of KIR's missions"},
		{[]string{"timeline", "--actor", "KIR"}, 1, "no measures of KIR"},
		{[]string{"sites", "--sender", "KIR"}, 1, "no mission within 50 km"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errs, code := run(t, dir, "", tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Fatalf("exit %d, want %d; stderr lacks %q:\n%s", code, tt.code, tt.want, errs)
			}
			if out != "" {
				t.Fatalf("an error printed a table on stdout: %q", out)
			}
		})
	}
}
