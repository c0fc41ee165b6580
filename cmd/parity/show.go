package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"parity"
	"parity/interchange"
)

// showCmd prints one record with its sources.
type showCmd struct{ format string }

func (c *showCmd) Name() string     { return "show" }
func (c *showCmd) Synopsis() string { return "one record with all its sources, quotes and disputes" }
func (c *showCmd) Usage() string {
	return `Usage: parity show ID [--format text|json]

Prints one record (measure m-..., mission ms-..., observation o-..., assessment a-...,
site st-..., source s-...), or one ingested news document by its ID or the first
digits of it, cleaned with every source that backs it: outlet, date, URL and the quote that
states the fact; the disagreements between sources; the measures it answers and the
measures that answer it. JSON prints the record and then its sources, one per line.

Example:
  parity show m-2018-03-26-usa-rus-expel`
}

func (c *showCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "text", "text or json")
}

func (c *showCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("give one record ID")
	}
	if err := checkFormat(c.format, "text", formatJSON); err != nil {
		return err
	}
	if parity.IDPrefix(args[0]) == "" && isHex(args[0]) {
		return showDocument(ctx, env, strings.ToLower(args[0]))
	}
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	rec, err := s.Record(ctx, args[0])
	if err != nil {
		return err
	}
	prov := parity.ProvenanceOf(rec)
	var ids []string
	if prov != nil {
		ids = prov.SourceIDs()
		for _, d := range prov.Disputes {
			ids = append(ids, d.Sources...)
		}
	}
	srcs, err := s.Sources(ctx, ids)
	if err != nil {
		return err
	}
	byID := map[string]*parity.Source{}
	for _, src := range srcs {
		byID[src.ID] = src
	}
	var answers []string
	if m, ok := rec.(*parity.Measure); ok {
		if answers, err = s.Answers(ctx, m.ID); err != nil {
			return err
		}
	}
	if c.format == formatJSON {
		enc := interchange.NewEncoder(env.Stdout)
		if err := enc.Encode(rec); err != nil {
			return err
		}
		for _, id := range ids {
			if src := byID[id]; src != nil {
				if err := enc.Encode(src); err != nil {
					return err
				}
			}
		}
		return nil
	}
	w := env.Stdout
	g := env.Gazetteer()
	switch r := rec.(type) {
	case *parity.Source:
		field(w, "source", r.ID)
		field(w, "outlet", r.Outlet)
		field(w, "title", r.Title)
		field(w, "published", r.Published.String())
		field(w, "url", r.URL)
		return nil
	case *parity.Measure:
		info, _ := parity.KindInfo(r.Kind)
		sep := " "
		if strings.HasPrefix(info.Summary, "'s") {
			sep = ""
		}
		fmt.Fprintf(w, "%s%s%s %s", g.Name(r.Actor), sep, info.Summary, g.Name(r.Target))
		if r.Count != nil {
			fmt.Fprintf(w, " (%s)", r.Count)
		}
		fmt.Fprintf(w, ", %s\n\n", r.Date)
		field(w, "measure", r.ID)
		field(w, "kind", string(r.Kind))
		field(w, "actor", r.Actor)
		field(w, "target", r.Target)
		field(w, "date", r.Date.String()+" ("+string(r.Date.Precision)+")")
		if r.Count != nil {
			field(w, "count", r.Count.String()+" ("+string(r.Count.Qualifier)+")")
		}
		field(w, "cap", string(r.Cap))
		field(w, "mission", r.Mission)
		field(w, "place", r.Place)
		field(w, "reason", r.Reason)
		field(w, "answers", strings.Join(r.RespondsTo, ", "))
		field(w, "answered by", strings.Join(answers, ", "))
		field(w, "CAMEO", r.CAMEOCode())
		field(w, "PLOVER", r.PLOVERType())
		field(w, "note", r.Note)
	case *parity.Mission:
		fmt.Fprintf(w, "%s\n\n", r.Name)
		field(w, "mission", r.ID)
		field(w, "sender", r.Sender)
		field(w, "host", r.Host)
		field(w, "kind", string(r.Kind))
		field(w, "organization", r.Organization)
		field(w, "city", r.City)
		if r.Lat != nil {
			field(w, "position", fmt.Sprintf("%.5f, %.5f", *r.Lat, *r.Lon))
		}
		field(w, "opened", r.Opened.String())
		field(w, "closed", r.Closed.String())
		field(w, "note", r.Note)
	case *parity.Observation:
		fmt.Fprintf(w, "Staff of %s in %s: %s %s, %s\n\n", g.Name(r.Sender), g.Name(r.Host), r.Count, r.Category, r.Date)
		field(w, "observation", r.ID)
		field(w, "category", string(r.Category))
		field(w, "count", r.Count.String()+" ("+string(r.Count.Qualifier)+")")
		field(w, "date", r.Date.String()+" ("+string(r.Date.Precision)+")")
		field(w, "note", r.Note)
	case *parity.Site:
		fmt.Fprintf(w, "%s (%s, %s)\n\n", r.Name, strings.ReplaceAll(string(r.Kind), "_", " "), g.Name(r.Country))
		field(w, "site", r.ID)
		field(w, "position", fmt.Sprintf("%.5f, %.5f", r.Lat, r.Lon))
		field(w, "note", r.Note)
	case *parity.Assessment:
		fmt.Fprintf(w, "%s of %s's mission in %s: %s, %s\n\n", r.Kind, g.Name(r.Sender), g.Name(r.Host), r.Value, r.Date)
		field(w, "assessment", r.ID)
		field(w, "value", r.Value.String()+" ("+string(r.Value.Qualifier)+")")
		field(w, "date", r.Date.String()+" ("+string(r.Date.Precision)+")")
		field(w, "note", r.Note)
	}
	if prov == nil {
		return nil
	}
	single := ""
	if prov.SingleSource() {
		single = " (single source)"
	}
	fmt.Fprintf(w, "\nSources%s:\n", single)
	for i, cit := range prov.Sources {
		src := byID[cit.Source]
		fmt.Fprintf(w, "  [%d] %s, %s, %s\n      %s\n", i+1, src.Outlet, src.Published, src.Title, src.URL)
		if cit.Quote != "" {
			fmt.Fprintf(w, "      «%s»\n", cit.Quote)
		}
		if cit.Note != "" {
			fmt.Fprintf(w, "      note: %s\n", cit.Note)
		}
	}
	if len(prov.Disputes) > 0 {
		fmt.Fprintln(w, "\nDisputes:")
		for _, d := range prov.Disputes {
			var names []string
			for _, id := range d.Sources {
				if src := byID[id]; src != nil {
					names = append(names, src.Outlet+" ("+id+")")
				}
			}
			fmt.Fprintf(w, "  %s: %s according to %s\n", d.Field, string(d.Value), strings.Join(names, ", "))
			if d.Note != "" {
				fmt.Fprintf(w, "      %s\n", d.Note)
			}
		}
	}
	return nil
}

// isHex reports whether s could be (a prefix of) a document ID: hex digits, at least 6.
func isHex(s string) bool {
	if len(s) < 6 {
		return false
	}
	for _, r := range strings.ToLower(s) {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}

// field prints "name: value" when value is not empty.
func field(w io.Writer, name, value string) {
	if value != "" {
		fmt.Fprintf(w, "  %-12s %s\n", name+":", value)
	}
}
