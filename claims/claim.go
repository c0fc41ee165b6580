package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"parity"
)

// Kinds of claim beyond the ledger's measure kinds.
const (
	StaffLevel = "staff_level" // sender's staff in host, as of a date
	StaffRatio = "staff_ratio" // sender's mission in host as a fraction of host's in sender
	IntelShare = "intel_share" // share of sender's mission assessed as intelligence officers
)

// knownKind reports whether a claim may have this kind.
func knownKind(k string) bool {
	if k == StaffLevel || k == StaffRatio || k == IntelShare {
		return true
	}
	_, ok := parity.KindInfo(parity.MeasureKind(k))
	return ok
}

// Count is a claim's quantity: bounds (nil when open) and a qualifier.
type Count struct {
	Min       *int             `json:"min"`
	Max       *int             `json:"max"`
	Qualifier parity.Qualifier `json:"qualifier"`
}

// Date is a claim's date as an interval of days with the precision the text gives.
type Date struct {
	Start     string           `json:"start"`
	End       string           `json:"end"`
	Precision parity.Precision `json:"precision"`
}

// Claim is one statement of a document: what happened (or how large a mission is),
// between whom, how many, when and where, with the sentence that says it and its byte
// offsets in the cleaned body. Its JSON form has exactly the fields below; the review
// state lives beside it in the store.
type Claim struct {
	Document   string   `json:"document"` // file name or URL the document was read from
	Kind       string   `json:"kind"`
	Actor      *string  `json:"actor"`
	Target     *string  `json:"target"`
	Count      *Count   `json:"count"`
	Ratio      *float64 `json:"ratio"`
	Date       *Date    `json:"date"`
	Place      string   `json:"place"`
	Background bool     `json:"background"`
	Aggregate  bool     `json:"aggregate"`
	Quote      string   `json:"quote"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Confidence float64  `json:"confidence"`
	Cluster    string   `json:"cluster"`

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
func (c *Claim) LedgerDate() parity.Date {
	if c.Date == nil {
		return parity.Date{}
	}
	s, err1 := time.Parse(time.DateOnly, c.Date.Start)
	e, err2 := time.Parse(time.DateOnly, c.Date.End)
	if err1 != nil || err2 != nil {
		return parity.Date{}
	}
	return parity.Date{Start: s, End: e, Precision: c.Date.Precision}
}

// LedgerCount converts the claim's count to a ledger count; nil when there is none.
func (c *Claim) LedgerCount() *parity.Count {
	if c.Count == nil {
		return nil
	}
	return &parity.Count{Min: c.Count.Min, Max: c.Count.Max, Qualifier: c.Count.Qualifier}
}

// dateOf renders a ledger date as a claim date.
func dateOf(d parity.Date) *Date {
	if d.IsZero() {
		return nil
	}
	return &Date{Start: d.Start.Format(time.DateOnly), End: d.End.Format(time.DateOnly), Precision: d.Precision}
}
