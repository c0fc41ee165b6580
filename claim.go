package parity

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// ClaimCount is a claim's quantity: bounds (nil when open) and a qualifier.
type ClaimCount struct {
	Min       *int      `json:"min"`
	Max       *int      `json:"max"`
	Qualifier Qualifier `json:"qualifier"`
}

// ClaimDate is a claim's date as an interval of days with the precision the text gives.
type ClaimDate struct {
	Start     string    `json:"start"`
	End       string    `json:"end"`
	Precision Precision `json:"precision"`
}

// Claim is one statement of a document: what happened (or how large a mission is),
// between whom, how many, when and where, with the sentence that says it and its byte
// offsets in the cleaned body. Its JSON form has exactly the fields below; the review
// state lives beside it in the store.
type Claim struct {
	Document   string      `json:"document"` // file name or URL the document was read from
	Kind       string      `json:"kind"`
	Actor      *string     `json:"actor"`
	Target     *string     `json:"target"`
	Count      *ClaimCount `json:"count"`
	Ratio      *float64    `json:"ratio"`
	Date       *ClaimDate  `json:"date"`
	Place      string      `json:"place"`
	Background bool        `json:"background"`
	Aggregate  bool        `json:"aggregate"`
	Quote      string      `json:"quote"`
	Start      int         `json:"start"`
	End        int         `json:"end"`
	Confidence float64     `json:"confidence"`
	Cluster    string      `json:"cluster"`

	// DocumentID is the stored document the claim comes from (its content hash); empty
	// for a GDELT lead, which has no stored body.
	DocumentID string `json:"-"`
	// Pos is the byte offset of the trigger words, to order claims of one sentence.
	Pos int `json:"-"`
}

// ID is the claim's stable identifier: a hash of where it comes from and what it
// says, so that extracting the same document again gives the same IDs.
func (c *Claim) ID() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%s|%s|%d|%d", c.DocumentID, c.Document, c.Kind, str(c.Actor), str(c.Target), c.Start, c.Pos)
	return "c-" + hex.EncodeToString(h.Sum(nil))[:16]
}

// ActorCode returns the actor code or "".
func (c *Claim) ActorCode() string { return str(c.Actor) }

// TargetCode returns the target code or "".
func (c *Claim) TargetCode() string { return str(c.Target) }

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// LedgerDate converts the claim's date to a ledger date; zero when there is none.
func (c *Claim) LedgerDate() Date {
	if c.Date == nil {
		return Date{}
	}
	s, err1 := time.Parse(time.DateOnly, c.Date.Start)
	e, err2 := time.Parse(time.DateOnly, c.Date.End)
	if err1 != nil || err2 != nil {
		return Date{}
	}
	return Date{Start: s, End: e, Precision: c.Date.Precision}
}

// LedgerCount converts the claim's count to a ledger count; nil when there is none.
func (c *Claim) LedgerCount() *Count {
	if c.Count == nil {
		return nil
	}
	return &Count{Min: c.Count.Min, Max: c.Count.Max, Qualifier: c.Count.Qualifier}
}

// ClaimStatus is where a claim stands in review.
type ClaimStatus string

// Review states of a claim.
const (
	ClaimPending  ClaimStatus = "pending"
	ClaimAccepted ClaimStatus = "accepted"
	ClaimRejected ClaimStatus = "rejected"
)

// StoredClaim is a claim as the store keeps it: with its ID, review status, the ledger
// record it created or enriched once accepted, and the ledger records it agrees or
// disagrees with.
type StoredClaim struct {
	ID     string      `json:"id"`
	Claim  Claim       `json:"claim"`
	Status ClaimStatus `json:"status"`
	Record string      `json:"record,omitempty"`
}

// Decision is one review decision, kept for ever: who decided what, when, with which
// corrections, and which ledger record it created or enriched.
type Decision struct {
	Seq     int64             `json:"seq"`
	Claim   string            `json:"claim"`
	Action  string            `json:"action"` // accept or reject
	Who     string            `json:"who"`
	At      time.Time         `json:"at"`
	Changes map[string]string `json:"changes,omitempty"`
	Reason  string            `json:"reason,omitempty"`
	Record  string            `json:"record,omitempty"`
	Created bool              `json:"created,omitempty"` // the record is new (else enriched)
}

// Enrichment adds a source to an existing ledger record: the document an accepted
// claim came from becomes a further citation instead of a duplicate record.
type Enrichment struct {
	Record   string
	Source   Source
	Citation Citation
}

// ClaimFilter selects claims; empty fields select all.
type ClaimFilter struct {
	Status ClaimStatus
}

// ClaimStore keeps claims and their review. Both engines implement it beside Store.
type ClaimStore interface {
	// AddClaims stores claims whose IDs are new and returns how many were new.
	AddClaims(ctx context.Context, cs []*StoredClaim) (int, error)
	// Claims returns the claims the filter selects, in the order they were stored.
	Claims(ctx context.Context, f ClaimFilter) ([]*StoredClaim, error)
	// Claim returns one claim; ENOTFOUND when there is none.
	Claim(ctx context.Context, id string) (*StoredClaim, error)
	// Decide records a decision in one transaction with its effect on the ledger: the
	// new records of add (may be nil) or the enrichment (may be nil), the claim's new
	// status and record. Nothing is written when any part fails.
	Decide(ctx context.Context, d *Decision, add *Ledger, enrich *Enrichment) error
	// Decisions returns every decision, oldest first.
	Decisions(ctx context.Context) ([]*Decision, error)
}
