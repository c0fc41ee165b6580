package claims

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"parity"
	"parity/dataset"
	"parity/news"
)

// testLexicon builds the lexicon once per test binary.
var testLex *Lexicon

func lexicon(t testing.TB) *Lexicon {
	t.Helper()
	if testLex != nil {
		return testLex
	}
	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := NewLexicon(g)
	if err != nil {
		t.Fatal(err)
	}
	testLex = lx
	return lx
}

// extractDir reads the text articles of a folder as ingest does and extracts claims.
func extractDir(t testing.TB, dir string) ([]Claim, int) {
	t.Helper()
	x := NewExtractor(lexicon(t))
	ins := readInputs(t, dir)
	var out []Claim
	for _, in := range ins {
		out = append(out, x.Extract(in)...)
	}
	return out, len(ins)
}

func readGoldFiles(t testing.TB, pattern string) []Label {
	t.Helper()
	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(pattern)
	var out []Label
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		ls, err := ReadGold(r, f, g)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ls...)
	}
	return out
}

func report(t *testing.T, r Report) {
	t.Logf("overall P %.3f R %.3f F1 %.3f (tp %d, claims %d, labels %d)", r.Overall.Precision(), r.Overall.Recall(), r.Overall.F1(), r.Overall.TP, r.Overall.Predicted, r.Overall.Gold)
	for _, f := range Fields {
		s := r.Field[f]
		t.Logf("  %-7s P %.3f R %.3f F1 %.3f", f, s.Precision(), s.Recall(), s.F1())
	}
	if os.Getenv("PARITY_EVAL_VERBOSE") != "" {
		for _, c := range r.FalsePositives {
			t.Logf("FP %s %s %s->%s count=%v date=%v q=%q", c.Document, c.Kind, c.ActorCode(), c.TargetCode(), fmtCount(c.Count), fmtDate(c.Date), trunc(c.Quote))
		}
		for _, l := range r.Misses {
			t.Logf("MISS %s %s %s->%s count=%v/%v date=%v", l.Article, l.Measure, s(l.Actor), s(l.Target), ip(l.CountMin), ip(l.CountMax), s(l.Date))
		}
	}
}

func trunc(s string) string {
	if len(s) > 160 {
		return s[:160]
	}
	return s
}
func s(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}
func ip(p *int) string {
	if p == nil {
		return "_"
	}
	return strings.TrimSpace(itoa(p))
}
func fmtCount(c *Count) string {
	if c == nil {
		return "null"
	}
	return ip(c.Min) + "-" + ip(c.Max)
}
func fmtDate(d *Date) string {
	if d == nil {
		return "null"
	}
	return d.Start + "/" + d.End + ":" + string(d.Precision)
}

// TestCorpus scores extraction on the labelled corpus and fails when a change makes
// it worse than the figures the README reports (a floor a little under them, so that
// a regression shows and an improvement does not need the test edited).
func TestCorpus(t *testing.T) {
	for _, tt := range []struct {
		dir   string
		floor float64
	}{
		{"testdata/corpus/train", 0.65},
		{"testdata/corpus/validation", 0.72},
	} {
		cs, n := extractDir(t, tt.dir)
		labels := readGoldFiles(t, tt.dir+"/gold.jsonl")
		r := Evaluate(labels, cs, n)
		t.Logf("%s:", tt.dir)
		report(t, r)
		if f := r.Overall.F1(); f < tt.floor {
			t.Errorf("%s: F1 %.3f fell below %.2f", tt.dir, f, tt.floor)
		}
	}
}

// corpusInputs reads the training articles as extraction inputs.
func corpusInputs(t testing.TB) []Input { return readInputs(t, "testdata/corpus/train") }

// readInputs reads the .txt articles of a folder, cleaned as ingest cleans them.
func readInputs(t testing.TB, dir string) []Input {
	t.Helper()
	rd, err := news.NewReader()
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	var out []Input
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		d, err := rd.Text(f, filepath.Base(n))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Input{Name: d.Name, Body: d.Body, Published: d.Published.Start})
	}
	return out
}

// TestAnnotatorAgreement scores a second person's blind labels of the validation
// split against its gold labels with the matching rules of eval: how far a careful
// reader agrees with the gold is the ceiling any extractor can be held to.
func TestAnnotatorAgreement(t *testing.T) {
	const dir = "testdata/corpus/validation"
	gold := readGoldFiles(t, dir+"/gold.jsonl")
	second := readGoldFiles(t, dir+"/second-annotator.jsonl")
	cs := make([]Claim, len(second))
	for i, l := range second {
		cs[i] = Claim{Document: l.Article + ".txt", Kind: l.Measure, Actor: l.Actor, Target: l.Target, Date: dateOf(l.date)}
		if l.Place != nil {
			cs[i].Place = *l.Place
		}
		if l.CountMin != nil || l.CountMax != nil {
			cs[i].Count = &Count{Min: l.CountMin, Max: l.CountMax}
		}
	}
	names, _ := filepath.Glob(dir + "/*.txt")
	r := Evaluate(gold, cs, len(names))
	report(t, r)
	if f := r.Overall.F1(); f < 0.95 {
		t.Errorf("second annotator agrees with gold at F1 %.3f, below 0.95", f)
	}
}

// TestEvaluatePairsMost: a label without a count must not take the one claim a
// label with a count could match when another claim fits it as well; pairing
// first come, first served would score one match here instead of two.
func TestEvaluatePairsMost(t *testing.T) {
	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	gold := `{"article": "001", "measure": "expel", "actor": "RUS", "target": "USA", "count_min": null, "count_max": null, "date": null, "date_precision": null, "place": null, "background": false}
{"article": "001", "measure": "expel", "actor": "RUS", "target": "USA", "count_min": 35, "count_max": 35, "date": null, "date_precision": null, "place": null, "background": false}
`
	labels, err := ReadGold(strings.NewReader(gold), "gold.jsonl", g)
	if err != nil {
		t.Fatal(err)
	}
	rus, usa, n := "RUS", "USA", 35
	cs := []Claim{
		{Document: "001.txt", Kind: "expel", Actor: &rus, Target: &usa, Count: &Count{Min: &n, Max: &n, Qualifier: parity.Exact}},
		{Document: "001.txt", Kind: "expel", Actor: &rus, Target: &usa},
	}
	r := Evaluate(labels, cs, 1)
	if r.Overall.TP != 2 || len(r.Misses) != 0 || len(r.FalsePositives) != 0 {
		t.Errorf("got %d matches, %d misses, %d false positives; want 2, 0, 0", r.Overall.TP, len(r.Misses), len(r.FalsePositives))
	}
}
