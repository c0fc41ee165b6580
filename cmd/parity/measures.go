package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"

	"parity"
	"parity/interchange"
)

// measuresCmd lists measures.
type measuresCmd struct {
	actor, target, kind, since, until, format string
	limit                                     int
	dyad                                      bool
}

func (c *measuresCmd) Name() string { return "measures" }
func (c *measuresCmd) Synopsis() string {
	return "list measures (expulsions, closures, caps, ...) with their sources"
}
func (c *measuresCmd) Usage() string {
	return `Usage: parity measures [--actor ISO3] [--target ISO3] [--both] [--kind K] [--since DATE] [--until DATE] [--format table|json|csv]

Lists measures, oldest first: date, actor, kind, target, count, place, number of
sources, and whether sources disagree. Dates are YYYY, YYYY-MM or YYYY-MM-DD; --since
2018 keeps everything from 1 Jan 2018. JSON output is one record per line, in the
interchange format.

Kinds: ` + parity.KindNames() + `

Example:
  parity measures --actor USA --target RUS
  parity measures --actor RUS --kind expel --since 2022 --format json`
}

func (c *measuresCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.actor, "actor", "", "only measures taken by this actor (ISO3 or organisation code)")
	fs.StringVar(&c.target, "target", "", "only measures aimed at this actor")
	fs.BoolVar(&c.dyad, "both", false, "with --actor and --target: both directions")
	fs.StringVar(&c.kind, "kind", "", "only this kind of measure")
	fs.StringVar(&c.since, "since", "", "only measures on or after this date")
	fs.StringVar(&c.until, "until", "", "only measures on or before this date")
	fs.StringVar(&c.format, "format", formatTable, "table, json or csv")
	fs.IntVar(&c.limit, "limit", 0, "at most this many measures (0: all)")
}

func (c *measuresCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, formatTable, formatJSON, formatCSV); err != nil {
		return err
	}
	var f parity.MeasureFilter
	var err error
	if f.Actor, err = env.code("--actor", c.actor); err != nil {
		return err
	}
	if f.Target, err = env.code("--target", c.target); err != nil {
		return err
	}
	if c.kind != "" {
		if _, ok := parity.KindInfo(parity.MeasureKind(c.kind)); !ok {
			return usagef("--kind %q: use one of %s", c.kind, parity.KindNames())
		}
		f.Kind = parity.MeasureKind(c.kind)
	}
	if f.Since, err = date("--since", c.since); err != nil {
		return err
	}
	if f.Until, err = date("--until", c.until); err != nil {
		return err
	}
	if c.limit < 0 {
		return usagef("--limit must be 0 or more")
	}
	f.Limit, f.Dyad = c.limit, c.dyad
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	ms, err := s.Measures(ctx, f)
	if err != nil {
		return err
	}
	if c.format == formatJSON {
		enc := interchange.NewEncoder(env.Stdout)
		for _, m := range ms {
			if err := enc.Encode(m); err != nil {
				return err
			}
		}
		return nil
	}
	if len(ms) == 0 {
		fmt.Fprintln(env.Stderr, "no measures match")
		return nil
	}
	t := &table{head: []string{"date", "actor", "kind", "target", "count", "place", "sources", "disputed", "id"}}
	for _, m := range ms {
		count := ""
		if m.Count != nil {
			count = m.Count.String()
			if m.Cap != "" {
				count += " (" + string(m.Cap) + ")"
			}
		}
		t.add(m.Date.String(), m.Actor, string(m.Kind), m.Target, count, clip(m.Place, 40), strconv.Itoa(len(m.SourceIDs())), yesNo(len(m.Disputes) > 0), m.ID)
	}
	if c.format == formatCSV {
		return t.writeCSV(env.Stdout)
	}
	return t.writeText(env.Stdout)
}
