package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"parity"
	"parity/news"
)

// ingestCmd reads news documents into the store and clusters them by story.
type ingestCmd struct {
	date    string
	timeout time.Duration
	window  int
	stages  *ingestStages // when set, time spent per stage is added here (parity bench)
}

// ingestStages is where an ingest spends its time, for parity bench to report the
// documents-in stages apart from claim extraction.
type ingestStages struct {
	read    time.Duration // read files and clean the bodies
	cluster time.Duration // sign and cluster
	store   time.Duration // store documents and changed clusters
	extract time.Duration // extract claims
	claims  time.Duration // store claims
}

// addSince adds the time elapsed since start to *d.
func addSince(d *time.Duration, start time.Time) { *d += time.Since(start) }

func (c *ingestCmd) Name() string { return "ingest" }
func (c *ingestCmd) Synopsis() string {
	return "read news (text, HTML, feeds, GDELT) into the store, cleaned and clustered"
}
func (c *ingestCmd) Usage() string {
	return `Usage: parity ingest [--date DATE] PATH|URL|- ...

Reads documents from files, folders (recursively, skipping README and hidden files),
standard input (-, plain text) and
http(s) URLs: plain text (with optional date:, title:, url:, outlet: header lines),
HTML pages (the article body is extracted), RSS, Atom and JSON feeds (one document per
item), and GDELT event files (rows about diplomatic relations become claims of low
confidence). Boilerplate is stripped by the rules of news/boilerplate.txt.
Each document is stored once (by the hash of its cleaned body) and put in a story
cluster with its near-duplicates, and the claims it states are stored for review
('parity claims'); ingesting the same files again adds nothing. Prints
one line per file and a summary; exits 1 if any file failed.

A new document is compared with the latest --window documents (stored or new), not
with the whole store: rewrites of one report appear within days of each other, and
the clustering index then takes 2.1-2.9 KB per document of the window, however
large the store grows. Raise it to cluster an archive read out of date order.

Example:
  parity ingest ../shared/seeds
  parity ingest --date 2025-03-09 article.txt https://example.org/feed.xml`
}

func (c *ingestCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.date, "date", "", "publication date for documents that carry none")
	fs.DurationVar(&c.timeout, "timeout", 20*time.Second, "time limit of each URL fetch")
	fs.IntVar(&c.window, "window", news.DefaultClusterOptions().Window, "documents the clustering index holds: a new document is compared with the latest `N`")
}

// fileResult is what one input gave.
type fileResult struct {
	name   string
	format string // what sniff found: text, html, feed or gdelt
	read   int    // documents read
	events int
	err    error
}

// ingestBatch is how many documents are stored per transaction.
const ingestBatch = 1000

func (c *ingestCmd) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usagef("give at least one file, folder, URL or - for standard input")
	}
	date, err := date("--date", c.date)
	if err != nil {
		return err
	}
	if c.timeout <= 0 {
		return usagef("--timeout must be positive")
	}
	opts := news.DefaultClusterOptions()
	if opts.Window = c.window; opts.Window <= 0 {
		return usagef("--window must be positive")
	}
	rd, err := news.NewReader()
	if err != nil {
		return err
	}
	inputs, err := expandInputs(args)
	if err != nil {
		return err
	}
	ds, err := documentStore(ctx, env)
	if err != nil {
		return err
	}
	ix, err := newStoryIndex(ctx, ds, opts)
	if err != nil {
		return err
	}
	var bar *progressBar
	if env.Terminal && len(inputs) > 20 {
		bar = newProgressBar(env.Stderr, "ingest", len(inputs))
	}
	client := &http.Client{Timeout: c.timeout}
	// Documents are stored in batches as they are read, so that memory holds one batch
	// of bodies, not the corpus; each batch is one transaction.
	var results []fileResult
	var pending []*parity.Document
	added := 0
	x, err := env.extractor()
	if err != nil {
		return err
	}
	cst, err := claimStore(ctx, env)
	if err != nil {
		return err
	}
	var leads []parity.Claim
	claimed := 0
	if c.stages == nil {
		c.stages = &ingestStages{}
	}
	ix.stages = c.stages
	flush := func() error {
		n, err := ix.store(ctx, ds, pending)
		added += n
		if err != nil {
			return err
		}
		// Claims are extracted as documents are stored, so that memory holds one batch.
		t := time.Now()
		var batch []*parity.StoredClaim
		for _, d := range pending {
			for _, c := range x.Extract(inputOf(d)) {
				batch = append(batch, &parity.StoredClaim{ID: c.ID(), Claim: c, Status: parity.ClaimPending})
			}
		}
		for _, c := range leads {
			batch = append(batch, &parity.StoredClaim{ID: c.ID(), Claim: c, Status: parity.ClaimPending})
		}
		leads = leads[:0]
		pending = pending[:0]
		addSince(&c.stages.extract, t)
		t = time.Now()
		k, err := cst.AddClaims(ctx, batch)
		claimed += k
		addSince(&c.stages.claims, t)
		return err
	}
	for i, in := range inputs {
		res := fileResult{name: in}
		if in == "-" {
			res.name = "stdin"
		}
		var docs []*parity.Document
		var events []news.GDELTEvent
		t := time.Now()
		res.format, docs, events, res.err = readInputEvents(ctx, rd, client, env.Stdin, in)
		addSince(&c.stages.read, t)
		res.events = len(events)
		leads = append(leads, gdeltClaims(events, env.Gazetteer())...)
		for _, d := range docs {
			if d.Published.IsZero() {
				d.Published = date
			}
		}
		pending = append(pending, docs...)
		res.read = len(docs)
		results = append(results, res)
		if len(pending) >= ingestBatch {
			if err := flush(); err != nil {
				return err
			}
		}
		bar.set(i+1, len(inputs))
	}
	if err := flush(); err != nil {
		return err
	}
	bar.done()
	failed, read, events := 0, 0, 0
	for _, r := range results {
		switch {
		case r.err != nil:
			failed++
			fmt.Fprintf(env.Stdout, "%s: error: %s\n", r.name, indentLines(r.err.Error()))
			if r.read > 0 {
				fmt.Fprintf(env.Stdout, "%s: %s read before the error\n", r.name, plural(r.read, "document"))
			}
		case r.format == "gdelt":
			fmt.Fprintf(env.Stdout, "%s: %d GDELT events about diplomatic relations (kept as low-confidence claims)\n", r.name, r.events)
		default:
			fmt.Fprintf(env.Stdout, "%s: %s\n", r.name, plural(r.read, "document"))
		}
		read += r.read
		events += r.events
	}
	fmt.Fprintf(env.Stdout, "%s: %s read, %d new, %s; %s stored for review; %d failed\n", plural(len(results), "input"), plural(read, "document"), added, plural(events, "GDELT event"), plural(claimed, "new claim"), failed)
	if failed > 0 {
		return parity.Errorf(parity.EINVALID, "%d of %d inputs failed (listed above)", failed, len(results))
	}
	return nil
}

// storyIndex clusters documents across ingests: it starts from the latest stored
// documents (the clustering window) as the store has clustered them, then records
// each new document's cluster, and renames the stored clusters that a new rewrite
// joins to an older story.
type storyIndex struct {
	stages *ingestStages
	c      *news.Clusterer
}

// newStoryIndex loads the stored signatures of the window into a clustering index.
func newStoryIndex(ctx context.Context, ds parity.DocumentStore, opts news.ClusterOptions) (*storyIndex, error) {
	c, err := news.NewClusterer(opts)
	if err != nil {
		return nil, err
	}
	stored, err := ds.Signatures(ctx, opts.Window)
	if err != nil {
		return nil, err
	}
	for _, d := range stored {
		sig, n := d.Signature, d.Shingles
		if len(sig) == 0 { // stored without a signature: sign its body again
			full, err := ds.Document(ctx, d.ID)
			if err != nil {
				return nil, err
			}
			sig, n = c.Sign(full.Body)
		}
		if err := c.AddStored(d.ID, d.Cluster, d.Seq, d.ClusterSeq, news.Signature(sig), n); err != nil {
			return nil, err
		}
	}
	return &storyIndex{c: c}, nil
}

// store clusters a batch, stores it and renames the stored clusters that merged.
func (ix *storyIndex) store(ctx context.Context, ds parity.DocumentStore, docs []*parity.Document) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	t := time.Now()
	for _, d := range docs {
		if _, known := ix.c.Cluster(d.ID); known {
			continue
		}
		sig, n := ix.c.Sign(d.Body)
		d.Signature, d.Shingles = sig, n
		if _, err := ix.c.AddSigned(d.ID, sig, n); err != nil {
			return 0, err
		}
	}
	for _, d := range docs {
		d.Cluster, _ = ix.c.Cluster(d.ID)
	}
	renames := ix.c.Renames()
	addSince(&ix.stages.cluster, t)
	t = time.Now()
	defer addSince(&ix.stages.store, t)
	added, err := ds.AddDocuments(ctx, docs)
	if err != nil {
		return 0, err
	}
	return added, ds.RenameClusters(ctx, renames)
}

// plural renders "1 document" or "3 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// isURL reports whether an argument is an http(s) URL.
func isURL(s string) bool { return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") }

// maxFetch bounds what one URL may send.
const maxFetch = 16 << 20

// readInput reads one file, URL or standard input; GDELT rows are counted.
func readInput(ctx context.Context, rd *news.Reader, client *http.Client, stdin io.Reader, in string) (string, []*parity.Document, int, error) {
	format, docs, events, err := readInputEvents(ctx, rd, client, stdin, in)
	return format, docs, len(events), err
}

// readInputEvents reads one file, URL or standard input with the reader its content needs.
func readInputEvents(ctx context.Context, rd *news.Reader, client *http.Client, stdin io.Reader, in string) (string, []*parity.Document, []news.GDELTEvent, error) {
	var raw []byte
	var err error
	switch {
	case in == "-":
		raw, err = io.ReadAll(io.LimitReader(stdin, maxFetch+1))
	case isURL(in):
		raw, err = fetch(ctx, client, in)
	default:
		raw, err = os.ReadFile(in)
	}
	if err != nil {
		return "", nil, nil, err
	}
	if len(raw) > maxFetch {
		return "", nil, nil, fmt.Errorf("%s: larger than %d bytes", in, maxFetch)
	}
	name := in
	if in == "-" {
		name = "stdin"
	}
	var docs []news.Document
	format := sniff(in, raw)
	switch format {
	case "gdelt":
		events, _, err := news.ReadGDELT(bytes.NewReader(raw), name)
		return format, nil, events, err
	case "feed":
		docs, err = rd.Feed(bytes.NewReader(raw), name)
	case "html":
		pageURL := ""
		if isURL(in) {
			pageURL = in
		}
		var d news.Document
		d, err = rd.HTML(bytes.NewReader(raw), name, pageURL)
		if err == nil {
			docs = []news.Document{d}
		}
	default:
		var d news.Document
		d, err = rd.Text(bytes.NewReader(raw), name)
		if err == nil {
			docs = []news.Document{d}
		}
	}
	out := make([]*parity.Document, len(docs))
	for i := range docs {
		out[i] = &docs[i]
	}
	return format, out, nil, err
}

// fetch gets a URL with the client's timeout, a user agent and a size limit.
func fetch(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	req.Header.Set("User-Agent", "parity/1 (diplomatic ledger; +https://github.com)")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: HTTP %s", url, resp.Status)
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxFetch+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	return raw, nil
}

// sniff tells the format of an input from its name and first bytes.
func sniff(name string, raw []byte) string {
	lower := strings.ToLower(name)
	head := strings.ToLower(string(raw[:min(len(raw), 2048)]))
	switch {
	case strings.HasSuffix(lower, ".csv") || strings.HasSuffix(lower, ".tsv") || strings.HasSuffix(lower, ".export.csv"):
		if firstLine := strings.SplitN(string(raw[:min(len(raw), 8192)]), "\n", 2)[0]; strings.Count(firstLine, "\t") >= 50 {
			return "gdelt"
		}
	case strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf"):
		return "feed"
	case strings.HasPrefix(strings.TrimSpace(head), "{") && (strings.Contains(head, "jsonfeed.org") || strings.Contains(head, `"items"`)):
		// A JSON Feed names its version first by convention, not always: a feed cut
		// short may end before it, so an "items" array is enough.
		return "feed"
	case strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html"):
		return "html"
	}
	return "text"
}

// expandInputs turns arguments into the list of inputs to read: folders are walked
// recursively (skipping README and hidden files, which describe a folder rather than
// report news); files, URLs and - (standard input) are kept as given.
func expandInputs(args []string) ([]string, error) {
	var inputs []string
	for _, a := range args {
		if a == "-" || isURL(a) {
			inputs = append(inputs, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, parity.Errorf(parity.ENOTFOUND, "%v", err)
		}
		if !st.IsDir() {
			inputs = append(inputs, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			// In a folder, README files and hidden files describe the folder or belong to
			// tools; they are not reports. Named one by one, they are read.
			base := d.Name()
			if d.IsDir() && strings.HasPrefix(base, ".") && p != a {
				return filepath.SkipDir
			}
			if !d.IsDir() && !strings.HasPrefix(base, ".") && !strings.HasPrefix(strings.ToUpper(base), "README") {
				inputs = append(inputs, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", a, err)
		}
	}
	sort.Strings(inputs)
	return inputs, nil
}
