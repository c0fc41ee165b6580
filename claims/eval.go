package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"parity"
)

// Label is one line of a gold file: a fact an article states, as a person read it.
type Label struct {
	Article       string           `json:"article"`
	Measure       string           `json:"measure"`
	Actor         *string          `json:"actor"`
	Target        *string          `json:"target"`
	CountMin      *int             `json:"count_min"`
	CountMax      *int             `json:"count_max"`
	Date          *string          `json:"date"`
	DatePrecision parity.Precision `json:"date_precision"`
	Place         *string          `json:"place"`
	Background    bool             `json:"background"`

	Line int `json:"-"` // line of the gold file
	date parity.Date
}

// ReadGold reads a gold file. A malformed line, an unknown field, kind or code, or a
// bad date is an error naming the file, line and field; nothing is returned then.
func ReadGold(r io.Reader, name string, g *parity.Gazetteer) ([]Label, error) {
	var out []Label
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var l Label
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		l.Line = n
		if err := l.validate(g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return out, nil
}

func (l *Label) validate(g *parity.Gazetteer) error {
	if l.Article == "" {
		return fmt.Errorf("field article: empty")
	}
	if !knownKind(l.Measure) {
		return fmt.Errorf("field measure: unknown kind %q", l.Measure)
	}
	for _, f := range []struct {
		name string
		v    *string
	}{{"actor", l.Actor}, {"target", l.Target}} {
		if f.v != nil && g != nil && !g.Has(*f.v) {
			return fmt.Errorf("field %s: unknown country or organisation code %q", f.name, *f.v)
		}
	}
	if l.CountMin != nil && l.CountMax != nil && *l.CountMin > *l.CountMax {
		return fmt.Errorf("field count_min: %d is above count_max %d", *l.CountMin, *l.CountMax)
	}
	if l.Date != nil {
		d, err := parity.ParseDate(*l.Date)
		if err != nil {
			return fmt.Errorf("field date: %w", err)
		}
		if l.DatePrecision != "" && l.DatePrecision != d.Precision {
			return fmt.Errorf("field date_precision: %q does not fit date %q", l.DatePrecision, *l.Date)
		}
		l.date = d
	}
	return nil
}

// ArticleOf returns the article key of a document name: its file name without the
// extension. A gold label "000" also names a file "000_54f4....txt".
func ArticleOf(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func sameArticle(label, doc string) bool {
	return label == doc || strings.HasPrefix(doc, label+"_")
}

// symmetric kinds have no direction: talks between A and B are talks between B and A.
func symmetric(kind string) bool { return kind == "talks" || kind == "agreement" }

func partiesAgree(kind string, la, lt *string, c *Claim) bool {
	a, t := c.ActorCode(), c.TargetCode()
	if eqCode(la, a) && eqCode(lt, t) {
		return true
	}
	return symmetric(kind) && eqCode(la, t) && eqCode(lt, a)
}

func eqCode(l *string, c string) bool {
	if l == nil {
		return c == ""
	}
	return *l == c
}

// countAgrees: the label's interval and the claim's overlap (open bounds are open).
func countAgrees(l Label, c *Claim) bool {
	if l.CountMin == nil && l.CountMax == nil {
		return true
	}
	if c.Count == nil {
		return false
	}
	lo, hi := -1<<31, 1<<31
	if l.CountMin != nil {
		lo = *l.CountMin
	}
	if l.CountMax != nil {
		hi = *l.CountMax
	}
	clo, chi := -1<<31, 1<<31
	if c.Count.Min != nil {
		clo = *c.Count.Min
	}
	if c.Count.Max != nil {
		chi = *c.Count.Max
	}
	return max(lo, clo) <= min(hi, chi)
}

// dateAgrees: the label's date, at its precision, lies within the claim's interval
// cut to that precision.
func dateAgrees(l Label, c *Claim) bool {
	if l.Date == nil {
		return true
	}
	if c.Date == nil {
		return false
	}
	cd := c.LedgerDate()
	if cd.IsZero() {
		return false
	}
	p := l.date.Precision
	s, e, ls := truncate(cd.Start, p), truncate(cd.End, p), truncate(l.date.Start, p)
	return !ls.Before(s) && !ls.After(e)
}

func truncate(t time.Time, p parity.Precision) time.Time {
	switch p {
	case parity.Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	case parity.Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

func placeAgrees(l Label, c *Claim) bool {
	if l.Place == nil {
		return c.Place == ""
	}
	a, b := normPlace(*l.Place), normPlace(c.Place)
	return a != "" && b != "" && (a == b || strings.Contains(a, b) || strings.Contains(b, a))
}

func normPlace(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "st.", "st")
	s = strings.ReplaceAll(s, "saint ", "st ")
	return s
}

// matches is the rule of a full match: article, kind, actor and target agree, the
// count agrees where the label has one and the date at the label's precision.
func matches(l Label, c *Claim) bool {
	return l.Measure == c.Kind && partiesAgree(l.Measure, l.Actor, l.Target, c) && countAgrees(l, c) && dateAgrees(l, c)
}

// Score is precision, recall and F1 with the counts behind them.
type Score struct {
	TP, Predicted, Gold int
}

// Precision is TP / Predicted (1 when nothing was predicted).
func (s Score) Precision() float64 { return ratio(s.TP, s.Predicted) }

// Recall is TP / Gold (1 when there is nothing to find).
func (s Score) Recall() float64 { return ratio(s.TP, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Fields are the fields scored one by one.
var Fields = []string{"kind", "actor", "target", "count", "date", "place"}

// Report is the outcome of an evaluation.
type Report struct {
	Overall Score
	Field   map[string]Score
	// FalsePositives are claims that match no label; Misses labels no claim matches.
	FalsePositives []Claim
	Misses         []Label
	Articles       int
}

// Evaluate compares claims with gold labels. Claims and labels are paired one to one:
// first as many full matches as can be made at once, then, for the per-field scores,
// each remaining label with the claim of its article and kind that agrees on most
// fields.
func Evaluate(labels []Label, cs []Claim, articles int) Report {
	r := Report{Field: map[string]Score{}, Articles: articles}
	usedC := make([]bool, len(cs))
	usedL := make([]bool, len(labels))
	pair := make([]int, len(labels)) // label -> claim, -1 when none
	byArticle := map[string][]int{}
	for i := range cs {
		byArticle[ArticleOf(cs[i].Document)] = append(byArticle[ArticleOf(cs[i].Document)], i)
	}
	candidates := func(l Label) []int {
		var out []int
		for art, idx := range byArticle {
			if sameArticle(l.Article, art) {
				out = append(out, idx...)
			}
		}
		sort.Ints(out)
		return out
	}
	// A maximum matching: a greedy first-come pairing can hand a claim to the
	// label listed first when a later label had no other match, undercounting.
	fits := make([][]int, len(labels))
	owner := make([]int, len(cs)) // claim -> label, -1 when free
	for i := range owner {
		owner[i] = -1
	}
	for li, l := range labels {
		pair[li] = -1
		for _, ci := range candidates(l) {
			if matches(l, &cs[ci]) {
				fits[li] = append(fits[li], ci)
			}
		}
	}
	// seen[ci] == round marks a claim already tried in this label's search
	seen := make([]int, len(cs))
	round := 0
	var augment func(li int) bool
	augment = func(li int) bool {
		// (a free claim first: the pairing stays the plain one wherever it can)
		for _, ci := range fits[li] {
			if owner[ci] < 0 {
				owner[ci], pair[li] = li, ci
				return true
			}
		}
		// (every claim it fits is taken: one whose label can move on frees it)
		for _, ci := range fits[li] {
			if seen[ci] == round {
				continue
			}
			seen[ci] = round
			if augment(owner[ci]) {
				owner[ci], pair[li] = li, ci
				return true
			}
		}
		return false
	}
	for li := range labels {
		if len(fits[li]) == 0 {
			continue
		}
		round++
		if augment(li) {
			r.Overall.TP++
		}
	}
	for ci, li := range owner {
		if li >= 0 {
			usedC[ci], usedL[li] = true, true
		}
	}
	// lenient pairing for field scores
	for li, l := range labels {
		if usedL[li] {
			continue
		}
		best, bestScore := -1, 0
		for _, ci := range candidates(l) {
			c := &cs[ci]
			if usedC[ci] || c.Kind != l.Measure {
				continue
			}
			score := 1
			if eqCode(l.Actor, c.ActorCode()) {
				score++
			}
			if eqCode(l.Target, c.TargetCode()) {
				score++
			}
			if countAgrees(l, c) {
				score++
			}
			if dateAgrees(l, c) {
				score++
			}
			if score > bestScore {
				best, bestScore = ci, score
			}
		}
		if best >= 0 {
			usedC[best], pair[li] = true, best
		}
	}
	r.Overall.Predicted, r.Overall.Gold = len(cs), len(labels)
	for _, f := range Fields {
		var s Score
		for i := range cs {
			if states(&cs[i], f) {
				s.Predicted++
			}
		}
		for li, l := range labels {
			if !has(l, f) {
				continue
			}
			s.Gold++
			if ci := pair[li]; ci >= 0 && states(&cs[ci], f) && fieldAgrees(l, &cs[ci], f) {
				s.TP++
			}
		}
		r.Field[f] = s
	}
	matched := make([]bool, len(cs))
	for li := range labels {
		if usedL[li] {
			matched[pair[li]] = true
		} else {
			r.Misses = append(r.Misses, labels[li])
		}
	}
	for i := range cs {
		if !matched[i] {
			r.FalsePositives = append(r.FalsePositives, cs[i])
		}
	}
	return r
}

// states reports whether a claim gives a value for the field.
func states(c *Claim, f string) bool {
	switch f {
	case "actor":
		return c.Actor != nil
	case "target":
		return c.Target != nil
	case "count":
		return c.Count != nil
	case "date":
		return c.Date != nil
	case "place":
		return c.Place != ""
	}
	return true
}

// has reports whether a label gives a value for the field.
func has(l Label, f string) bool {
	switch f {
	case "actor":
		return l.Actor != nil
	case "target":
		return l.Target != nil
	case "count":
		return l.CountMin != nil || l.CountMax != nil
	case "date":
		return l.Date != nil
	case "place":
		return l.Place != nil
	}
	return true
}

func fieldAgrees(l Label, c *Claim, f string) bool {
	switch f {
	case "kind":
		return l.Measure == c.Kind
	case "actor":
		if symmetric(l.Measure) {
			return eqCode(l.Actor, c.ActorCode()) || eqCode(l.Actor, c.TargetCode())
		}
		return eqCode(l.Actor, c.ActorCode())
	case "target":
		if symmetric(l.Measure) {
			return eqCode(l.Target, c.TargetCode()) || eqCode(l.Target, c.ActorCode())
		}
		return eqCode(l.Target, c.TargetCode())
	case "count":
		return countAgrees(l, c)
	case "date":
		return dateAgrees(l, c)
	case "place":
		return placeAgrees(l, c)
	}
	return false
}
