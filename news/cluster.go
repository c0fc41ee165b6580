package news

import (
	"fmt"
	"slices"

	"parity"
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
	// Window is how many of the latest documents the index holds. Rewrites of one
	// report appear within days of each other, so a new document is compared with
	// the Window documents added before it, and memory stays bounded (2.1–2.9 KB
	// per document) however long the index runs.
	Window int
	Seed   uint64 // seed of the hash family; persisted signatures need the same
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
		Window:        25000,
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
	case o.Window <= 0:
		return fmt.Errorf("cluster options: window must be positive")
	}
	return nil
}

// story is a cluster of documents. Stories form a union-find forest through parent;
// a root's ID is its cluster's ID.
type story struct {
	id     string
	first  int64  // order of its earliest document: the older story wins a merge
	parent *story // nil for a root
}

// root returns the story s was merged into, halving the path on the way.
func (s *story) root() *story {
	for s.parent != nil {
		if s.parent.parent != nil {
			s.parent = s.parent.parent
		}
		s = s.parent
	}
	return s
}

// Clusterer groups near-duplicate documents into stories, one document at a time:
// MinHash signatures, LSH banding to find candidates, the signature similarity to
// confirm them, and union-find to merge. A cluster's ID is the ID of its earliest
// document, so IDs stay stable as documents arrive, except that merging two clusters
// keeps the older one's ID (see Renames).
//
// The index holds the last Window documents in a ring: the document numbered k (in
// the order added) lives in slot k % Window until document k+Window replaces it.
// Bucket chains refer to documents by number, so a chain simply ends at the first
// document that has left. A Clusterer is not safe for concurrent use.
type Clusterer struct {
	opts   ClusterOptions
	signer *Signer
	n      int   // documents added
	order  int64 // order of the latest document: its position in the store, or a count
	// Per slot, in the ring:
	ids     []string
	stories []*story
	// sigs keeps the low 16 bits of each signature value, Hashes per slot: two
	// different shingles' minima agree on them once in 65,536 by chance, which moves
	// a similarity estimate by 0.00002, and the index takes half the memory.
	sigs    []uint16
	keys    []uint32 // Bands per slot: its band keys, to empty its buckets when it leaves
	next    []uint32 // Bands per slot: number+1 of the next older document in that bucket
	indexed []bool   // entered in the buckets (enough shingles to be compared)
	seen    []uint32 // scratch: number+1 of the last document compared with this slot
	// buckets maps a band key, cut to 32 bits, to number+1 of the newest document in
	// that bucket. A cut key only brings in a rare extra candidate, which the
	// signature comparison rejects.
	buckets map[uint32]uint32
	index   map[string]int // document ID → number, while in the window
	// loaded maps a stored cluster ID to its story while AddStored loads the window:
	// members of one stored story stay together even when the document that names it
	// is older than the window. The first AddSigned drops it.
	loaded  map[string]*story
	renames []parity.ClusterRename
}

// NewClusterer returns an empty Clusterer.
func NewClusterer(opts ClusterOptions) (*Clusterer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &Clusterer{
		opts:    opts,
		signer:  NewSigner(opts.Hashes, opts.Seed),
		buckets: make(map[uint32]uint32),
		index:   make(map[string]int),
		loaded:  make(map[string]*story),
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

// AddSigned adds a new document by its signature and returns its cluster ID. Adding
// an ID still in the window changes nothing.
func (c *Clusterer) AddSigned(id string, sig Signature, shingles int) (string, error) {
	if k, ok := c.index[id]; ok {
		return c.stories[c.slot(k)].root().id, nil
	}
	if err := c.check(id, sig); err != nil {
		return "", err
	}
	c.loaded = nil // loading is over
	s := &story{id: id, first: c.order + 1}
	c.add(id, c.order+1, sig, shingles, s, true)
	return s.root().id, nil
}

// AddStored adds a document as the store has it, without comparing it: its story
// (cluster, whose earliest document has order clusterOrder) was settled when it was
// stored. Documents must come in store order, oldest first, before any AddSigned.
func (c *Clusterer) AddStored(id, cluster string, order, clusterOrder int64, sig Signature, shingles int) error {
	if _, ok := c.index[id]; ok {
		return nil
	}
	if err := c.check(id, sig); err != nil {
		return err
	}
	if c.loaded == nil {
		return fmt.Errorf("document %s: stored documents must be added before new ones", id)
	}
	if order <= c.order {
		return fmt.Errorf("document %s: stored order %d after %d", id, order, c.order)
	}
	if cluster == "" {
		cluster, clusterOrder = id, order
	}
	s := c.loaded[cluster]
	if s == nil {
		s = &story{id: cluster, first: clusterOrder}
		c.loaded[cluster] = s
	}
	c.add(id, order, sig, shingles, s, false)
	return nil
}

// check refuses a signature of the wrong length.
func (c *Clusterer) check(id string, sig Signature) error {
	if len(sig) != c.opts.Hashes {
		return fmt.Errorf("document %s: signature of %d hashes, want %d", id, len(sig), c.opts.Hashes)
	}
	return nil
}

// oldest returns the number of the oldest document still in the window.
func (c *Clusterer) oldest() int { return max(0, c.n-c.opts.Window) }

// slot returns the ring slot of document number k.
func (c *Clusterer) slot(k int) int { return k % c.opts.Window }

// add puts a document in the next slot, evicting the one it replaces, and with
// compare, merges it with the similar documents its buckets hold.
func (c *Clusterer) add(id string, order int64, sig Signature, shingles int, s *story, compare bool) {
	k := c.n
	sl := c.slot(k)
	if k >= c.opts.Window {
		c.evict(sl, k-c.opts.Window)
	} else {
		c.grow()
	}
	c.n++
	c.order = order
	c.ids[sl], c.stories[sl] = id, s
	c.index[id] = k
	h, bands := c.opts.Hashes, c.opts.Bands
	for x, v := range sig {
		c.sigs[sl*h+x] = uint16(v)
	}
	c.seen[sl] = 0
	c.indexed[sl] = shingles >= c.opts.MinShingles
	if !c.indexed[sl] {
		return
	}
	for b := 0; b < bands; b++ {
		key := uint32(bandKey(b, sig[b*c.opts.Rows:(b+1)*c.opts.Rows]))
		c.keys[sl*bands+b] = key
		head := c.buckets[key]
		if compare && head != 0 {
			c.compareChain(k, int(head)-1, b)
		}
		c.next[sl*bands+b] = head
		c.buckets[key] = uint32(k) + 1
	}
}

// grow extends the per-slot slices by one slot while the ring fills.
func (c *Clusterer) grow() {
	c.ids = append(c.ids, "")
	c.stories = append(c.stories, nil)
	c.sigs = append(c.sigs, make([]uint16, c.opts.Hashes)...)
	c.keys = append(c.keys, make([]uint32, c.opts.Bands)...)
	c.next = append(c.next, make([]uint32, c.opts.Bands)...)
	c.indexed = append(c.indexed, false)
	c.seen = append(c.seen, 0)
}

// evict takes document number k out of slot sl: out of the ID index, and out of the
// buckets it still heads (older chain links to it end there by number).
func (c *Clusterer) evict(sl, k int) {
	if c.index[c.ids[sl]] == k {
		delete(c.index, c.ids[sl])
	}
	if c.indexed[sl] {
		bands := c.opts.Bands
		for _, key := range c.keys[sl*bands : (sl+1)*bands] {
			if c.buckets[key] == uint32(k)+1 {
				delete(c.buckets, key)
			}
		}
	}
	c.stories[sl] = nil
}

// compareChain compares document i with the documents of one bucket, newest first,
// and merges it with those similar enough. The chain ends at the first document that
// has left the window.
func (c *Clusterer) compareChain(i, j, band int) {
	lo := c.oldest() // c.n already counts i
	si := c.slot(i)
	for steps := 0; j >= lo && steps < c.opts.MaxCandidates; steps++ {
		sj := c.slot(j)
		if c.seen[sj] != uint32(i)+1 {
			c.seen[sj] = uint32(i) + 1
			if c.stories[si].root() != c.stories[sj].root() && c.similarity(si, sj) >= c.opts.Threshold {
				c.union(c.stories[si], c.stories[sj], c.stories[si])
			}
		}
		nx := c.next[sj*c.opts.Bands+band]
		if nx == 0 {
			return
		}
		j = int(nx) - 1
	}
}

// similarity estimates the Jaccard similarity of the documents in slots a and b
// from their indexed signatures.
func (c *Clusterer) similarity(a, b int) float64 {
	k := c.opts.Hashes
	x, y := c.sigs[a*k:(a+1)*k], c.sigs[b*k:(b+1)*k]
	same := 0
	for i := range x {
		if x[i] == y[i] {
			same++
		}
	}
	return float64(same) / float64(k)
}

// union merges the stories of a and b under the older one. Unless the absorbed
// story is fresh (the new document's own, never stored), its documents change
// cluster: a Rename tells the store.
func (c *Clusterer) union(a, b, fresh *story) {
	ra, rb := a.root(), b.root()
	if ra == rb {
		return
	}
	if rb.first < ra.first || (rb.first == ra.first && rb.id < ra.id) {
		ra, rb = rb, ra
	}
	rb.parent = ra
	if rb != fresh {
		c.renames = append(c.renames, parity.ClusterRename{From: rb.id, To: ra.id})
	}
}

// Cluster returns the cluster ID of a document, and false if it is not in the window.
func (c *Clusterer) Cluster(id string) (string, bool) {
	k, ok := c.index[id]
	if !ok {
		return "", false
	}
	return c.stories[c.slot(k)].root().id, true
}

// Renames returns the clusters renamed by merges since the last call, in the order
// they happened: applying them in that order to stored documents brings their
// cluster IDs up to date, including documents that have left the window.
func (c *Clusterer) Renames() []parity.ClusterRename {
	out := c.renames
	c.renames = nil
	return out
}

// Len returns the number of documents added.
func (c *Clusterer) Len() int { return c.n }

// Clusters returns every cluster of more than one document in the window, each as
// its members' IDs in the order they were added, keyed by cluster ID.
func (c *Clusterer) Clusters() map[string][]string {
	members := make(map[string][]string)
	for k := c.oldest(); k < c.n; k++ {
		sl := c.slot(k)
		root := c.stories[sl].root().id
		members[root] = append(members[root], c.ids[sl])
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
