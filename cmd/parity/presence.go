package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strconv"

	"parity"
	"parity/interchange"
)

// presenceCmd lists the head-counts and estimates of a dyad.
type presenceCmd struct{ format string }

func (c *presenceCmd) Name() string { return "presence" }
func (c *presenceCmd) Synopsis() string {
	return "staffing head-counts and assessments between two states, both ways"
}
func (c *presenceCmd) Usage() string {
	return `Usage: parity presence SENDER HOST [--format table|json|csv]

Lists the staffing observations (head-counts) and assessments (intelligence shares,
size ratios) of SENDER in HOST and of HOST in SENDER, oldest first, with their sources.

Example:
  parity presence USA RUS
  parity presence RUS CZE --format json`
}

func (c *presenceCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", formatTable, "table, json or csv")
}

func (c *presenceCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 2 {
		return usagef("give two codes: SENDER HOST (e.g. USA RUS)")
	}
	if err := checkFormat(c.format, formatTable, formatJSON, formatCSV); err != nil {
		return err
	}
	a, err := env.code("SENDER", args[0])
	if err != nil {
		return err
	}
	b, err := env.code("HOST", args[1])
	if err != nil {
		return err
	}
	if a == b {
		return usagef("SENDER and HOST are the same (%s)", a)
	}
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	f := parity.DyadFilter{Sender: a, Host: b, Both: true}
	obs, err := s.Observations(ctx, f)
	if err != nil {
		return err
	}
	as, err := s.Assessments(ctx, f)
	if err != nil {
		return err
	}
	if len(obs)+len(as) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no head-counts or assessments of %s in %s or of %s in %s", a, b, b, a)
	}
	type row struct {
		date parity.Date
		id   string
		rec  any
	}
	var rows []row
	for _, o := range obs {
		rows = append(rows, row{o.Date, o.ID, o})
	}
	for _, x := range as {
		rows = append(rows, row{x.Date, x.ID, x})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if !rows[i].date.Start.Equal(rows[j].date.Start) {
			return rows[i].date.Start.Before(rows[j].date.Start)
		}
		return rows[i].id < rows[j].id
	})
	if c.format == formatJSON {
		enc := interchange.NewEncoder(env.Stdout)
		for _, r := range rows {
			if err := enc.Encode(r.rec); err != nil {
				return err
			}
		}
		return nil
	}
	t := &table{head: []string{"date", "sender", "host", "what", "value", "sources", "disputed", "id"}}
	for _, r := range rows {
		switch v := r.rec.(type) {
		case *parity.Observation:
			t.add(v.Date.String(), v.Sender, v.Host, "staff: "+string(v.Category), v.Count.String(), strconv.Itoa(len(v.SourceIDs())), yesNo(len(v.Disputes) > 0), v.ID)
		case *parity.Assessment:
			t.add(v.Date.String(), v.Sender, v.Host, string(v.Kind), v.Value.String(), strconv.Itoa(len(v.SourceIDs())), yesNo(len(v.Disputes) > 0), v.ID)
		}
	}
	if c.format == formatCSV {
		return t.writeCSV(env.Stdout)
	}
	if err := t.writeText(env.Stdout); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\n%s = %s, %s = %s. 'parity show ID' prints a record with its sources.\n", a, env.Gazetteer().Name(a), b, env.Gazetteer().Name(b))
	return nil
}
