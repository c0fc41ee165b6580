package claims

import (
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
	if staffKind(k) {
		return true
	}
	_, ok := parity.KindInfo(parity.MeasureKind(k))
	return ok
}

// staffKind reports whether the kind tells of a mission's size (a head-count, a
// ratio, a share of intelligence officers) rather than a measure taken.
func staffKind(k string) bool { return k == StaffLevel || k == StaffRatio || k == IntelShare }

// Claim, ClaimCount and ClaimDate are the domain's types; see parity.Claim.
type (
	Claim = parity.Claim
	Count = parity.ClaimCount
	Date  = parity.ClaimDate
)

// dateOf renders a ledger date as a claim date.
func dateOf(d parity.Date) *Date {
	if d.IsZero() {
		return nil
	}
	return &Date{Start: d.Start.Format(time.DateOnly), End: d.End.Format(time.DateOnly), Precision: d.Precision}
}
