package news

import "math/bits"

// Signature is the MinHash signature of a document: for each of a family of hash
// functions, the smallest hash of the document's shingles, cut to 32 bits. The share
// of equal positions between two signatures estimates the Jaccard similarity of their
// shingle sets. Signatures are what the store persists, so clustering can resume.
type Signature []uint32

// Signer computes MinHash signatures. Its hash family is fixed by the seed, so the
// signatures of two runs are comparable.
type Signer struct {
	seeds []uint64
}

// NewSigner returns a Signer of n hash functions derived from seed.
func NewSigner(n int, seed uint64) *Signer {
	s := &Signer{seeds: make([]uint64, n)}
	x := seed
	for i := range s.seeds {
		x += 0x9E3779B97F4A7C15
		s.seeds[i] = mix64(x)
	}
	return s
}

// Sign returns the signature of text and how many shingles it has; a document with no
// shingles gets a signature of maximal values, which matches nothing by chance
// because Clusterer ignores documents with too few shingles.
func (s *Signer) Sign(text string) (Signature, int) {
	shingles := shingleHashes(text, nil)
	sig := make(Signature, len(s.seeds))
	// One hash function at a time over all shingles keeps the running minimum in a
	// register; shingle by shingle, it went through memory 256 times per shingle.
	for i, seed := range s.seeds {
		m := ^uint32(0)
		for _, h := range shingles {
			if v := uint32(mix64(h^seed) >> 32); v < m {
				m = v
			}
		}
		sig[i] = m
	}
	return sig, len(shingles)
}

// mix64 is the splitmix64 finaliser: a cheap bijection whose output bits all depend
// on all input bits, so XOR-ing a seed in gives independent-looking hash functions.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// bandKey hashes band b of a signature (rows values) into an LSH bucket key.
func bandKey(b int, rows []uint32) uint64 {
	h := mix64(uint64(b) + 1)
	for _, v := range rows {
		h = mix64(h ^ uint64(v))
		h = bits.RotateLeft64(h, 17)
	}
	return h
}
