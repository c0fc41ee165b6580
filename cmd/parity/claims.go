package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/user"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"parity"
	"parity/claims"
	"parity/news"
	"parity/synth"
)

// extractor builds the claim extractor over the gazetteer.
func (e *Env) extractor() (*claims.Extractor, error) {
	lx, err := claims.NewLexicon(e.Gazetteer())
	if err != nil {
		return nil, fmt.Errorf("claim lexicons: %w", err)
	}
	return claims.NewExtractor(lx), nil
}

// claimStore returns the store's claim side.
func claimStore(ctx context.Context, env *Env) (parity.ClaimStore, error) {
	s, err := env.Store(ctx)
	if err != nil {
		return nil, err
	}
	cs, ok := s.(parity.ClaimStore)
	if !ok {
		return nil, parity.Errorf(parity.EINTERNAL, "this store keeps no claims")
	}
	return cs, nil
}

// inputOf is what extraction needs of a document.
func inputOf(d *parity.Document) claims.Input {
	return claims.Input{Name: d.Name, DocumentID: d.ID, Body: d.Body, Published: d.Published.Start, Cluster: d.Cluster}
}

// claimsInput is a generated article as extraction input.
func claimsInput(a synth.Article) claims.Input {
	return claims.Input{Name: a.Name, Body: a.Body, Published: a.Published}
}

// gdeltClaims turns GDELT event rows into low-confidence claims: GDELT codes events
// by machine from headlines, so they are leads to check, not facts.
func gdeltClaims(events []news.GDELTEvent, g *parity.Gazetteer) []parity.Claim {
	var out []parity.Claim
	for _, ev := range events {
		kind := ""
		switch {
		case strings.HasPrefix(ev.EventCode, "166"):
			kind = "expel"
		case ev.EventCode == "161" || ev.EventCode == "160":
			kind = "downgrade_relations"
		case ev.EventCode == "054":
			kind = "restore_relations"
		default:
			continue
		}
		c := parity.Claim{Document: ev.SourceURL, Kind: kind, Confidence: 0.2, Quote: fmt.Sprintf("GDELT event %d (%s line %d): %s %s %s", ev.ID, filepath.Base(ev.Name), ev.Line, ev.Actor1Name, ev.EventCode, ev.Actor2Name)}
		if c.Document == "" {
			c.Document = fmt.Sprintf("%s:%d", filepath.Base(ev.Name), ev.Line)
		}
		if a := ev.Actor1; a != "" && g.Has(a) {
			c.Actor = &a
		}
		if t := ev.Actor2; t != "" && g.Has(t) {
			c.Target = &t
		}
		if !ev.Date.IsZero() {
			c.Date = &parity.ClaimDate{Start: ev.Date.Start.Format(time.DateOnly), End: ev.Date.End.Format(time.DateOnly), Precision: ev.Date.Precision}
		}
		out = append(out, c)
	}
	return out
}

// extractCmd prints the claims of documents without storing anything.
type extractCmd struct {
	date   string
	format string
}

func (c *extractCmd) Name() string { return "extract" }
func (c *extractCmd) Synopsis() string {
	return "print the claims documents state (measures, staff levels), without storing"
}
func (c *extractCmd) Usage() string {
	return `Usage: parity extract [--date DATE] [--format table|json] PATH|URL|- ...

Reads documents as 'parity ingest' does (text, HTML, feeds, GDELT files; folders
recursively), clusters them by story in memory, and prints the claims they state: every
measure (expel, close_mission, staff_cap, recall_ambassador, talks, ...) and every
staffing figure (staff_level, staff_ratio, intel_share), with actor, target, count,
date, place, the sentence quoted and its byte offsets in the cleaned body. Nothing is
written to the database; 'parity ingest' stores the same claims for review. JSON
prints one claim per line with exactly the fields of the claim format.

Example:
  parity extract ../shared/seeds
  parity extract --format json --date 2025-03-09 article.txt`
}

func (c *extractCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.date, "date", "", "publication date for documents that carry none")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

func (c *extractCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("give at least one file, folder, URL or - for standard input")
	}
	if err := checkFormat(c.format, formatTable, formatJSON); err != nil {
		return err
	}
	cs, failed, err := extractInputs(ctx, env, c.date, args)
	if err != nil {
		return err
	}
	if c.format == formatJSON {
		if err := writeJSONLines(env.Stdout, cs); err != nil {
			return err
		}
	} else {
		writeClaimTable(env.Stdout, cs, nil)
	}
	if failed > 0 {
		return parity.Errorf(parity.EINVALID, "%d inputs failed (listed on standard error)", failed)
	}
	return nil
}

// extractInputs reads inputs, clusters them in memory and extracts their claims.
// Inputs that fail are reported on standard error and counted.
func extractInputs(ctx context.Context, env *Env, dateFlag string, args []string) ([]parity.Claim, int, error) {
	date, err := date("--date", dateFlag)
	if err != nil {
		return nil, 0, err
	}
	inputs, err := expandInputs(args)
	if err != nil {
		return nil, 0, err
	}
	rd, err := news.NewReader()
	if err != nil {
		return nil, 0, err
	}
	x, err := env.extractor()
	if err != nil {
		return nil, 0, err
	}
	cl, err := news.NewClusterer(news.DefaultClusterOptions())
	if err != nil {
		return nil, 0, err
	}
	client := &http.Client{Timeout: 20 * time.Second}
	var docs []*parity.Document
	var out []parity.Claim
	failed := 0
	for _, in := range inputs {
		_, ds, events, err := readInputEvents(ctx, rd, client, env.Stdin, in)
		if err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "%s: error: %v\n", in, err)
			continue
		}
		out = append(out, gdeltClaims(events, env.Gazetteer())...)
		for _, d := range ds {
			if d.Published.IsZero() {
				d.Published = date
			}
			d.Cluster = cl.Add(d.ID, d.Body)
			docs = append(docs, d)
		}
	}
	// A cluster may have been absorbed by an older one after a document joined it.
	moved := map[string]string{}
	for _, r := range cl.Renames() {
		moved[r.From] = r.To
	}
	for _, d := range docs {
		for to, ok := moved[d.Cluster]; ok; to, ok = moved[d.Cluster] {
			d.Cluster = to
		}
		out = append(out, x.Extract(inputOf(d))...)
	}
	return out, failed, nil
}

// writeClaimTable prints claims as a table; ids, when given, label each row.
func writeClaimTable(w io.Writer, cs []parity.Claim, ids []string) {
	t := &table{}
	head := []string{"DOCUMENT", "KIND", "ACTOR", "TARGET", "COUNT", "DATE", "PLACE", "BG", "CONF", "QUOTE"}
	if ids != nil {
		head = append([]string{"CLAIM", "STATUS"}, head...)
	}
	t.add(head...)
	for i := range cs {
		c := &cs[i]
		count := "-"
		if c.Count != nil {
			count = c.LedgerCount().String()
		}
		if c.Ratio != nil {
			count = fmt.Sprintf("ratio %.2f", *c.Ratio)
		}
		date := "-"
		if d := c.LedgerDate(); !d.IsZero() {
			date = d.String()
		}
		row := []string{clip(filepath.Base(c.Document), 24), c.Kind, orDash(c.ActorCode()), orDash(c.TargetCode()), count, date, orDash(c.Place), yesNo(c.Background), fmt.Sprintf("%.2f", c.Confidence), clip(c.Quote, 70)}
		if ids != nil {
			row = append(strings.Split(ids[i], "\t"), row...)
		}
		t.add(row...)
	}
	t.writeText(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// claimsCmd lists stored claims with corroboration and contradictions.
type claimsCmd struct {
	status         string
	contradictions bool
	format         string
}

func (c *claimsCmd) Name() string { return "claims" }
func (c *claimsCmd) Synopsis() string {
	return "list stored claims for review, with corroboration and contradictions"
}
func (c *claimsCmd) Usage() string {
	return `Usage: parity claims [--status pending|accepted|rejected] [--contradictions] [--format table|json]

Lists the claims 'parity ingest' extracted, in the order they were stored, with how
many independent story clusters state the same fact and the ledger records each claim
agrees or disagrees with. --contradictions lists only disagreements: claims against
ledger records and claims against each other (a count or a date), with both sides
and their sources. Accept or reject claims with 'parity review'.

Example:
  parity claims --status pending
  parity claims --contradictions`
}

func (c *claimsCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.status, "status", "", "pending, accepted or rejected (default: all)")
	fs.BoolVar(&c.contradictions, "contradictions", false, "list only disagreements, with both sides")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

// claimView is a stored claim with what review needs to see about it.
type claimView struct {
	ID       string           `json:"id"`
	Status   string           `json:"status"`
	Record   string           `json:"record,omitempty"`
	Claim    *parity.Claim    `json:"claim"`
	Clusters int              `json:"clusters"` // independent story clusters stating the same fact
	Ledger   []claims.Finding `json:"ledger,omitempty"`
}

// contradiction is a disagreement between a claim and a record or another claim.
type contradiction struct {
	Claim      string   `json:"claim"`
	ClaimSays  string   `json:"claim_says"`
	ClaimFrom  string   `json:"claim_source"`
	Other      string   `json:"other"`
	OtherSays  string   `json:"other_says"`
	OtherFrom  []string `json:"other_sources"`
	Fields     []string `json:"fields"`
	AgainstLed bool     `json:"against_ledger"`
}

func (c *claimsCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, formatTable, formatJSON); err != nil {
		return err
	}
	switch parity.ClaimStatus(c.status) {
	case "", parity.ClaimPending, parity.ClaimAccepted, parity.ClaimRejected:
	default:
		return usagef("--status %q: want pending, accepted or rejected", c.status)
	}
	cst, err := claimStore(ctx, env)
	if err != nil {
		return err
	}
	all, err := cst.Claims(ctx, parity.ClaimFilter{})
	if err != nil {
		return err
	}
	if len(all) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no claims yet: 'parity ingest PATH' extracts them from documents")
	}
	s, _ := env.Store(ctx)
	ptrs := make([]*parity.Claim, len(all))
	for i := range all {
		ptrs[i] = &all[i].Claim
	}
	groups, conflicts := claims.Corroborate(ptrs)
	weight := make([]int, len(all))
	for _, g := range groups {
		n := claims.Clusters(ptrs, g)
		for _, i := range g {
			weight[i] = n
		}
	}
	var views []claimView
	var contras []contradiction
	// Many claims share a pair: the ledger is read once per pair, not once per claim.
	byPair := map[[2]string]claims.Existing{}
	for i, sc := range all {
		key := [2]string{sc.Claim.ActorCode(), sc.Claim.TargetCode()}
		ex, ok := byPair[key]
		if !ok {
			if ex, err = existingFor(ctx, s, &sc.Claim); err != nil {
				return err
			}
			byPair[key] = ex
		}
		fs := claims.Compare(&sc.Claim, ex)
		v := claimView{ID: sc.ID, Status: string(sc.Status), Record: sc.Record, Claim: &all[i].Claim, Clusters: weight[i], Ledger: fs}
		for _, f := range fs {
			if f.Agrees {
				continue
			}
			other, src, err := recordSays(ctx, s, f.Record)
			if err != nil {
				return err
			}
			contras = append(contras, contradiction{Claim: sc.ID, ClaimSays: claims.Describe(&sc.Claim), ClaimFrom: sc.Claim.Document, Other: f.Record, OtherSays: other, OtherFrom: src, Fields: f.Fields, AgainstLed: true})
		}
		if c.status == "" || string(sc.Status) == c.status {
			views = append(views, v)
		}
	}
	for _, k := range conflicts {
		a, b := all[k.A], all[k.B]
		contras = append(contras, contradiction{Claim: a.ID, ClaimSays: claims.Describe(&a.Claim), ClaimFrom: a.Claim.Document, Other: b.ID, OtherSays: claims.Describe(&b.Claim), OtherFrom: []string{b.Claim.Document}, Fields: k.Fields})
	}
	if c.contradictions {
		if c.format == formatJSON {
			return writeJSONLines(env.Stdout, contras)
		}
		if len(contras) == 0 {
			fmt.Fprintln(env.Stdout, "no contradictions")
			return nil
		}
		for _, k := range contras {
			against := "claim"
			if k.AgainstLed {
				against = "ledger record"
			}
			fmt.Fprintf(env.Stdout, "%s disagrees with %s %s on %s\n  claim:  %s\n          source: %s\n  %s: %s\n          sources: %s\n", k.Claim, against, k.Other, strings.Join(k.Fields, " and "), k.ClaimSays, k.ClaimFrom, against, k.OtherSays, strings.Join(k.OtherFrom, ", "))
		}
		return nil
	}
	if c.format == formatJSON {
		return writeJSONLines(env.Stdout, views)
	}
	t := &table{}
	t.add("CLAIM", "STATUS", "FACT", "CLUSTERS", "LEDGER", "CONF", "DOCUMENT")
	for _, v := range views {
		led := "-"
		var parts []string
		for _, f := range v.Ledger {
			if f.Agrees {
				parts = append(parts, "agrees "+f.Record)
			} else {
				parts = append(parts, "DISAGREES "+f.Record+" ("+strings.Join(f.Fields, ",")+")")
			}
		}
		if len(parts) > 0 {
			led = strings.Join(parts, "; ")
		}
		t.add(v.ID, v.Status, claims.Describe(v.Claim), fmt.Sprint(v.Clusters), clip(led, 60), fmt.Sprintf("%.2f", v.Claim.Confidence), clip(filepath.Base(v.Claim.Document), 28))
	}
	return t.writeText(env.Stdout)
}

// existingFor loads the ledger records of a claim's pair (both directions).
func existingFor(ctx context.Context, s parity.Store, c *parity.Claim) (claims.Existing, error) {
	var ex claims.Existing
	a, t := c.ActorCode(), c.TargetCode()
	if a == "" {
		return ex, nil
	}
	for _, pair := range [][2]string{{a, t}, {t, a}} {
		if pair[0] == "" {
			continue
		}
		ms, err := s.Measures(ctx, parity.MeasureFilter{Actor: pair[0], Target: pair[1]})
		if err != nil {
			return ex, err
		}
		ex.Measures = append(ex.Measures, ms...)
		if pair[1] != "" {
			os, err := s.Observations(ctx, parity.DyadFilter{Sender: pair[0], Host: pair[1]})
			if err != nil {
				return ex, err
			}
			ex.Observations = append(ex.Observations, os...)
			as, err := s.Assessments(ctx, parity.DyadFilter{Sender: pair[0], Host: pair[1]})
			if err != nil {
				return ex, err
			}
			ex.Assessments = append(ex.Assessments, as...)
		}
	}
	return ex, nil
}

// recordSays describes a ledger record and lists its source URLs.
func recordSays(ctx context.Context, s parity.Store, id string) (string, []string, error) {
	rec, err := s.Record(ctx, id)
	if err != nil {
		return "", nil, err
	}
	says := id
	switch r := rec.(type) {
	case *parity.Measure:
		says = fmt.Sprintf("%s %s→%s", r.Kind, r.Actor, r.Target)
		if r.Count != nil {
			says += " " + r.Count.String()
		}
		says += " " + r.Date.String()
	case *parity.Observation:
		says = fmt.Sprintf("staff of %s in %s %s %s", r.Sender, r.Host, r.Count.String(), r.Date.String())
	}
	p := parity.ProvenanceOf(rec)
	var urls []string
	if p != nil {
		srcs, err := s.Sources(ctx, p.SourceIDs())
		if err != nil {
			return "", nil, err
		}
		for _, src := range srcs {
			urls = append(urls, src.URL)
		}
	}
	return says, urls, nil
}

// reviewCmd accepts or rejects claims and lists decisions.
type reviewCmd struct {
	sets   stringList
	reason string
	who    string
	format string
}

// stringList is a repeatable flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func (c *reviewCmd) Name() string { return "review" }
func (c *reviewCmd) Synopsis() string {
	return "accept a claim into the ledger (or as a further source), reject it, list decisions"
}
func (c *reviewCmd) Usage() string {
	return `Usage: parity review accept CLAIM-ID [--set field=value ...]
       parity review reject CLAIM-ID --reason TEXT
       parity review log [--format table|json]

accept creates the ledger record the claim states, with its document as the source
(URL, outlet, date, quote), or, when the ledger already has a record of the same fact
that agrees with the claim, adds the document to it as a further source instead of
duplicating it. --set corrects a field first (kind, actor, target, count, date, place,
background, aggregate, ratio) or supplies a source field the document lacks (url,
outlet, title, published). reject needs a reason. Every decision is kept with who made
it, when, and what it changed; 'review log' lists them.

Example:
  parity review accept c-1a2b3c4d5e6f7a8b --set count=60 --set date=2018-03-26
  parity review reject c-1a2b3c4d5e6f7a8b --reason "a proposal, not a decision"
  parity review log`
}

func (c *reviewCmd) Flags(fs *flag.FlagSet) {
	fs.Var(&c.sets, "set", "field=value correction (repeatable)")
	fs.StringVar(&c.reason, "reason", "", "why the claim is rejected")
	fs.StringVar(&c.who, "who", "", "reviewer name (default: the user name)")
	fs.StringVar(&c.format, "format", formatTable, "table or json (for log)")
}

func (c *reviewCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("give accept, reject or log")
	}
	who := c.who
	if who == "" {
		if u, err := user.Current(); err == nil {
			who = u.Username
		} else {
			who = os.Getenv("USER")
		}
	}
	cst, err := claimStore(ctx, env)
	if err != nil {
		return err
	}
	switch args[0] {
	case "log":
		if len(args) > 1 {
			return usagef("unexpected argument %q", args[1])
		}
		return c.log(ctx, env, cst)
	case "accept", "reject":
	default:
		return usagef("unknown review action %q: give accept, reject or log", args[0])
	}
	if len(args) != 2 {
		return usagef("give one claim ID after %s", args[0])
	}
	id := args[1]
	sc, err := cst.Claim(ctx, id)
	if err != nil {
		return err
	}
	d := &parity.Decision{Claim: id, Action: args[0], Who: who, At: env.Now().UTC()}
	if args[0] == "reject" {
		if strings.TrimSpace(c.reason) == "" {
			return usagef("reject needs --reason TEXT")
		}
		if len(c.sets) > 0 {
			return usagef("--set applies to accept only")
		}
		d.Reason = c.reason
		if err := cst.Decide(ctx, d, nil, nil); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "rejected %s: %s\n", id, c.reason)
		return nil
	}
	if sc.Status == parity.ClaimAccepted {
		return parity.Errorf(parity.ECONFLICT, "claim %s was already accepted into %s", id, sc.Record)
	}
	changes, srcSet, err := claims.Edit(&sc.Claim, c.sets, env.Gazetteer())
	if err != nil {
		return err
	}
	d.Changes = changes
	s, _ := env.Store(ctx)
	var doc *parity.Document
	if sc.Claim.DocumentID != "" {
		ds, err := documentStore(ctx, env)
		if err != nil {
			return err
		}
		if doc, err = ds.Document(ctx, sc.Claim.DocumentID); err != nil {
			return err
		}
	} else {
		// a GDELT lead has no stored document: its source is the page it points to, and
		// the source ID comes from that URL so that two leads never share one
		doc = &parity.Document{ID: news.ContentID(sc.Claim.Document), Name: sc.Claim.Document, URL: sc.Claim.Document, Outlet: "GDELT", Title: sc.Claim.Quote, Published: sc.Claim.LedgerDate()}
	}
	src, err := claims.SourceOf(doc, srcSet)
	if err != nil {
		return err
	}
	ex, err := existingFor(ctx, s, &sc.Claim)
	if err != nil {
		return err
	}
	taken := func(rid string) bool { _, err := s.Record(ctx, rid); return err == nil }
	add, enrich, record, err := claims.Plan(&sc.Claim, src, ex, taken)
	if err != nil {
		return err
	}
	d.Record, d.Created = record, add != nil
	if err := cst.Decide(ctx, d, add, enrich); err != nil {
		return err
	}
	if add != nil {
		fmt.Fprintf(env.Stdout, "accepted %s: created %s with source %s\n", id, record, src.URL)
	} else {
		fmt.Fprintf(env.Stdout, "accepted %s: added %s as a further source of %s\n", id, src.URL, record)
	}
	return nil
}

func (c *reviewCmd) log(ctx context.Context, env *Env, cst parity.ClaimStore) error {
	if err := checkFormat(c.format, formatTable, formatJSON); err != nil {
		return err
	}
	ds, err := cst.Decisions(ctx)
	if err != nil {
		return err
	}
	if c.format == formatJSON {
		return writeJSONLines(env.Stdout, ds)
	}
	t := &table{}
	t.add("#", "AT", "WHO", "ACTION", "CLAIM", "RECORD", "CHANGES / REASON")
	for _, d := range ds {
		var ch []string
		for k, v := range d.Changes {
			ch = append(ch, k+"="+v)
		}
		sort.Strings(ch)
		what := strings.Join(ch, " ")
		if d.Reason != "" {
			what = d.Reason
		}
		rec := d.Record
		if rec != "" && !d.Created {
			rec += " (source added)"
		}
		t.add(fmt.Sprint(d.Seq), d.At.Format(time.RFC3339), d.Who, d.Action, d.Claim, orDash(rec), orDash(what))
	}
	return t.writeText(env.Stdout)
}

// evalCmd scores extraction against gold labels.
type evalCmd struct {
	gold   string
	date   string
	format string
}

func (c *evalCmd) Name() string { return "eval" }
func (c *evalCmd) Synopsis() string {
	return "score claim extraction against gold labels: precision, recall, F1"
}
func (c *evalCmd) Usage() string {
	return `Usage: parity eval --gold GOLD.jsonl DIR

Extracts claims from the documents in DIR (as 'parity extract' does; .jsonl and .md
files are skipped) and compares them with the gold labels: precision, recall and F1
overall and per field (kind, actor, target, count, date, place), then every false
positive and every miss. A claim matches a label when article (the file name without
its extension), kind, actor and target agree, the count intervals overlap where the
label has a count, and the date agrees at the label's precision. Claims and labels
are paired one to one, as many as can be matched at once.

Example:
  parity eval --gold claims/testdata/corpus/validation/gold.jsonl claims/testdata/corpus/validation`
}

func (c *evalCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.gold, "gold", "", "gold labels, one JSON object per line")
	fs.StringVar(&c.date, "date", "", "publication date for documents that carry none")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

func (c *evalCmd) Run(ctx context.Context, env *Env, args []string) error {
	if c.gold == "" {
		return usagef("--gold GOLD.jsonl is required")
	}
	if len(args) != 1 {
		return usagef("give one folder of documents")
	}
	if err := checkFormat(c.format, formatTable, formatJSON); err != nil {
		return err
	}
	f, err := os.Open(c.gold)
	if err != nil {
		return parity.Errorf(parity.ENOTFOUND, "%v", err)
	}
	labels, err := claims.ReadGold(f, c.gold, env.Gazetteer())
	f.Close()
	if err != nil {
		return parity.Errorf(parity.EINVALID, "%v", err)
	}
	st, err := os.Stat(args[0])
	if err != nil || !st.IsDir() {
		return usagef("%s is not a folder", args[0])
	}
	inputs, err := expandInputs(args)
	if err != nil {
		return err
	}
	// The folder of a labelled corpus also holds its labels and their description.
	var files []string
	for _, p := range inputs {
		if ext := strings.ToLower(filepath.Ext(p)); ext != ".jsonl" && ext != ".md" {
			files = append(files, p)
		}
	}
	cs, failed, err := extractInputs(ctx, env, c.date, files)
	if err != nil {
		return err
	}
	if failed > 0 {
		return parity.Errorf(parity.EINVALID, "%d documents could not be read (listed on standard error)", failed)
	}
	r := claims.Evaluate(labels, cs, len(files))
	if c.format == formatJSON {
		type score struct {
			Precision, Recall, F1 float64
			TP, Predicted, Gold   int
		}
		sc := func(s claims.Score) score {
			return score{s.Precision(), s.Recall(), s.F1(), s.TP, s.Predicted, s.Gold}
		}
		out := map[string]any{"documents": len(files), "labels": len(labels), "claims": len(cs), "overall": sc(r.Overall)}
		fields := map[string]score{}
		for _, f := range claims.Fields {
			fields[f] = sc(r.Field[f])
		}
		out["fields"] = fields
		out["false_positives"] = len(r.FalsePositives)
		out["misses"] = len(r.Misses)
		return writeJSONLine(env.Stdout, out)
	}
	fmt.Fprintf(env.Stdout, "%d documents, %d gold labels, %d claims\n\n", len(files), len(labels), len(cs))
	t := &table{}
	t.add("FIELD", "PRECISION", "RECALL", "F1", "TP", "CLAIMS", "LABELS")
	row := func(name string, s claims.Score) {
		t.add(name, fmt.Sprintf("%.3f", s.Precision()), fmt.Sprintf("%.3f", s.Recall()), fmt.Sprintf("%.3f", s.F1()), fmt.Sprint(s.TP), fmt.Sprint(s.Predicted), fmt.Sprint(s.Gold))
	}
	row("overall", r.Overall)
	for _, f := range claims.Fields {
		row(f, r.Field[f])
	}
	t.writeText(env.Stdout)
	fmt.Fprintf(env.Stdout, "\nfalse positives (%d):\n", len(r.FalsePositives))
	for i := range r.FalsePositives {
		fp := &r.FalsePositives[i]
		fmt.Fprintf(env.Stdout, "  %s: %s\n", claims.ArticleOf(fp.Document), claims.Describe(fp))
	}
	fmt.Fprintf(env.Stdout, "\nmisses (%d):\n", len(r.Misses))
	for _, l := range r.Misses {
		fmt.Fprintf(env.Stdout, "  %s (gold line %d): %s\n", l.Article, l.Line, describeLabel(l))
	}
	return nil
}

func describeLabel(l claims.Label) string {
	s := func(p *string) string {
		if p == nil {
			return "?"
		}
		return *p
	}
	out := fmt.Sprintf("%s %s→%s", l.Measure, s(l.Actor), s(l.Target))
	if l.CountMin != nil || l.CountMax != nil {
		lo, hi := "", ""
		if l.CountMin != nil {
			lo = fmt.Sprint(*l.CountMin)
		}
		if l.CountMax != nil {
			hi = fmt.Sprint(*l.CountMax)
		}
		if lo == hi {
			out += " " + lo
		} else {
			out += " " + lo + ".." + hi
		}
	}
	if l.Date != nil {
		out += " " + *l.Date
	}
	if l.Place != nil {
		out += " " + *l.Place
	}
	return out
}
