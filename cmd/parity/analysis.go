package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"parity"
	"parity/analysis"
)

// ledger loads the whole ledger for an analysis. The bundled one is small; on a large
// shared ledger the commands that need one dyad load only it (see dyadLedger).
func ledger(ctx context.Context, env *Env) (*parity.Ledger, error) {
	s, err := env.Store(ctx)
	if err != nil {
		return nil, err
	}
	return s.Export(ctx)
}

// dyadLedger loads the records between a and b.
func dyadLedger(ctx context.Context, env *Env, a, b string) (*parity.Ledger, error) {
	s, err := env.Store(ctx)
	if err != nil {
		return nil, err
	}
	l := &parity.Ledger{}
	if l.Measures, err = s.Measures(ctx, parity.MeasureFilter{Actor: a, Target: b, Dyad: true}); err != nil {
		return nil, err
	}
	f := parity.DyadFilter{Sender: a, Host: b, Both: true}
	if l.Observations, err = s.Observations(ctx, f); err != nil {
		return nil, err
	}
	if l.Assessments, err = s.Assessments(ctx, f); err != nil {
		return nil, err
	}
	return l, nil
}

// sparkline draws values as a row of block characters, for a chart in the terminal.
func sparkline(vals []float64) string {
	if len(vals) == 0 {
		return ""
	}
	blocks := []rune("▁▂▃▄▅▆▇█")
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	var b strings.Builder
	for _, v := range vals {
		i := 0
		if hi > lo {
			i = int((v - lo) / (hi - lo) * float64(len(blocks)-1))
		}
		b.WriteRune(blocks[i])
	}
	return b.String()
}

// records abbreviates a list of record IDs for a table cell.
func records(ids []string) string {
	switch len(ids) {
	case 0:
		return ""
	case 1:
		return ids[0]
	}
	return ids[0] + " +" + strconv.Itoa(len(ids)-1)
}

// dyadCmd shows presence over time between two states.
type dyadCmd struct {
	from, to, format, chart, category string
}

func (c *dyadCmd) Name() string { return "dyad" }
func (c *dyadCmd) Synopsis() string {
	return "presence of two states in each other over time, with the measures between them"
}
func (c *dyadCmd) Usage() string {
	return `Usage: parity dyad A B [--from DATE] [--to DATE] [--category C] [--format table|json|csv] [--chart FILE.svg|FILE.png]

Estimates the staff of A in B and of B in A over time: each head-count is an anchor;
the measures after it move the estimate (expulsions, refused accreditations and
withdrawals subtract, readmissions add, staff caps set a ceiling). Estimates are
intervals; every point names the records behind it. Also prints the ratio A/B over
time, the measures as markers (with what each did to the estimate) and the places
where the records do not add up. By default the series use head-counts of diplomats
and of all staff (sources use both for "the mission"); --category keeps one.

Example:
  parity dyad USA RUS
  parity dyad USA RUS --from 2016 --chart usa-rus.svg`
}

func (c *dyadCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.from, "from", "", "first date to show")
	fs.StringVar(&c.to, "to", "", "last date to show")
	fs.StringVar(&c.category, "category", "", "only head-counts of this category (diplomats, admin_technical, local_staff, all_staff)")
	fs.StringVar(&c.format, "format", formatTable, "table, json or csv")
	fs.StringVar(&c.chart, "chart", "", "also write a chart to this .svg or .png file")
}

func (c *dyadCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 2 {
		return usagef("give two codes: A B (e.g. USA RUS)")
	}
	if err := checkFormat(c.format, formatTable, formatJSON, formatCSV); err != nil {
		return err
	}
	a, err := env.code("A", args[0])
	if err != nil {
		return err
	}
	b, err := env.code("B", args[1])
	if err != nil {
		return err
	}
	if a == b {
		return usagef("A and B are the same (%s)", a)
	}
	var opt analysis.PresenceOptions
	if opt.From, err = date("--from", c.from); err != nil {
		return err
	}
	if opt.To, err = date("--to", c.to); err != nil {
		return err
	}
	if !opt.From.IsZero() && !opt.To.IsZero() && opt.To.End.Before(opt.From.Start) {
		return usagef("--to %s is before --from %s", c.to, c.from)
	}
	if c.category != "" {
		cat := parity.StaffCategory(c.category)
		if cat != parity.Diplomats && cat != parity.AdminTechnical && cat != parity.LocalStaff && cat != parity.AllStaff {
			return usagef("--category %q: use diplomats, admin_technical, local_staff or all_staff", c.category)
		}
		opt.Categories = []parity.StaffCategory{cat}
	}
	if err := checkChart(c.chart); err != nil {
		return err
	}
	l, err := dyadLedger(ctx, env, a, b)
	if err != nil {
		return err
	}
	d := analysis.Presence(l, a, b, opt)
	if len(d.AinB.Points)+len(d.BinA.Points)+len(d.Markers) == 0 {
		span := ""
		if c.from != "" || c.to != "" {
			span = fmt.Sprintf(" between %s and %s", firstNonEmpty(c.from, "the start"), firstNonEmpty(c.to, "now"))
		}
		return parity.Errorf(parity.ENOTFOUND, "no head-counts of %s in %s or of %s in %s, and no measures between them%s", a, b, b, a, span)
	}
	if c.chart != "" {
		if err := dyadChart(c.chart, d, env.Gazetteer().Name); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "wrote %s\n", c.chart)
	}
	switch c.format {
	case formatJSON:
		return writeJSONLine(env.Stdout, d)
	case formatCSV:
		t := &table{head: []string{"direction", "date", "low", "high", "unbounded", "basis", "category", "records"}}
		for _, s := range []analysis.Series{d.AinB, d.BinA} {
			for _, p := range s.Points {
				t.add(s.Sender+" in "+s.Host, p.Date.String(), fmt.Sprint(p.Estimate.Low), fmt.Sprint(p.Estimate.High), strconv.FormatBool(p.Estimate.Unbounded), p.Basis, string(p.Category), strings.Join(p.Records, " "))
			}
		}
		return t.writeCSV(env.Stdout)
	}
	w := env.Stdout
	g := env.Gazetteer()
	for _, s := range []analysis.Series{d.AinB, d.BinA} {
		fmt.Fprintf(w, "%s staff in %s\n", g.Name(s.Sender), g.Name(s.Host))
		if len(s.Points) == 0 {
			fmt.Fprintf(w, "  no head-counts of %s in %s%s\n\n", s.Sender, s.Host, spanText(c.from, c.to))
			continue
		}
		var mids []float64
		t := &table{head: []string{"  date", "estimate", "basis", "category", "records"}}
		for _, p := range s.Points {
			mids = append(mids, p.Estimate.Mid())
			t.add("  "+p.Date.String(), p.Estimate.String(), p.Basis, string(p.Category), records(p.Records))
		}
		t.writeText(w)
		fmt.Fprintf(w, "  %s  %s → %s\n\n", sparkline(mids), s.Points[0].Estimate, s.Points[len(s.Points)-1].Estimate)
	}
	if len(d.Ratios) > 0 {
		fmt.Fprintf(w, "Ratio %s in %s / %s in %s\n", a, b, b, a)
		t := &table{head: []string{"  date", "ratio"}}
		for _, r := range d.Ratios {
			t.add("  "+r.Date.String(), r.Ratio.String())
		}
		t.writeText(w)
		fmt.Fprintln(w)
	}
	if len(d.Markers) > 0 {
		fmt.Fprintln(w, "Measures")
		t := &table{head: []string{"  date", "actor", "kind", "target", "count", "effect on the estimate", "id"}}
		for _, m := range d.Markers {
			t.add("  "+m.Date.String(), m.Actor, string(m.Kind), m.Target, m.Count, m.Effect, m.ID)
		}
		t.writeText(w)
		fmt.Fprintln(w)
	}
	if len(d.Inconsistencies) > 0 {
		fmt.Fprintln(w, "Inconsistencies")
		for _, i := range d.Inconsistencies {
			fmt.Fprintf(w, "  %s  %s\n", i.Date, i.Message)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d records; 'parity show ID' prints any of them with its sources.\n", len(d.Records))
	return nil
}

// spanText describes a --from/--to span for messages.
func spanText(from, to string) string {
	switch {
	case from != "" && to != "":
		return " between " + from + " and " + to
	case from != "":
		return " since " + from
	case to != "":
		return " before " + to
	}
	return ""
}

// checkChart refuses chart files of an unknown type before any work is done.
func checkChart(path string) error {
	if path == "" || strings.HasSuffix(path, ".svg") || strings.HasSuffix(path, ".png") {
		return nil
	}
	return usagef("--chart %q: the file must end in .svg or .png", path)
}

// gapCmd compares a state's missions with its hosts'.
type gapCmd struct {
	asOf, format, chart, coalition string
}

func (c *gapCmd) Name() string { return "gap" }
func (c *gapCmd) Synopsis() string {
	return "parity gaps: a state's missions against its hosts' missions in it"
}
func (c *gapCmd) Usage() string {
	return `Usage: parity gap TARGET [--as-of DATE] [--coalition ISO3,ISO3,...] [--format table|json|csv] [--chart FILE.svg|FILE.png]

For every host with data, compares TARGET's staff in the host with the host's staff in
TARGET (latest estimates as of the date, each with the date and category of the
head-count behind it), the ratio, the excess that a parity demand would remove, the
intelligence officers estimated in that excess (sourced share for that mission, else
the default range), and the latest measure each way. Sorted by excess.
--coalition sums what a joint parity demand by those hosts would remove and what a
mirror reply (the same number expelled back) could take from each of them.

Example:
  parity gap RUS
  parity gap RUS --as-of 2021 --coalition CZE,POL,EST,LVA,LTU`
}

func (c *gapCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.asOf, "as-of", "", "estimate as of this date (default: latest)")
	fs.StringVar(&c.coalition, "coalition", "", "hosts acting together, comma-separated")
	fs.StringVar(&c.format, "format", formatTable, "table, json or csv")
	fs.StringVar(&c.chart, "chart", "", "also write a bar chart to this .svg or .png file")
}

func (c *gapCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("give one code: TARGET (e.g. RUS)")
	}
	if err := checkFormat(c.format, formatTable, formatJSON, formatCSV); err != nil {
		return err
	}
	target, err := env.code("TARGET", args[0])
	if err != nil {
		return err
	}
	asOf, err := date("--as-of", c.asOf)
	if err != nil {
		return err
	}
	var hosts []string
	if c.coalition != "" {
		for _, h := range strings.Split(c.coalition, ",") {
			code, err := env.code("--coalition", h)
			if err != nil {
				return err
			}
			if code == target {
				return usagef("--coalition includes the target %s", target)
			}
			hosts = append(hosts, code)
		}
	}
	if err := checkChart(c.chart); err != nil {
		return err
	}
	l, err := ledger(ctx, env)
	if err != nil {
		return err
	}
	rows := analysis.Gaps(l, target, asOf)
	if len(rows) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no head-counts or assessments of %s's missions or of missions in %s%s", target, target, spanText("", c.asOf))
	}
	var coal *analysis.Coalition
	if len(hosts) > 0 {
		j := analysis.JointParity(target, rows, hosts)
		coal = &j
	}
	if c.chart != "" {
		if err := gapChart(c.chart, target, rows, env.Gazetteer().Name); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "wrote %s\n", c.chart)
	}
	if c.format == formatJSON {
		return writeJSONLine(env.Stdout, struct {
			Target    string              `json:"target"`
			Rows      []analysis.GapRow   `json:"rows"`
			Coalition *analysis.Coalition `json:"coalition,omitempty"`
		}{target, rows, coal})
	}
	sideText := func(s analysis.Side) string {
		if !s.Known {
			return "—"
		}
		t := s.Estimate.String() + " (" + s.Date
		if s.Derived != "" {
			t += ", from ratio"
		} else if s.Category != "" {
			t += ", " + s.Category
		}
		return t + ")"
	}
	t := &table{head: []string{"host", target + " in host", "host in " + target, "ratio", "excess", "intel in excess", "share", "latest by host", "latest by " + target}}
	for _, r := range rows {
		ratio, exc, intel := "—", "—", "—"
		if r.Ratio != nil {
			ratio = r.Ratio.String()
			if r.TargetInHost.Known && r.HostInTarget.Known {
				exc, intel = r.Excess.String(), r.IntelInExcess.String()
			}
		}
		share := fmt.Sprintf("%.2f–%.2f %s", r.Share.Low, r.Share.High, r.Share.Basis)
		t.add(r.Host, sideText(r.TargetInHost), sideText(r.HostInTarget), ratio, exc, intel, share, r.LatestByHost, r.LatestOnHost)
	}
	if c.format == formatCSV {
		return t.writeCSV(env.Stdout)
	}
	w := env.Stdout
	t.writeText(w)
	withRatio := 0
	for _, r := range rows {
		if r.Ratio != nil {
			withRatio++
		}
	}
	fmt.Fprintf(w, "\n%d hosts, %d with a ratio. Estimates are the latest head-count moved by the measures since (see 'parity dyad').\n", len(rows), withRatio)
	for _, r := range rows {
		for _, n := range r.Notes {
			fmt.Fprintf(w, "  %s: %s\n", r.Host, n)
		}
	}
	if coal != nil {
		fmt.Fprintf(w, "\nJoint parity demand on %s by %s\n", target, strings.Join(hosts, ", "))
		ct := &table{head: []string{"  host", "removed from " + target, "mirror reply could take", "host staff left in " + target}}
		for _, r := range coal.Rows {
			if !r.Known {
				ct.add("  "+r.Host, "unknown (no ratio)", "", "")
				continue
			}
			ct.add("  "+r.Host, r.Removed.String(), r.Retaliation.String(), r.Left.String())
		}
		ct.add("  total", coal.Removed.String(), coal.Retaliation.String(), "")
		ct.writeText(w)
	}
	return nil
}

// reciprocityCmd matches measures with their answers.
type reciprocityCmd struct {
	window, format string
	link, evaluate bool
	threshold      float64
}

func (c *reciprocityCmd) Name() string { return "reciprocity" }
func (c *reciprocityCmd) Synopsis() string {
	return "which measure answered which: mirror, proportional, escalation, ..."
}
func (c *reciprocityCmd) Usage() string {
	return `Usage: parity reciprocity [A B] [--window 90d] [--threshold S] [--format table|json] [--link] [--evaluate]

For each measure (between A and B, or all), the measure of the other side that answered
it: stated by the ledger (responds_to), or inferred from kind, time window, counts and
the words of its sources ("in response", "tit-for-tat"), with a score. Each answer is
classified: mirror (same kind and count), proportional (same kind, count within a
quarter), escalation, de-escalation, asymmetric (another kind), or unanswered. Then,
per direction: the share of measures answered, the median lag, the mean proportion,
and the longest chain of answers.
--link stores the inferred answers as responds_to (the measures become yours: a
dataset update will not overwrite them). --evaluate hides the stated links, infers them
again and prints precision and recall.

Example:
  parity reciprocity USA RUS
  parity reciprocity --evaluate`
}

func (c *reciprocityCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.window, "window", "90d", "how long after a measure an answer may come: Nd, Nw or Nm (days, weeks, months)")
	fs.Float64Var(&c.threshold, "threshold", analysis.DefaultThreshold, "minimum score of an inferred answer (0-1.15)")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
	fs.BoolVar(&c.link, "link", false, "store the inferred answers as responds_to")
	fs.BoolVar(&c.evaluate, "evaluate", false, "measure inference against the stated links")
}

// parseWindow reads "90d", "12w", "3m" or a Go duration.
func parseWindow(s string) (time.Duration, error) {
	if s == "" {
		return 0, usagef("--window is empty")
	}
	unit := s[len(s)-1]
	if n, err := strconv.Atoi(s[:len(s)-1]); err == nil && n > 0 {
		switch unit {
		case 'd':
			return time.Duration(n) * 24 * time.Hour, nil
		case 'w':
			return time.Duration(n) * 7 * 24 * time.Hour, nil
		case 'm':
			return time.Duration(n) * 30 * 24 * time.Hour, nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return d, nil
	}
	return 0, usagef("--window %q: use a positive number of days, weeks or months, e.g. 90d, 12w, 3m", s)
}

func (c *reciprocityCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 0 && len(args) != 2 {
		return usagef("give two codes (A B) or none")
	}
	if err := checkFormat(c.format, formatTable, formatJSON); err != nil {
		return err
	}
	window, err := parseWindow(c.window)
	if err != nil {
		return err
	}
	if c.threshold <= 0 || c.threshold > 1.15 {
		return usagef("--threshold must be above 0 and at most 1.15")
	}
	var a, b string
	if len(args) == 2 {
		if a, err = env.code("A", args[0]); err != nil {
			return err
		}
		if b, err = env.code("B", args[1]); err != nil {
			return err
		}
		if a == b {
			return usagef("A and B are the same (%s)", a)
		}
	}
	var l *parity.Ledger
	if a != "" {
		l, err = dyadLedger(ctx, env, a, b)
	} else {
		l, err = ledger(ctx, env)
	}
	if err != nil {
		return err
	}
	opt := analysis.MatchOptions{Window: window, Threshold: c.threshold}
	if c.evaluate {
		ev := analysis.Evaluate(l, opt)
		if c.format == formatJSON {
			return writeJSONLine(env.Stdout, ev)
		}
		fmt.Fprintf(env.Stdout, "stated links: %d; inferred with them hidden: %d, of which correct: %d\nprecision %.2f, recall %.2f (threshold %.2f, window %s)\n",
			ev.Stated, ev.Inferred, ev.Correct, ev.Precision, ev.Recall, ev.Threshold, c.window)
		return nil
	}
	rec := analysis.Match(l, a, b, opt)
	if len(rec.Replies) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no measures between %s and %s that call for an answer", a, b)
	}
	if c.link {
		return c.storeLinks(ctx, env, rec)
	}
	if c.format == formatJSON {
		return writeJSONLine(env.Stdout, rec)
	}
	return printReciprocity(env.Stdout, rec, env.Gazetteer())
}

// storeLinks writes the inferred answers as responds_to.
func (c *reciprocityCmd) storeLinks(ctx context.Context, env *Env, rec analysis.Reciprocity) error {
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	var links [][2]string
	for _, r := range rec.Replies {
		for _, l := range r.Links {
			if !l.Stated {
				links = append(links, [2]string{l.Answer, l.Measure})
			}
		}
	}
	if len(links) == 0 {
		fmt.Fprintln(env.Stdout, "no inferred answers to store")
		return nil
	}
	if err := s.Link(ctx, links); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "stored %d inferred answers as responds_to\n", len(links))
	return nil
}

// printReciprocity renders the matching as tables.
func printReciprocity(w io.Writer, rec analysis.Reciprocity, g *parity.Gazetteer) error {
	t := &table{head: []string{"date", "actor", "kind", "target", "count", "answer", "class", "lag", "how", "measure"}}
	byID := map[string]*parity.Measure{}
	for _, r := range rec.Replies {
		byID[r.ID] = r.Measure
	}
	for _, r := range rec.Replies {
		m := r.Measure
		count := ""
		if m.Count != nil {
			count = m.Count.String()
		}
		if len(r.Links) == 0 {
			t.add(m.Date.String(), m.Actor, string(m.Kind), m.Target, count, "", string(analysis.Unanswered), "", "", m.ID)
			continue
		}
		for _, l := range r.Links {
			how := "stated"
			if !l.Stated {
				how = fmt.Sprintf("inferred %.2f", l.Score)
			}
			t.add(m.Date.String(), m.Actor, string(m.Kind), m.Target, count, l.Answer, string(l.Class), fmt.Sprintf("%dd", l.LagDays), how, m.ID)
		}
	}
	t.writeText(w)
	fmt.Fprintln(w)
	st := &table{head: []string{"direction", "measures", "answered", "share", "median lag", "mean proportion"}}
	for _, s := range rec.Stats {
		lag, prop := "—", "—"
		if s.MedianLagDays != nil {
			lag = fmt.Sprintf("%.0f days", *s.MedianLagDays)
		}
		if s.MeanProportion != nil {
			prop = fmt.Sprintf("%.2f", *s.MeanProportion)
		}
		st.add(s.Actor+" → "+s.Target, strconv.Itoa(s.Measures), strconv.Itoa(s.Answered), fmt.Sprintf("%.0f%%", 100*float64(s.Answered)/float64(s.Measures)), lag, prop)
	}
	st.writeText(w)
	if len(rec.Chain) > 1 {
		fmt.Fprintf(w, "\nLongest chain of answers (%d measures):\n", len(rec.Chain))
		for _, id := range rec.Chain {
			if m := byID[id]; m != nil {
				fmt.Fprintf(w, "  %s  %s  [%s]\n", m.Date, analysis.Sentence(m, g.Name), id)
			}
		}
	}
	return nil
}

// intelCmd estimates intelligence officers in a state's missions.
type intelCmd struct{ asOf, format string }

func (c *intelCmd) Name() string     { return "intel" }
func (c *intelCmd) Synopsis() string { return "estimated intelligence officers in a state's missions" }
func (c *intelCmd) Usage() string {
	return `Usage: parity intel TARGET [--as-of DATE] [--format table|json]

Per host, the estimated intelligence officers in TARGET's mission: staff × share, as
ranges. The share is the latest sourced assessment for that mission when there is one
(e.g. Sweden: about a third of Russia's mission); otherwise the default range, the
medians of the lower and upper bounds of every mission's latest assessment. The table
says which applied.

Example:
  parity intel RUS`
}

func (c *intelCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.asOf, "as-of", "", "estimate as of this date (default: latest)")
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

func (c *intelCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("give one code: TARGET (e.g. RUS)")
	}
	if err := checkFormat(c.format, formatTable, formatJSON); err != nil {
		return err
	}
	target, err := env.code("TARGET", args[0])
	if err != nil {
		return err
	}
	asOf, err := date("--as-of", c.asOf)
	if err != nil {
		return err
	}
	l, err := ledger(ctx, env)
	if err != nil {
		return err
	}
	rows := analysis.Intel(l, target, asOf)
	if len(rows) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no head-counts of %s's missions%s", target, spanText("", c.asOf))
	}
	def := analysis.DefaultShare(l.Assessments)
	if c.format == formatJSON {
		return writeJSONLine(env.Stdout, struct {
			Target  string              `json:"target"`
			Default analysis.Share      `json:"default_share"`
			Rows    []analysis.IntelRow `json:"rows"`
		}{target, def, rows})
	}
	t := &table{head: []string{"host", "staff", "as of", "category", "share", "basis", "officers", "records"}}
	for _, r := range rows {
		t.add(r.Host, r.Staff.String(), r.StaffAt, r.Category, fmt.Sprintf("%.2f–%.2f", r.Share.Low, r.Share.High), string(r.Share.Basis)+" "+r.Share.Date, r.Officers.String(), records(r.Records))
	}
	t.writeText(env.Stdout)
	fmt.Fprintf(env.Stdout, "\nDefault share %.2f–%.2f: medians of the latest sourced assessment of %d missions (%s).\n", def.Low, def.High, len(def.Records), strings.Join(def.Records, ", "))
	return nil
}

// sitesCmd lists missions near sensitive sites.
type sitesCmd struct {
	sender, host, format string
	within               float64
}

func (c *sitesCmd) Name() string     { return "sites" }
func (c *sitesCmd) Synopsis() string { return "missions within a distance of sensitive sites" }
func (c *sitesCmd) Usage() string {
	return `Usage: parity sites [--sender ISO3] [--host ISO3] [--within KM] [--format table|json|csv]

Lists missions (open or closed) within KM of a sensitive site of the bundled dataset
(bases, nuclear and space facilities, intelligence headquarters, defence plants), with
great-circle distances, nearest first.

Example:
  parity sites --sender RUS --host USA
  parity sites --within 20`
}

func (c *sitesCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.sender, "sender", "", "only missions of this state")
	fs.StringVar(&c.host, "host", "", "only missions in this state")
	fs.Float64Var(&c.within, "within", analysis.DefaultRadiusKm, "distance in km")
	fs.StringVar(&c.format, "format", formatTable, "table, json or csv")
}

func (c *sitesCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, formatTable, formatJSON, formatCSV); err != nil {
		return err
	}
	if !(c.within > 0) || math.IsInf(c.within, 0) || c.within > 20000 {
		return usagef("--within must be a positive number of km (at most 20000)")
	}
	sender, err := env.code("--sender", c.sender)
	if err != nil {
		return err
	}
	host, err := env.code("--host", c.host)
	if err != nil {
		return err
	}
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	missions, err := s.Missions(ctx, parity.MissionFilter{Sender: sender, Host: host})
	if err != nil {
		return err
	}
	sites, err := s.Sites(ctx, parity.SiteFilter{Country: host})
	if err != nil {
		return err
	}
	near := analysis.NearSites(missions, sites, c.within)
	if len(near) == 0 {
		located := 0
		for _, m := range missions {
			if m.Lat != nil {
				located++
			}
		}
		return parity.Errorf(parity.ENOTFOUND, "no mission within %g km of a sensitive site (%d missions with coordinates, %d sites checked)", c.within, located, len(sites))
	}
	if c.format == formatJSON {
		return writeJSONLines(env.Stdout, near)
	}
	t := &table{head: []string{"km", "mission", "open", "site", "kind", "mission id", "site id"}}
	for _, p := range near {
		open := p.Mission.Opened.String()
		if open == "" {
			open = "?"
		}
		open += "–"
		if !p.Mission.Closed.IsZero() {
			open += p.Mission.Closed.String()
		}
		t.add(fmt.Sprintf("%.1f", p.Km), clip(p.Mission.Name, 45), open, clip(p.Site.Name, 45), string(p.Site.Kind), p.MissionID, p.SiteID)
	}
	if c.format == formatCSV {
		return t.writeCSV(env.Stdout)
	}
	return t.writeText(env.Stdout)
}

// timelineCmd tells the measures in order.
type timelineCmd struct{ actor, target, since, format string }

func (c *timelineCmd) Name() string { return "timeline" }
func (c *timelineCmd) Synopsis() string {
	return "the measures in order, in plain words, with their answers"
}
func (c *timelineCmd) Usage() string {
	return `Usage: parity timeline [--actor A] [--target B] [--since DATE] [--format text|json]

Tells the measures of an actor (or between actor and target), oldest first, each in
plain words with its number of sources, and under it the measures that answered it.

Example:
  parity timeline --actor USA --target RUS --since 2016`
}

func (c *timelineCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.actor, "actor", "", "measures taken or suffered by this actor")
	fs.StringVar(&c.target, "target", "", "with --actor: only between the two")
	fs.StringVar(&c.since, "since", "", "from this date")
	fs.StringVar(&c.format, "format", "text", "text or json")
}

func (c *timelineCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, "text", formatJSON); err != nil {
		return err
	}
	actor, err := env.code("--actor", c.actor)
	if err != nil {
		return err
	}
	target, err := env.code("--target", c.target)
	if err != nil {
		return err
	}
	since, err := date("--since", c.since)
	if err != nil {
		return err
	}
	var l *parity.Ledger
	if actor != "" && target != "" {
		l, err = dyadLedger(ctx, env, actor, target)
	} else {
		l, err = ledger(ctx, env)
	}
	if err != nil {
		return err
	}
	g := env.Gazetteer()
	entries := analysis.Timeline(l, actor, target, since, g.Name)
	if len(entries) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no measures%s%s%s", ifSet(" of ", actor), ifSet(" with ", target), spanText(c.since, ""))
	}
	if c.format == formatJSON {
		return writeJSONLines(env.Stdout, entries)
	}
	byID := map[string]*parity.Measure{}
	for _, m := range l.Measures {
		byID[m.ID] = m
	}
	for _, e := range entries {
		fmt.Fprintf(env.Stdout, "%-10s  %s. [%s; %d sources]\n", e.Date, e.Text, e.ID, len(e.Sources))
		for _, a := range e.Answers {
			if m := byID[a.Answer]; m != nil {
				how := "stated"
				if !a.Stated {
					how = fmt.Sprintf("inferred, score %.2f", a.Score)
				}
				fmt.Fprintf(env.Stdout, "            ↳ %d days later, %s: %s (%s) [%s]\n", a.LagDays, a.Class, analysis.Sentence(m, g.Name), how, a.Answer)
			}
		}
	}
	return nil
}

// ifSet returns prefix+v when v is set.
func ifSet(prefix, v string) string {
	if v == "" {
		return ""
	}
	return prefix + v
}
