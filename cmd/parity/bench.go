package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"parity"
	"parity/news"
	"parity/postgres"
	"parity/sqlite"
	"parity/synth"
)

// benchCmd measures import and query speed on a synthetic ledger.
type benchCmd struct {
	measures, queries, states int
	window                    int
	articles                  int
	ingest                    int
	keep                      bool
	cpuprofile                string
}

func (c *benchCmd) Name() string     { return "bench" }
func (c *benchCmd) Synopsis() string { return "measure import and query speed on a synthetic ledger" }
func (c *benchCmd) Usage() string {
	return `Usage: parity bench [--measures N] [--queries Q] [--states S] [--db DSN]

Generates N synthetic measures between S states, imports them in one transaction into
a scratch database and reports records per second, then runs Q dyad queries (the
query of 'parity measures --actor X --target Y') and reports milliseconds per query.
Without --db it uses a new SQLite file in the temporary directory, deleted afterwards;
with a postgres:// URL it works in a new schema of that database, dropped afterwards.
Never point it at your ledger: it writes synthetic records.

With --articles N it measures claim extraction instead: it generates N synthetic
articles of about 3 KB, one at a time, extracts their claims on one goroutine (from
cleaned text to claims) and reports articles per second, megabytes per second and the
peak heap, which stays flat however large N is.

With --ingest N it measures 'parity ingest' end to end: it writes N generated
article files of about 3 KB (with share buttons and related-post lists to strip) to a
temporary folder, ingests them into a scratch SQLite database (read, clean, store,
cluster, extract claims) and reports articles per second and the peak resident memory
of the process, and the time per article of each stage.

--cpuprofile FILE writes a CPU profile of the run, for 'go tool pprof'.

Example:
  parity bench --articles 10000
  parity bench --ingest 10000
  parity bench --measures 100000
  parity bench --measures 1000000 --queries 500
  parity bench --db postgres://127.0.0.1:5432/test --measures 100000`
}

func (c *benchCmd) Flags(fs *flag.FlagSet) {
	fs.IntVar(&c.measures, "measures", 100000, "synthetic measures to import")
	fs.IntVar(&c.queries, "queries", 200, "dyad queries to time")
	fs.IntVar(&c.states, "states", 200, "states among which measures are drawn")
	fs.BoolVar(&c.keep, "keep", false, "keep the scratch SQLite file and print its path")
	fs.IntVar(&c.articles, "articles", 0, "measure claim extraction on N generated articles instead")
	fs.IntVar(&c.ingest, "ingest", 0, "measure 'parity ingest' end to end on N generated article files instead")
	fs.IntVar(&c.window, "window", news.DefaultClusterOptions().Window, "with --ingest: documents the clustering index holds (as 'parity ingest --window')")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `FILE`")
}

func (c *benchCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile %s: %w", c.cpuprofile, err)
		}
		defer pprof.StopCPUProfile()
	}
	if c.articles < 0 {
		return usagef("--articles must be positive")
	}
	if c.articles > 0 {
		return c.extraction(env)
	}
	if c.ingest < 0 {
		return usagef("--ingest must be positive")
	}
	if c.ingest > 0 {
		return c.ingestion(ctx, env)
	}
	if c.measures < 1 || c.queries < 1 || c.states < 2 {
		return usagef("--measures and --queries must be positive, --states at least 2")
	}
	g := env.Gazetteer()
	dsn := env.DSN
	var store parity.Store
	var err error
	var cleanup func()
	switch {
	case isPostgres(dsn):
		schema := fmt.Sprintf("parity_bench_%d", time.Now().UnixNano())
		var drop func()
		if dsn, drop, err = postgres.Scratch(ctx, dsn, schema); err != nil {
			return err
		}
		cleanup = drop
		store, err = postgres.Open(ctx, dsn, g)
	default:
		dir, derr := os.MkdirTemp("", "parity-bench-")
		if derr != nil {
			return derr
		}
		dsn = filepath.Join(dir, "bench.db")
		cleanup = func() {
			if c.keep {
				fmt.Fprintf(env.Stdout, "kept %s\n", dsn)
				return
			}
			os.RemoveAll(dir)
		}
		store, err = sqlite.Open(ctx, dsn, g)
	}
	if cleanup != nil {
		defer cleanup()
	}
	if err != nil {
		return err
	}
	defer store.Close()

	gen := time.Now()
	l := synth.Ledger(g, synth.Options{Measures: c.measures, States: c.states, Seed: 1})
	fmt.Fprintf(env.Stdout, "generated %d records (%d measures, %d sources) in %s\n", l.Len(), len(l.Measures), len(l.Sources), time.Since(gen).Round(time.Millisecond))
	var bar *progressBar
	opts := parity.ImportOptions{Origin: parity.OriginUser}
	if env.Terminal {
		bar = newProgressBar(env.Stderr, "import", l.Len())
		opts.Progress = bar.set
	}
	start := time.Now()
	if _, err := store.Import(ctx, l, opts); err != nil {
		return err
	}
	bar.done()
	el := time.Since(start)
	fmt.Fprintf(env.Stdout, "import: %d records in %s = %.0f records/s (%s)\n", l.Len(), el.Round(time.Millisecond), float64(l.Len())/el.Seconds(), engineName(dsn))

	rng := rand.New(rand.NewSource(2))
	lat := make([]time.Duration, 0, c.queries)
	rows := 0
	for i := 0; i < c.queries; i++ {
		m := l.Measures[rng.Intn(len(l.Measures))]
		t := time.Now()
		ms, err := store.Measures(ctx, parity.MeasureFilter{Actor: m.Actor, Target: m.Target})
		if err != nil {
			return err
		}
		lat = append(lat, time.Since(t))
		rows += len(ms)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	var sum time.Duration
	for _, d := range lat {
		sum += d
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Fprintf(env.Stdout, "dyad query (measures --actor X --target Y) on %d measures: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, %.1f rows per query\n",
		len(l.Measures), ms(sum/time.Duration(len(lat))), ms(lat[len(lat)/2]), ms(lat[len(lat)*95/100]), float64(rows)/float64(len(lat)))
	return nil
}

// engineName names the engine of a DSN for reports.
func engineName(dsn string) string {
	if isPostgres(dsn) {
		return "postgres"
	}
	return "sqlite"
}

// extraction measures claim extraction on generated articles, one goroutine, one
// article in memory at a time.
func (c *benchCmd) extraction(env *Env) error {
	x, err := env.extractor()
	if err != nil {
		return err
	}
	next := synth.Articles(env.Gazetteer(), 1)
	var bar *progressBar
	if env.Terminal {
		bar = newProgressBar(env.Stderr, "extract", c.articles)
	}
	var bytes, claims int
	var peak uint64
	var ms runtime.MemStats
	var elapsed time.Duration
	for i := 0; i < c.articles; i++ {
		a := next()
		start := time.Now()
		cs := x.Extract(claimsInput(a))
		elapsed += time.Since(start)
		bytes += len(a.Body)
		claims += len(cs)
		if i%1000 == 999 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			bar.set(i+1, c.articles)
		}
	}
	bar.done()
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapInuse)
	secs := elapsed.Seconds()
	fmt.Fprintf(env.Stdout, "extracted %d claims from %d articles (%.1f KB each on average) in %.2f s on one goroutine\n", claims, c.articles, float64(bytes)/float64(c.articles)/1024, secs)
	fmt.Fprintf(env.Stdout, "%.0f articles/s, %.2f MB/s, peak heap in use %.1f MB\n", float64(c.articles)/secs, float64(bytes)/secs/1e6, float64(peak)/1e6)
	return nil
}

// ingestion measures the ingest command on generated article files.
func (c *benchCmd) ingestion(ctx context.Context, env *Env) error {
	dir, err := os.MkdirTemp("", "parity-bench-ingest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	next := synth.Articles(env.Gazetteer(), 2)
	docs := filepath.Join(dir, "articles")
	if err := os.Mkdir(docs, 0o755); err != nil {
		return err
	}
	for i := 0; i < c.ingest; i++ {
		a := next()
		text := fmt.Sprintf("date: %s\ntitle: Report %d\noutlet: Generated Wire\nurl: https://example.org/generated/%d\n\n%s\n\nShare this\nTwitter | Facebook | Email\n\nRelated Posts\nAnother story\n", a.Published.Format(time.DateOnly), i, i, a.Body)
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("%07d.txt", i)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	sub := &Env{Main: &Main{Stdin: env.Stdin, Stdout: io.Discard, Stderr: env.Stderr, Getenv: env.Getenv, Now: env.Now, Terminal: env.Terminal}, DSN: filepath.Join(dir, "bench.db")}
	defer sub.Close()
	if _, err := sub.Store(ctx); err != nil { // the dataset load is not ingest's work
		return err
	}
	start := time.Now()
	var st ingestStages
	if err := (&ingestCmd{timeout: 20 * time.Second, window: c.window, stages: &st}).Run(ctx, sub, []string{docs}); err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(env.Stdout, "ingested %d generated articles (about 3 KB) in %.1f s: %.0f articles/s (read, clean, store, cluster, extract claims)\n", c.ingest, secs, float64(c.ingest)/secs)
	rate := func(d time.Duration) string {
		return fmt.Sprintf("%6.3f ms/article  %8.0f articles/s", d.Seconds()*1e3/float64(c.ingest), float64(c.ingest)/d.Seconds())
	}
	for _, s := range []struct {
		name string
		d    time.Duration
	}{
		{"read and clean", st.read},
		{"sign and cluster", st.cluster},
		{"store documents", st.store},
		{"documents in (the three above)", st.read + st.cluster + st.store},
		{"extract claims", st.extract},
		{"store claims", st.claims},
	} {
		fmt.Fprintf(env.Stdout, "  %-32s %s\n", s.name, rate(s.d))
	}
	if rss := peakRSS(); rss > 0 {
		fmt.Fprintf(env.Stdout, "peak resident memory of the process: %.0f MB\n", float64(rss)/1e6)
	}
	return nil
}

// peakRSS reads the process's peak resident set size from /proc (Linux); 0 elsewhere.
func peakRSS() int64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(rest), "%d", &kb)
			return kb * 1024
		}
	}
	return 0
}
