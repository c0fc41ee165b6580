package news

import (
	"fmt"
	"slices"
)

// ClusterOptions tunes story clustering. The defaults were chosen on the labelled
// pairs in testdata/pairs and the seeds (see cluster_test.go): rewrites of one report
// by other outlets share 4–30% of their content-word bigrams, different reports on
// the same topic under 3%.
type ClusterOptions struct {
	Hashes    int     // signature length; more hashes, less estimation noise
	Bands     int     // LSH bands, each of Rows signature positions
	Rows      int     // rows per band; 1 because rewrites share few shingles
	Threshold float64 // estimated Jaccard at or above which two documents are one story
	// MinShingles is the fewest shingles a document needs to be compared at all: a
	// headline alone is too short to say which report it belongs to.
	MinShingles int
	// MaxCandidates bounds the documents looked at per bucket, so a bigram that half
	// the corpus shares cannot make one Add scan the corpus.
	MaxCandidates int
	Seed          uint64 // seed of the hash family; persisted signatures need the same
}

// DefaultClusterOptions returns the options measured in cluster_test.go.
func DefaultClusterOptions() ClusterOptions {
	return ClusterOptions{
		Hashes:        256,
		Bands:         64,
		Rows:          1,
		Threshold:     0.04,
		MinShingles:   20,
		MaxCandidates: 50,
		Seed:          7, // any fixed value: it only has to stay the same
	}
}

// Validate checks that the options describe a usable index.
func (o ClusterOptions) Validate() error {
	switch {
	case o.Hashes <= 0 || o.Bands <= 0 || o.Rows <= 0:
		return fmt.Errorf("cluster options: hashes, bands and rows must be positive")
	case o.Bands*o.Rows > o.Hashes:
		return fmt.Errorf("cluster options: %d bands of %d rows need more than %d hashes", o.Bands, o.Rows, o.Hashes)
	case o.Threshold <= 0 || o.Threshold > 1:
		return fmt.Errorf("cluster options: threshold %v not in (0, 1]", o.Threshold)
	case o.MaxCandidates <= 0:
		return fmt.Errorf("cluster options: max candidates must be positive")
	}
	return nil
}

// Clusterer groups near-duplicate documents into stories, one document at a time:
// MinHash signatures, LSH banding to find candidates, the signature similarity to
// confirm them, and union-find to merge. A cluster's ID is the ID of its earliest
// document, so IDs stay stable as documents arrive, except that merging two clusters
// keeps the older one's ID. A Clusterer is not safe for concurrent use.
type Clusterer struct {
	opts   ClusterOptions
	signer *Signer
	ids    []string         // document index → document ID
	index  map[string]int32 // document ID → index
	parent []int32          // union-find forest; a root is its cluster's oldest document
	seen   []int32          // scratch: last Add that compared each document
	// sigs keeps the low 16 bits of each signature value, Hashes per document: two
	// different shingles' minima agree on them once in 65,536 by chance, which
	// moves a similarity estimate by 0.00002, and the index takes half the memory.
	sigs []uint16
	// buckets maps a band key, cut to 32 bits, to the newest document in that
	// bucket; next chains older ones ([doc*Bands+band], -1 ends). A cut key only
	// brings in a rare extra candidate, which the signature comparison rejects.
	buckets map[uint32]int32
	next    []int32
	// merged lists the clusters that absorbed another cluster of documents added
	// earlier, since the last Merged call: the documents whose cluster ID changed.
	merged []int32
}

// NewClusterer returns an empty Clusterer.
func NewClusterer(opts ClusterOptions) (*Clusterer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &Clusterer{
		opts:    opts,
		signer:  NewSigner(opts.Hashes, opts.Seed),
		index:   make(map[string]int32),
		buckets: make(map[uint32]int32),
	}, nil
}

// Sign returns the signature of a cleaned body and its shingle count, for AddSigned
// and for the store to persist.
func (c *Clusterer) Sign(body string) (Signature, int) { return c.signer.Sign(body) }

// Add signs body and adds the document; it returns the document's cluster ID.
func (c *Clusterer) Add(id, body string) string {
	sig, n := c.Sign(body)
	cluster, _ := c.AddSigned(id, sig, n)
	return cluster
}

// AddSigned adds a document by its signature (as persisted by an earlier run) and
// returns its cluster ID. Adding an ID twice changes nothing.
func (c *Clusterer) AddSigned(id string, sig Signature, shingles int) (string, error) {
	if i, ok := c.index[id]; ok {
		return c.ids[c.find(i)], nil
	}
	if len(sig) != c.opts.Hashes {
		return "", fmt.Errorf("document %s: signature of %d hashes, want %d", id, len(sig), c.opts.Hashes)
	}
	i := int32(len(c.ids))
	c.ids = append(c.ids, id)
	c.index[id] = i
	for _, v := range sig {
		c.sigs = append(c.sigs, uint16(v))
	}
	c.parent = append(c.parent, i)
	c.seen = append(c.seen, -1)
	for b := 0; b < c.opts.Bands; b++ {
		c.next = append(c.next, -1)
	}
	if shingles < c.opts.MinShingles {
		return id, nil
	}
	base := int(i) * c.opts.Bands
	for b := 0; b < c.opts.Bands; b++ {
		key := uint32(bandKey(b, sig[b*c.opts.Rows:(b+1)*c.opts.Rows]))
		head, ok := c.buckets[key]
		if ok {
			c.compareChain(i, sig, head, b)
			c.next[base+b] = head
		}
		c.buckets[key] = i
	}
	return c.ids[c.find(i)], nil
}

// compareChain compares document i with the documents of one bucket, newest first,
// and merges it with those similar enough.
func (c *Clusterer) compareChain(i int32, sig Signature, j int32, band int) {
	for steps := 0; j >= 0 && steps < c.opts.MaxCandidates; steps++ {
		if c.seen[j] != i {
			c.seen[j] = i
			if c.find(i) != c.find(j) && c.similarity(i, j) >= c.opts.Threshold {
				c.union(i, j)
			}
		}
		j = c.next[int(j)*c.opts.Bands+band]
	}
}

// similarity estimates the Jaccard similarity of documents i and j from their
// indexed signatures.
func (c *Clusterer) similarity(i, j int32) float64 {
	k := c.opts.Hashes
	a := c.sigs[int(i)*k : (int(i)+1)*k]
	b := c.sigs[int(j)*k : (int(j)+1)*k]
	same := 0
	for x := range a {
		if a[x] == b[x] {
			same++
		}
	}
	return float64(same) / float64(k)
}

// find returns the root of i, halving the path on the way.
func (c *Clusterer) find(i int32) int32 {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union merges the clusters of a and b under the older root, so the cluster keeps the
// ID of its first document.
func (c *Clusterer) union(a, b int32) {
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	c.parent[rb] = ra
	if rb != int32(len(c.ids)-1) {
		// Not the newest document joining a cluster: two clusters became one, and
		// the members of rb's cluster now carry ra's ID.
		c.merged = append(c.merged, ra)
	}
}

// Cluster returns the cluster ID of a document, and false if it was never added.
func (c *Clusterer) Cluster(id string) (string, bool) {
	i, ok := c.index[id]
	if !ok {
		return "", false
	}
	return c.ids[c.find(i)], true
}

// Merged returns, for the documents among the first n added whose cluster absorbed
// another since the last call, their ID and their cluster ID: the clusters a store
// must update after adding documents n and later. It is a superset: a member that
// kept its cluster ID is listed too. Clusters do not merge often, so this walks
// the documents only when one did, not on every batch.
func (c *Clusterer) Merged(n int) map[string]string {
	if len(c.merged) == 0 {
		return nil
	}
	roots := make(map[int32]bool, len(c.merged))
	for _, r := range c.merged {
		roots[c.find(r)] = true
	}
	c.merged = c.merged[:0]
	out := map[string]string{}
	for x := 0; x < n && x < len(c.ids); x++ {
		if r := c.find(int32(x)); roots[r] {
			out[c.ids[x]] = c.ids[r]
		}
	}
	return out
}

// Len returns the number of documents added.
func (c *Clusterer) Len() int { return len(c.ids) }

// Clusters returns every cluster of more than one document, each as its members' IDs
// in the order they were added, keyed by cluster ID.
func (c *Clusterer) Clusters() map[string][]string {
	members := make(map[string][]string)
	for i, id := range c.ids {
		root := c.ids[c.find(int32(i))]
		members[root] = append(members[root], id)
	}
	for k, v := range members {
		if len(v) < 2 {
			delete(members, k)
		}
	}
	return members
}

// SortedClusters returns Clusters as a slice ordered by cluster ID, for stable output.
func (c *Clusterer) SortedClusters() [][]string {
	m := c.Clusters()
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([][]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, m[k])
	}
	return out
}
