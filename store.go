package parity

import "context"

// Store is the ledger's storage. SQLite and PostgreSQL implement it with one schema
// and pass one conformance suite (package storetest).
type Store interface {
	// Import writes a batch in one transaction: all of it or nothing. A record whose ID
	// is already stored with the same content is left as it is (so importing a file
	// twice adds nothing); one with different content is an ECONFLICT. Returns
	// EINVALID (as ValidationErrors) for bad records and ENOTFOUND for references that
	// point nowhere.
	Import(ctx context.Context, l *Ledger, opts ImportOptions) (ImportResult, error)

	// SyncDataset brings the bundled dataset to version: records of the dataset are
	// added, updated or removed; records a user imported are never touched.
	SyncDataset(ctx context.Context, l *Ledger, version string) (ImportResult, error)

	// DatasetVersion returns the version of the dataset last synced, "" if none.
	DatasetVersion(ctx context.Context) (string, error)

	// Measures returns the measures that match, by date then ID.
	Measures(ctx context.Context, f MeasureFilter) ([]*Measure, error)
	// Observations returns head-counts, by date then ID.
	Observations(ctx context.Context, f DyadFilter) ([]*Observation, error)
	// Assessments returns estimates, by date then ID.
	Assessments(ctx context.Context, f DyadFilter) ([]*Assessment, error)
	// Missions returns missions, by sender, host, then ID.
	Missions(ctx context.Context, f MissionFilter) ([]*Mission, error)
	// Sites returns sensitive sites, by country then ID.
	Sites(ctx context.Context, f SiteFilter) ([]*Site, error)
	// Sources returns the sources with the given IDs (all sources when ids is nil).
	Sources(ctx context.Context, ids []string) ([]*Source, error)

	// Record returns one record by ID: a *Source, *Mission, *Measure, *Observation,
	// *Assessment or *Site. ENOTFOUND when there is none.
	Record(ctx context.Context, id string) (any, error)
	// Link records that measures answer others: each pair is (answer, answered) and
	// adds answered to the answer's responds_to, in one transaction. A linked measure
	// becomes the user's: a dataset update no longer overwrites it. ENOTFOUND when a
	// measure does not exist; EINVALID when an answer would precede what it answers.
	Link(ctx context.Context, links [][2]string) error
	// Answers returns the IDs of the measures that state they answer measure id.
	Answers(ctx context.Context, id string) ([]string, error)

	// Export returns the whole ledger, each type sorted by ID.
	Export(ctx context.Context) (*Ledger, error)

	// Stats summarises the ledger.
	Stats(ctx context.Context) (*Stats, error)

	// Close releases the database.
	Close() error
}

// ImportOptions tune an import.
type ImportOptions struct {
	// Origin marks who owns the imported records; a user import is OriginUser.
	Origin Origin
	// DryRun checks everything an import checks, then rolls back.
	DryRun bool
	// Progress, when set, is called as records are written (done, total).
	Progress func(done, total int)
}

// ImportResult counts what an import did, per record type.
type ImportResult struct {
	Added     map[RecordType]int
	Updated   map[RecordType]int
	Unchanged map[RecordType]int
	Removed   map[RecordType]int
	// Skipped lists dataset records not written because a user record holds the ID.
	Skipped []string
}

// NewImportResult returns an ImportResult with empty counters.
func NewImportResult() ImportResult {
	return ImportResult{Added: map[RecordType]int{}, Updated: map[RecordType]int{}, Unchanged: map[RecordType]int{}, Removed: map[RecordType]int{}}
}

// Total returns the sum of a counter over record types.
func Total(c map[RecordType]int) int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Stats is a summary of the ledger.
type Stats struct {
	Records      map[RecordType]int `json:"records"`
	MeasureKinds map[string]int     `json:"measures_by_kind"`
	ByActor      map[string]int     `json:"measures_by_actor"`
	ByYear       map[string]int     `json:"measures_by_year"`
	// MultiSourced counts records (missions, measures, observations, assessments)
	// with two or more distinct sources; Cited counts all of them.
	MultiSourced int    `json:"multi_sourced"`
	Cited        int    `json:"cited"`
	Disputed     int    `json:"disputed"`
	States       int    `json:"states"`
	Dataset      string `json:"dataset_version"`
}
