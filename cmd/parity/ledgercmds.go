package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"parity"
	"parity/dataset"
	"parity/interchange"
)

// initCmd creates the database and loads the bundled dataset.
type initCmd struct{}

func (c *initCmd) Name() string { return "init" }
func (c *initCmd) Synopsis() string {
	return "create the database and load (or update) the bundled dataset"
}
func (c *initCmd) Usage() string {
	return `Usage: parity init

Creates the database if needed and loads the bundled dataset of real episodes. Run it
again after upgrading parity: records of the dataset are added, updated or removed to
match the new version, and records you imported are never touched. Running it twice
changes nothing the second time.

Example:
  parity init
  parity --db postgres://localhost/parity init`
}

func (c *initCmd) Flags(fs *flag.FlagSet) {}

func (c *initCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	fresh := !env.Exists()
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	before, err := s.DatasetVersion(ctx)
	if err != nil {
		return err
	}
	var res parity.ImportResult
	if before != dataset.Version() {
		if res, err = env.syncDataset(ctx); err != nil {
			return err
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	switch {
	case fresh:
		fmt.Fprintf(env.Stdout, "created %s with dataset %s\n", env.DSN, dataset.Version())
	case before != dataset.Version():
		fmt.Fprintf(env.Stdout, "updated %s from dataset %s to %s: %d added, %d updated, %d removed\n", env.DSN, before,
			dataset.Version(), parity.Total(res.Added), parity.Total(res.Updated), parity.Total(res.Removed))
		if len(res.Skipped) > 0 {
			fmt.Fprintf(env.Stdout, "kept your records over the dataset's for: %s\n", strings.Join(res.Skipped, ", "))
		}
	default:
		fmt.Fprintf(env.Stdout, "%s is up to date (dataset %s)\n", env.DSN, dataset.Version())
	}
	fmt.Fprintf(env.Stdout, "%d sources, %d missions, %d measures, %d observations, %d assessments, %d sites\n",
		st.Records[parity.TypeSource], st.Records[parity.TypeMission], st.Records[parity.TypeMeasure],
		st.Records[parity.TypeObservation], st.Records[parity.TypeAssessment], st.Records[parity.TypeSite])
	return nil
}

// readBatch decodes a ledger file ("-" is standard input).
func readBatch(env *Env, path string) (*interchange.Batch, error) {
	var r io.Reader = env.Stdin
	name := "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, parity.Errorf(parity.ENOTFOUND, "%v", err)
		}
		defer f.Close()
		r, name = f, path
	}
	return interchange.Decode(r, name)
}

// importCmd adds records from a file.
type importCmd struct{}

func (c *importCmd) Name() string     { return "import" }
func (c *importCmd) Synopsis() string { return "add records from a JSON Lines file, all or nothing" }
func (c *importCmd) Usage() string {
	return `Usage: parity import FILE|-

Adds the records of a JSON Lines file (the format of 'parity export'; see
dataset/FORMAT.md) in one transaction: if any line is bad, nothing is written and every
problem is listed with its line and field. Records already in the ledger with the same
content are left as they are, so importing a file twice adds nothing.

Example:
  parity import my-records.jsonl`
}

func (c *importCmd) Flags(fs *flag.FlagSet) {}

func (c *importCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("give one file (or - for standard input)")
	}
	b, err := readBatch(env, args[0])
	if err != nil {
		return err
	}
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	opts := parity.ImportOptions{Origin: parity.OriginUser}
	var bar *progressBar
	if env.Terminal && b.Ledger.Len() > 5000 {
		bar = newProgressBar(env.Stderr, "import", b.Ledger.Len())
		opts.Progress = bar.set
	}
	res, err := s.Import(ctx, b.Ledger, opts)
	bar.done()
	if err != nil {
		return b.Locate(err)
	}
	fmt.Fprintf(env.Stdout, "imported %s: %s\n", b.Name, summary(res))
	return nil
}

// summary renders an import result.
func summary(res parity.ImportResult) string {
	var parts []string
	for _, t := range parity.RecordTypes {
		if n := res.Added[t]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %ss", n, t))
		}
	}
	out := "nothing new"
	if len(parts) > 0 {
		out = strings.Join(parts, ", ") + " added"
	}
	if n := parity.Total(res.Unchanged); n > 0 {
		out += fmt.Sprintf("; %d already in the ledger", n)
	}
	return out
}

// validateCmd checks a file without writing.
type validateCmd struct{}

func (c *validateCmd) Name() string     { return "validate" }
func (c *validateCmd) Synopsis() string { return "check a JSON Lines file without writing anything" }
func (c *validateCmd) Usage() string {
	return `Usage: parity validate FILE|-

Checks every line of a ledger file as 'parity import' would (syntax, codes, dates,
counts, sources, references to other records, conflicts with the ledger) and writes
nothing. When the database does not exist yet, references are checked against the
bundled dataset. Exits 1 and lists every problem with its line and field.

Example:
  parity validate my-records.jsonl`
}

func (c *validateCmd) Flags(fs *flag.FlagSet) {}

func (c *validateCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) != 1 {
		return usagef("give one file (or - for standard input)")
	}
	b, err := readBatch(env, args[0])
	if err != nil {
		return err
	}
	if env.Exists() {
		s, err := env.Store(ctx)
		if err != nil {
			return err
		}
		if _, err := s.Import(ctx, b.Ledger, parity.ImportOptions{Origin: parity.OriginUser, DryRun: true}); err != nil {
			return b.Locate(err)
		}
	} else {
		base, err := dataset.Load()
		if err != nil {
			return err
		}
		known := base.IDs()
		exists := func(id string) (parity.RecordType, bool) { t, ok := known[id]; return t, ok }
		if err := b.Ledger.Validate(env.Gazetteer(), exists); err != nil {
			return b.Locate(err)
		}
	}
	fmt.Fprintf(env.Stdout, "%s: %d records, all valid\n", b.Name, b.Ledger.Len())
	return nil
}

// exportCmd writes the whole ledger.
type exportCmd struct{ format string }

func (c *exportCmd) Name() string     { return "export" }
func (c *exportCmd) Synopsis() string { return "write the whole ledger as JSON Lines or CSV tables" }
func (c *exportCmd) Usage() string {
	return `Usage: parity export [--format jsonl|csv] [FILE|DIR]

Writes the whole ledger. JSON Lines (the default) is lossless: importing it into an
empty database and exporting again gives the same bytes. It goes to FILE or to
standard output. CSV writes one table per record type (sources.csv, missions.csv,
measures.csv, observations.csv, assessments.csv, citations.csv, disputes.csv) into
the directory DIR, for spreadsheets.

Example:
  parity export ledger.jsonl
  parity export --format csv tables/`
}

func (c *exportCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "jsonl", "jsonl or csv")
}

func (c *exportCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := checkFormat(c.format, "jsonl", formatCSV); err != nil {
		return err
	}
	if len(args) > 1 {
		return usagef("give at most one output path")
	}
	if c.format == formatCSV && len(args) == 0 {
		return usagef("--format csv writes one file per table: give a directory")
	}
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	l, err := s.Export(ctx)
	if err != nil {
		return err
	}
	if c.format == formatCSV {
		return interchange.WriteCSV(args[0], l)
	}
	if len(args) == 0 || args[0] == "-" {
		return interchange.Encode(env.Stdout, l)
	}
	return writeAtomic(args[0], func(w io.Writer) error { return interchange.Encode(w, l) })
}

// writeAtomic writes a file through a temporary file and a rename, so a failure never
// leaves half a file where a whole one was.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".parity-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

// statsCmd summarises the ledger.
type statsCmd struct{ format string }

func (c *statsCmd) Name() string     { return "stats" }
func (c *statsCmd) Synopsis() string { return "counts by kind, actor and year; sourcing and disputes" }
func (c *statsCmd) Usage() string {
	return `Usage: parity stats [--format table|json]

Summarises the ledger: records by type, measures by kind, by actor and by year, the
share of records backed by two or more sources, and the records where sources disagree.

Example:
  parity stats`
}

func (c *statsCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

func (c *statsCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, formatTable, formatJSON); err != nil {
		return err
	}
	s, err := env.Store(ctx)
	if err != nil {
		return err
	}
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if c.format == formatJSON {
		return writeJSONLine(env.Stdout, st)
	}
	w := env.Stdout
	fmt.Fprintf(w, "dataset %s; %d states appear in the ledger\n\n", st.Dataset, st.States)
	t := &table{head: []string{"records", "count"}}
	for _, rt := range parity.RecordTypes {
		t.add(string(rt), fmt.Sprint(st.Records[rt]))
	}
	t.writeText(w)
	share := 0.0
	if st.Cited > 0 {
		share = 100 * float64(st.MultiSourced) / float64(st.Cited)
	}
	fmt.Fprintf(w, "\n%d of %d records (%.0f%%) have two or more sources; %d record disputes between sources\n\n", st.MultiSourced, st.Cited, share, st.Disputed)
	counts := func(title string, m map[string]int, byKey bool) {
		t := &table{head: []string{title, "measures"}}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if byKey || m[keys[i]] == m[keys[j]] {
				return keys[i] < keys[j]
			}
			return m[keys[i]] > m[keys[j]]
		})
		for _, k := range keys {
			t.add(k, fmt.Sprint(m[k]))
		}
		t.writeText(w)
		fmt.Fprintln(w)
	}
	counts("kind", st.MeasureKinds, false)
	counts("actor", st.ByActor, false)
	counts("year", st.ByYear, true)
	return nil
}
