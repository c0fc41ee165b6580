package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"parity"
)

// documentStore returns the store's document side.
func documentStore(ctx context.Context, env *Env) (parity.DocumentStore, error) {
	s, err := env.Store(ctx)
	if err != nil {
		return nil, err
	}
	ds, ok := s.(parity.DocumentStore)
	if !ok {
		return nil, parity.Errorf(parity.EINTERNAL, "this store keeps no documents")
	}
	return ds, nil
}

// allDocuments returns every stored document (without bodies), or ENOTFOUND when
// nothing was ingested yet: an empty table would look like an answer.
func allDocuments(ctx context.Context, env *Env) ([]*parity.Document, error) {
	ds, err := documentStore(ctx, env)
	if err != nil {
		return nil, err
	}
	docs, err := ds.Documents(ctx)
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, parity.Errorf(parity.ENOTFOUND, "no documents yet: 'parity ingest PATH' reads some")
	}
	return docs, nil
}

// documentsCmd lists stored documents.
type documentsCmd struct{ format string }

func (c *documentsCmd) Name() string { return "documents" }
func (c *documentsCmd) Synopsis() string {
	return "list the news documents ingested, with their story clusters"
}
func (c *documentsCmd) Usage() string {
	return `Usage: parity documents [--format table|json]

Lists the documents 'parity ingest' stored, oldest first: ID (the first 12 of its 64
hex digits are enough for 'parity show'), publication date, format, outlet, title and
story cluster. JSON prints one document per line, without its body.

Example:
  parity documents`
}

func (c *documentsCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

func (c *documentsCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, formatTable, formatJSON); err != nil {
		return err
	}
	docs, err := allDocuments(ctx, env)
	if err != nil {
		return err
	}
	if c.format == formatJSON {
		return writeJSONLines(env.Stdout, docs)
	}
	t := &table{head: []string{"id", "date", "format", "outlet", "title", "cluster", "name"}}
	for _, d := range docs {
		t.add(short(d.ID), d.Published.String(), string(d.Format), clip(d.Outlet, 20), clip(d.Title, 50), short(d.Cluster), clip(d.Name, 40))
	}
	return t.writeText(env.Stdout)
}

// short abbreviates a 64-digit document ID.
func short(id string) string { return id[:min(12, len(id))] }

// clustersCmd lists story clusters.
type clustersCmd struct{ format string }

func (c *clustersCmd) Name() string { return "clusters" }
func (c *clustersCmd) Synopsis() string {
	return "story clusters: rewrites of one report grouped together"
}
func (c *clustersCmd) Usage() string {
	return `Usage: parity clusters [--format table|json]

Lists story clusters, largest first: documents that rewrite one report (near-duplicates
by MinHash over word shingles), so that five outlets repeating one report count as one
piece of evidence. JSON prints one object per cluster:
{"cluster": ID, "documents": [{"id": ..., "name": ..., "title": ..., "date": ...}]}

Example:
  parity clusters --format json`
}

func (c *clustersCmd) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", formatTable, "table or json")
}

// clusterDoc is one member of a cluster in JSON output.
type clusterDoc struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Title string `json:"title"`
	Date  string `json:"date"`
}

func (c *clustersCmd) Run(ctx context.Context, env *Env, args []string) error {
	if err := flagsOnly(args, c.format, formatTable, formatJSON); err != nil {
		return err
	}
	docs, err := allDocuments(ctx, env)
	if err != nil {
		return err
	}
	var order []string
	members := map[string][]*parity.Document{}
	for _, d := range docs {
		id := d.Cluster
		if id == "" {
			id = d.ID
		}
		if members[id] == nil {
			order = append(order, id)
		}
		members[id] = append(members[id], d)
	}
	// Largest first; the order of first appearance breaks ties, so output is stable.
	sortStable(order, func(a, b string) bool { return len(members[a]) > len(members[b]) })
	if c.format == formatJSON {
		for _, id := range order {
			out := struct {
				Cluster   string       `json:"cluster"`
				Documents []clusterDoc `json:"documents"`
			}{Cluster: id}
			for _, d := range members[id] {
				out.Documents = append(out.Documents, clusterDoc{d.ID, d.Name, d.Title, d.Published.String()})
			}
			if err := writeJSONLine(env.Stdout, out); err != nil {
				return err
			}
		}
		return nil
	}
	t := &table{head: []string{"cluster", "documents", "members"}}
	for _, id := range order {
		var names []string
		for _, d := range members[id] {
			names = append(names, clip(d.Name, 40))
		}
		t.add(short(id), strconv.Itoa(len(members[id])), strings.Join(names, ", "))
	}
	if err := t.writeText(env.Stdout); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\n%d documents in %d story clusters\n", len(docs), len(order))
	return nil
}

// showDocument prints a document found by its ID or a unique prefix of it.
func showDocument(ctx context.Context, env *Env, prefix string) error {
	ds, err := documentStore(ctx, env)
	if err != nil {
		return err
	}
	docs, err := ds.Documents(ctx)
	if err != nil {
		return err
	}
	var match []string
	for _, d := range docs {
		if strings.HasPrefix(d.ID, prefix) {
			match = append(match, d.ID)
		}
	}
	switch len(match) {
	case 0:
		return parity.Errorf(parity.ENOTFOUND, "no record or document %s", prefix)
	case 1:
	default:
		return parity.Errorf(parity.EINVALID, "%s names %d documents: give more digits", prefix, len(match))
	}
	d, err := ds.Document(ctx, match[0])
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "%s\n\n", firstNonEmpty(d.Title, "(no title)"))
	field(w, "document", d.ID)
	field(w, "name", d.Name)
	field(w, "url", d.URL)
	field(w, "outlet", d.Outlet)
	field(w, "published", d.Published.String())
	field(w, "format", string(d.Format))
	field(w, "cluster", d.Cluster)
	fmt.Fprintf(w, "\n%s\n", d.Body)
	return nil
}
