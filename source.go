package parity

import (
	"encoding/json"
	"net/url"
	"strings"
)

// Source is a published report that backs records: a news article, an official
// statement, a database entry. Many records may cite one source.
type Source struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published Date   `json:"published"`
}

// Validate checks a source on its own.
func (s *Source) Validate() error {
	if err := checkID(s.ID, "s-"); err != nil {
		return err
	}
	u, err := url.Parse(s.URL)
	if s.URL == "" {
		return fieldError(s.ID, "url", "is required")
	}
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fieldError(s.ID, "url", "%q is not an http(s) URL", s.URL)
	}
	if strings.TrimSpace(s.Outlet) == "" {
		return fieldError(s.ID, "outlet", "is required")
	}
	if strings.TrimSpace(s.Title) == "" {
		return fieldError(s.ID, "title", "is required")
	}
	if s.Published.IsZero() {
		return fieldError(s.ID, "published", "is required")
	}
	return nil
}

// Citation is one record's use of one source: the quote that states the fact, and
// why it is cited when that is not obvious.
type Citation struct {
	Source string `json:"source"`
	Quote  string `json:"quote,omitempty"`
	Note   string `json:"note,omitempty"`
}

// MaxQuote is the longest quote a citation keeps: a sentence, not an article.
const MaxQuote = 600

// Dispute records a disagreement between sources about one field of a record: the
// record keeps the value judged best, the dispute keeps the other value and who said it.
type Dispute struct {
	Field   string          `json:"field"`
	Value   json.RawMessage `json:"value"`
	Sources []string        `json:"sources"`
	Note    string          `json:"note,omitempty"`
}

// disputableFields lists the fields a dispute may name.
var disputableFields = map[string]bool{
	"date": true, "count": true, "value": true, "target": true, "actor": true,
	"place": true, "opened": true, "closed": true, "kind": true, "category": true,
}

// Provenance is what every ledger record carries besides its facts: its citations and
// disputes, and where it came from (the bundled dataset or a user's import).
type Provenance struct {
	Sources  []Citation `json:"sources"`
	Disputes []Dispute  `json:"disputes,omitempty"`
}

// SingleSource reports whether the record rests on one source only.
func (p *Provenance) SingleSource() bool { return len(p.SourceIDs()) == 1 }

// SourceIDs returns the distinct IDs of cited and disputing sources, in order of
// first appearance.
func (p *Provenance) SourceIDs() []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, c := range p.Sources {
		add(c.Source)
	}
	return out
}

// validate checks citations and disputes of record id.
func (p *Provenance) validate(id string) error {
	if len(p.Sources) == 0 {
		return fieldError(id, "sources", "a record needs at least one source")
	}
	seen := map[string]bool{}
	for i, c := range p.Sources {
		f := "sources[" + itoa(i) + "]"
		if err := checkID(c.Source, "s-"); err != nil {
			return fieldError(id, f+".source", "%s", ErrorOf(err).Message)
		}
		if seen[c.Source] {
			return fieldError(id, f+".source", "source %s is cited twice", c.Source)
		}
		seen[c.Source] = true
		if len(c.Quote) > MaxQuote {
			return fieldError(id, f+".quote", "is %d bytes; keep quotes under %d", len(c.Quote), MaxQuote)
		}
	}
	for i, d := range p.Disputes {
		f := "disputes[" + itoa(i) + "]"
		if !disputableFields[d.Field] {
			return fieldError(id, f+".field", "unknown field %q", d.Field)
		}
		if len(d.Value) == 0 || string(d.Value) == "null" {
			return fieldError(id, f+".value", "is required")
		}
		if !json.Valid(d.Value) {
			return fieldError(id, f+".value", "is not valid JSON")
		}
		if len(d.Sources) == 0 {
			return fieldError(id, f+".sources", "a dispute names the sources of the other value")
		}
		for j, s := range d.Sources {
			if err := checkID(s, "s-"); err != nil {
				return fieldError(id, f+".sources["+itoa(j)+"]", "%s", ErrorOf(err).Message)
			}
		}
	}
	return nil
}

// ProvenanceOf returns the citations and disputes of any record, or nil for a source
// (which is cited, not citing).
func ProvenanceOf(rec any) *Provenance {
	switch r := rec.(type) {
	case *Mission:
		return &r.Provenance
	case *Measure:
		return &r.Provenance
	case *Observation:
		return &r.Provenance
	case *Assessment:
		return &r.Provenance
	case *Site:
		return &r.Provenance
	}
	return nil
}
