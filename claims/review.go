package claims

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"parity"
)

// Editable are the fields `review accept --set` may change: the claim's own fields
// and the source fields of the document it came from (for a document read from a file
// with no URL, outlet or title).
var Editable = []string{"kind", "actor", "target", "count", "date", "place", "background", "aggregate", "ratio", "url", "outlet", "title", "published"}

// SourceFields are the editable fields that describe the source, not the claim.
var sourceFields = map[string]bool{"url": true, "outlet": true, "title": true, "published": true}

// Edit applies "field=value" corrections to a claim. An unknown field or an invalid
// value is an error naming it; on error the claim is unchanged. Source fields are
// returned apart, for the citation.
func Edit(c *Claim, sets []string, g *parity.Gazetteer) (map[string]string, map[string]string, error) {
	changes := map[string]string{}
	source := map[string]string{}
	cp := *c
	for _, s := range sets {
		field, value, ok := strings.Cut(s, "=")
		field = strings.TrimSpace(field)
		if !ok {
			return nil, nil, parity.Errorf(parity.EINVALID, "--set %q: want field=value (fields: %s)", s, strings.Join(Editable, ", "))
		}
		value = strings.TrimSpace(value)
		if sourceFields[field] {
			source[field] = value
			changes[field] = value
			continue
		}
		if err := setField(&cp, field, value, g); err != nil {
			return nil, nil, parity.Errorf(parity.EINVALID, "--set %s: %v", field, err)
		}
		changes[field] = value
	}
	*c = cp
	return changes, source, nil
}

func setField(c *Claim, field, value string, g *parity.Gazetteer) error {
	switch field {
	case "kind":
		if !knownKind(value) {
			return fmt.Errorf("unknown kind %q", value)
		}
		c.Kind = value
	case "actor", "target":
		code := parity.NormalizeCode(value)
		var p *string
		if code != "" && code != "NULL" {
			if !g.Has(code) {
				return fmt.Errorf("unknown country or organisation code %q", value)
			}
			p = &code
		}
		if field == "actor" {
			c.Actor = p
		} else {
			c.Target = p
		}
	case "count":
		if value == "" || value == "null" {
			c.Count = nil
			return nil
		}
		n, err := parseCount(value)
		if err != nil {
			return err
		}
		c.Count = &Count{Min: n.Min, Max: n.Max, Qualifier: n.Qualifier}
	case "date":
		if value == "" || value == "null" {
			c.Date = nil
			return nil
		}
		d, err := parity.ParseDate(value)
		if err != nil {
			return err
		}
		c.Date = dateOf(d)
	case "place":
		c.Place = value
	case "background", "aggregate":
		b, err := strconv.ParseBool(value)
		if err != nil {
			return fmt.Errorf("want true or false, got %q", value)
		}
		if field == "background" {
			c.Background = b
		} else {
			c.Aggregate = b
		}
	case "ratio":
		f, err := strconv.ParseFloat(value, 64)
		if err != nil || f <= 0 {
			return fmt.Errorf("want a positive number, got %q", value)
		}
		c.Ratio = &f
	default:
		return fmt.Errorf("unknown field (fields: %s)", strings.Join(Editable, ", "))
	}
	return nil
}

// SourceOf builds the ledger source of a document, with corrections. A source needs a
// URL, an outlet, a title and a date: a document read from a file without them must
// be given them with --set.
func SourceOf(doc *parity.Document, set map[string]string) (parity.Source, error) {
	src := parity.Source{URL: doc.URL, Outlet: doc.Outlet, Title: doc.Title, Published: doc.Published}
	if v, ok := set["url"]; ok {
		src.URL = v
	}
	if v, ok := set["outlet"]; ok {
		src.Outlet = v
	}
	if v, ok := set["title"]; ok {
		src.Title = v
	}
	if v, ok := set["published"]; ok {
		d, err := parity.ParseDate(v)
		if err != nil {
			return src, parity.Errorf(parity.EINVALID, "--set published: %v", err)
		}
		src.Published = d
	}
	if src.URL == "" && strings.HasPrefix(doc.Name, "http") {
		src.URL = doc.Name
	}
	var missing []string
	for _, f := range []struct {
		name string
		ok   bool
	}{{"url", src.URL != ""}, {"outlet", src.Outlet != ""}, {"title", src.Title != ""}, {"published", !src.Published.IsZero()}} {
		if !f.ok {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return src, parity.Errorf(parity.EINVALID, "document %s has no %s: a ledger source needs them; give them with --set (e.g. --set url=https://...)", doc.Name, strings.Join(missing, ", "))
	}
	src.ID = "s-doc-" + doc.ID[:16]
	return src, nil
}

// Existing is the part of the ledger a claim may match: records of its pair.
type Existing struct {
	Measures     []*parity.Measure
	Observations []*parity.Observation
	Assessments  []*parity.Assessment
}

// Plan decides what accepting a claim does: enrich the existing record that states the
// same fact (a further source for it), or create a record. taken reports IDs already
// used, so that a new ID never collides.
func Plan(c *Claim, src parity.Source, ex Existing, taken func(string) bool) (add *parity.Ledger, enrich *parity.Enrichment, record string, err error) {
	cite := parity.Citation{Source: src.ID, Quote: quote(c.Quote), Note: "accepted from claim of " + c.Document}
	if id := matchRecord(c, ex); id != "" {
		return nil, &parity.Enrichment{Record: id, Source: src, Citation: cite}, id, nil
	}
	if c.ActorCode() == "" || c.TargetCode() == "" {
		return nil, nil, "", parity.Errorf(parity.EINVALID, "the claim has no %s: set it with --set actor=ISO3 or --set target=ISO3", missingParty(c))
	}
	d := c.LedgerDate()
	if d.IsZero() {
		return nil, nil, "", parity.Errorf(parity.EINVALID, "the claim has no date: set it with --set date=YYYY[-MM[-DD]]")
	}
	prov := parity.Provenance{Sources: []parity.Citation{cite}}
	l := &parity.Ledger{Sources: []*parity.Source{&src}}
	base := d.String() + "-" + strings.ToLower(c.ActorCode()) + "-" + strings.ToLower(c.TargetCode()) + "-" + strings.ReplaceAll(c.Kind, "_", "-")
	base = strings.ReplaceAll(base, "/", "-")
	switch c.Kind {
	case StaffLevel:
		if c.Count == nil {
			return nil, nil, "", parity.Errorf(parity.EINVALID, "a staff level needs a count: set it with --set count=N")
		}
		record = uniqueID("o-"+base, taken)
		l.Observations = append(l.Observations, &parity.Observation{ID: record, Sender: c.ActorCode(), Host: c.TargetCode(), Date: d, Category: parity.AllStaff, Count: *c.LedgerCount(), Provenance: prov})
	case StaffRatio, IntelShare:
		if c.Ratio == nil {
			return nil, nil, "", parity.Errorf(parity.EINVALID, "a %s needs a ratio: set it with --set ratio=0.5", c.Kind)
		}
		kind := parity.IntelShare
		if c.Kind == StaffRatio {
			kind = parity.SizeRatio
		}
		record = uniqueID("a-"+base, taken)
		l.Assessments = append(l.Assessments, &parity.Assessment{ID: record, Kind: kind, Sender: c.ActorCode(), Host: c.TargetCode(), Date: d, Value: parity.NewInterval(*c.Ratio, *c.Ratio, parity.Approx), Provenance: prov})
	default:
		record = uniqueID("m-"+base, taken)
		m := &parity.Measure{ID: record, Kind: parity.MeasureKind(c.Kind), Actor: c.ActorCode(), Target: c.TargetCode(), Date: d, Count: c.LedgerCount(), Place: c.Place, Provenance: prov}
		if info, ok := parity.KindInfo(m.Kind); ok {
			m.CAMEO, m.PLOVER = info.CAMEO, info.PLOVER
		}
		if m.Kind == parity.StaffCap && m.Count != nil {
			m.Cap = parity.Ceiling
		}
		l.Measures = append(l.Measures, m)
	}
	return l, nil, record, nil
}

func missingParty(c *Claim) string {
	if c.ActorCode() == "" {
		return "actor"
	}
	return "target"
}

func quote(s string) string {
	if len(s) <= parity.MaxQuote {
		return s
	}
	cut := parity.MaxQuote - 3
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}

func uniqueID(base string, taken func(string) bool) string {
	if len(base) > parity.MaxIDLength-4 {
		base = base[:parity.MaxIDLength-4]
	}
	id := base
	for n := 2; taken(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// matchRecord returns the ledger record that states the same fact as the claim and
// agrees with it, or "".
func matchRecord(c *Claim, ex Existing) string {
	for _, f := range Compare(c, ex) {
		if f.Agrees {
			return f.Record
		}
	}
	return ""
}

// Finding says how a claim relates to a ledger record about the same event.
type Finding struct {
	Record string   `json:"record"`
	Agrees bool     `json:"agrees"`
	Fields []string `json:"fields,omitempty"` // the fields that disagree: count, date
	Detail string   `json:"detail,omitempty"`

	gap time.Duration // how far apart the dates are, to put the nearest first
}

// eventWindow is how far apart two dates of one event may be: an ambassador's
// departure or a closure happens once, and sources disagree on its date by months
// (seed 000 dates Antonov's departure a year early); an expulsion is matched within
// six weeks, since one pair may exchange several.
func eventWindow(kind string) time.Duration {
	switch kind {
	case "ambassador_departed", "recall_ambassador", "expel_ambassador", "break_relations", "restore_relations", "downgrade_relations":
		return 2 * 365 * 24 * time.Hour
	case "close_mission", "reopen_mission", "seize_property", "return_property":
		return 365 * 24 * time.Hour
	}
	return 45 * 24 * time.Hour
}

// Compare relates a claim to the ledger records of the same kind and pair whose dates
// fall within the event window: each is a Finding, agreeing when the dates overlap
// (within a week for day precision) and the counts overlap. Nearest first.
func Compare(c *Claim, ex Existing) []Finding {
	cd := c.LedgerDate()
	// a total over years ("over 100 since 2016") is not one event: it neither agrees
	// nor disagrees with any one record
	if cd.IsZero() || c.ActorCode() == "" || c.Aggregate {
		return nil
	}
	type cand struct {
		id    string
		date  parity.Date
		count *parity.Count
		place string
	}
	var cands []cand
	for _, m := range ex.Measures {
		if string(m.Kind) == c.Kind && partiesMatch(c, m.Actor, m.Target) {
			cands = append(cands, cand{m.ID, m.Date, m.Count, m.Place})
		}
	}
	if c.Kind == StaffLevel {
		for _, o := range ex.Observations {
			if o.Sender == c.ActorCode() && o.Host == c.TargetCode() {
				cnt := o.Count
				cands = append(cands, cand{o.ID, o.Date, &cnt, ""})
			}
		}
	}
	if c.Kind == StaffRatio || c.Kind == IntelShare {
		return compareShares(c, cd, ex.Assessments)
	}
	win := eventWindow(c.Kind)
	if c.Kind == StaffLevel {
		win = 31 * 24 * time.Hour
	}
	var out []Finding
	for _, k := range cands {
		gap := distance(cd, k.date)
		if gap > win {
			continue
		}
		if c.Place != "" && k.place != "" && !samePlace(c.Place, k.place) {
			continue
		}
		f := Finding{Record: k.id, Agrees: true, gap: gap}
		if gap > 7*24*time.Hour || (gap > 0 && cd.Precision == parity.Day && k.date.Precision == parity.Day && gap > 3*24*time.Hour) {
			f.Agrees = false
			f.Fields = append(f.Fields, "date")
			f.Detail = fmt.Sprintf("date %s against %s", cd, k.date)
		}
		if c.Count != nil && k.count != nil && !countsOverlap(c.LedgerCount(), k.count) {
			f.Agrees = false
			f.Fields = append(f.Fields, "count")
			f.Detail = strings.TrimPrefix(f.Detail+"; count "+c.LedgerCount().String()+" against "+k.count.String(), "; ")
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].gap < out[j].gap })
	// a record that agrees is the event; the others near it are other events of the
	// same kind (a second round of talks), not contradictions
	for _, f := range out {
		if f.Agrees {
			agreeing := out[:0]
			for _, g := range out {
				if g.Agrees {
					agreeing = append(agreeing, g)
				}
			}
			return agreeing
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Fields) < len(out[j].Fields) })
	return out
}

// samePlace reports whether two names of a place agree: "Seattle" and "Seattle
// (consulate general)".
func samePlace(a, b string) bool {
	a, b = normPlace(a), normPlace(b)
	return a == b || strings.Contains(a, b) || strings.Contains(b, a)
}

// compareShares relates a fraction to the ledger's assessments of the same pair and
// kind made within two years: it agrees when it lies within a fifth of the range.
func compareShares(c *Claim, cd parity.Date, as []*parity.Assessment) []Finding {
	want := parity.IntelShare
	if c.Kind == StaffRatio {
		want = parity.SizeRatio
	}
	var out []Finding
	for _, a := range as {
		if a.Kind != want || a.Sender != c.ActorCode() || a.Host != c.TargetCode() || distance(cd, a.Date) > 2*365*24*time.Hour {
			continue
		}
		f := Finding{Record: a.ID, Agrees: true, gap: distance(cd, a.Date)}
		lo, hi, ok := a.Value.Bounds()
		if ok && c.Ratio != nil && (*c.Ratio < lo*0.8 || *c.Ratio > hi*1.2) {
			f.Agrees, f.Fields = false, []string{"ratio"}
			f.Detail = fmt.Sprintf("ratio %.2f against %s", *c.Ratio, a.Value.String())
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].gap < out[j].gap })
	return out
}

func partiesMatch(c *Claim, actor, target string) bool {
	if c.ActorCode() == actor && (c.TargetCode() == target || c.TargetCode() == "") {
		return true
	}
	return symmetric(c.Kind) && c.ActorCode() == target && c.TargetCode() == actor
}

// distance is the gap between two date intervals; zero when they overlap.
func distance(a, b parity.Date) time.Duration {
	if !a.End.Before(b.Start) && !b.End.Before(a.Start) {
		return 0
	}
	if a.End.Before(b.Start) {
		return b.Start.Sub(a.End)
	}
	return a.Start.Sub(b.End)
}

func countsOverlap(a, b *parity.Count) bool {
	lo := func(c *parity.Count) int {
		if c.Min == nil {
			return -1 << 31
		}
		return *c.Min
	}
	hi := func(c *parity.Count) int {
		if c.Max == nil {
			return 1 << 31
		}
		return *c.Max
	}
	// an approximate figure agrees within a tenth
	slack := func(c *parity.Count) int {
		if c.Qualifier == parity.Approx && c.Min != nil {
			return *c.Min / 10
		}
		return 0
	}
	return max(lo(a)-slack(a), lo(b)-slack(b)) <= min(hi(a)+slack(a), hi(b)+slack(b))
}

// parseCount reads a count as a reviewer types it: "60", "about 220" or "~220", "100+"
// or ">100" (at least), "<20" (at most), "10-15" (a range).
func parseCount(s string) (parity.Count, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	num := func(t string) (int, error) {
		n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(t), ",", ""))
		if err != nil || n < 0 {
			return 0, fmt.Errorf("%q is not a count (60, about 220, 100+, <20, 10-15)", s)
		}
		return n, nil
	}
	switch {
	case strings.HasPrefix(s, "about ") || strings.HasPrefix(s, "~"):
		n, err := num(strings.TrimPrefix(strings.TrimPrefix(s, "about "), "~"))
		return parity.NewInterval(n, n, parity.Approx), err
	case strings.HasSuffix(s, "+") || strings.HasPrefix(s, ">"):
		n, err := num(strings.Trim(s, "+>="))
		return parity.Count{Min: &n, Qualifier: parity.AtLeast}, err
	case strings.HasPrefix(s, "<"):
		n, err := num(strings.Trim(s, "<="))
		return parity.Count{Max: &n, Qualifier: parity.AtMost}, err
	case strings.Contains(s, "-"):
		a, b, _ := strings.Cut(s, "-")
		lo, err := num(a)
		if err != nil {
			return parity.Count{}, err
		}
		hi, err := num(b)
		if err == nil && hi < lo {
			err = fmt.Errorf("%q: the range ends below its start", s)
		}
		return parity.NewInterval(lo, hi, parity.Approx), err
	}
	n, err := num(s)
	return parity.ExactCount(n), err
}
