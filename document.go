package parity

import "context"

// DocumentFormat names the kind of input a Document came from.
type DocumentFormat string

// Formats of the inputs parity reads.
const (
	FormatText     DocumentFormat = "text"
	FormatHTML     DocumentFormat = "html"
	FormatRSS      DocumentFormat = "rss"
	FormatAtom     DocumentFormat = "atom"
	FormatJSONFeed DocumentFormat = "json-feed"
	FormatGDELT    DocumentFormat = "gdelt"
)

// Document is one news report, cleaned of boilerplate. Its ID is the hex SHA-256 of
// the cleaned body, so that the same report read twice, from a file and from a feed,
// or with different boilerplate around it, is stored once.
type Document struct {
	ID        string         `json:"id"`                 // hex SHA-256 of Body
	Name      string         `json:"name"`               // file name or URL it was read from
	Title     string         `json:"title,omitempty"`    // headline, empty if unknown
	URL       string         `json:"url,omitempty"`      // canonical URL, empty if unknown
	Outlet    string         `json:"outlet,omitempty"`   // publisher or site name, empty if unknown
	Published Date           `json:"published,omitzero"` // publication day; zero if unknown
	Body      string         `json:"body,omitempty"`     // cleaned text, paragraphs separated by a blank line
	Format    DocumentFormat `json:"format"`             // what it was read from
	Cluster   string         `json:"cluster,omitempty"`  // story cluster: the ID of its earliest member
	Signature []uint32       `json:"-"`                  // MinHash signature, kept so clustering resumes
	Shingles  int            `json:"shingles,omitempty"` // how many shingles the signature summarises
}

// DocumentStore keeps documents and their story clusters. Both engines implement it
// beside Store.
type DocumentStore interface {
	// AddDocuments stores the documents whose IDs are new, in one transaction, and
	// returns how many were new; a document already stored is left as it is.
	AddDocuments(ctx context.Context, docs []*Document) (int, error)
	// Documents returns every document without its body, oldest first.
	Documents(ctx context.Context) ([]*Document, error)
	// Document returns one document with its body; ENOTFOUND when there is none.
	Document(ctx context.Context, id string) (*Document, error)
	// Signatures returns what the clustering index needs of the latest n documents,
	// oldest first: the index holds a window of recent documents, not all of them.
	Signatures(ctx context.Context, n int) ([]StoredSignature, error)
	// RenameClusters moves the documents of each rename's From cluster to its To
	// cluster, renames in order, in one transaction.
	RenameClusters(ctx context.Context, renames []ClusterRename) error
}

// StoredSignature is what the clustering index needs of a stored document.
type StoredSignature struct {
	ID         string
	Cluster    string
	Seq        int64    // the document's position in the store, in the order added
	ClusterSeq int64    // the position of its cluster's earliest document
	Signature  []uint32 // nil if it was stored without one
	Shingles   int
}

// ClusterRename says that the documents of cluster From now belong to cluster To:
// a new document was a rewrite of both stories, and the older one absorbed the other.
type ClusterRename struct{ From, To string }
