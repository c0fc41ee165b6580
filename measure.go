package parity

import "strings"

// MeasureKind is what a state (or organisation) did to another's diplomatic presence.
type MeasureKind string

// Kinds of measure.
const (
	Expel              MeasureKind = "expel"
	CloseMission       MeasureKind = "close_mission"
	SeizeProperty      MeasureKind = "seize_property"
	ReturnProperty     MeasureKind = "return_property"
	StaffCap           MeasureKind = "staff_cap"
	LocalStaffBan      MeasureKind = "local_staff_ban"
	RecallAmbassador   MeasureKind = "recall_ambassador"
	AmbassadorDeparted MeasureKind = "ambassador_departed"
	ExpelAmbassador    MeasureKind = "expel_ambassador"
	DowngradeRelations MeasureKind = "downgrade_relations"
	BreakRelations     MeasureKind = "break_relations"
	RestoreRelations   MeasureKind = "restore_relations"
	ReopenMission      MeasureKind = "reopen_mission"
	Readmit            MeasureKind = "readmit"
	Talks              MeasureKind = "talks"
	Agreement          MeasureKind = "agreement"
	DenyAccreditation  MeasureKind = "deny_accreditation"
	// WithdrawStaff is a state pulling its own diplomats out of a host or suspending its
	// own mission there (ordered departures, a consulate "suspended"): the actor's
	// presence falls, unlike an expulsion, where the target's does.
	WithdrawStaff MeasureKind = "withdraw_staff"
)

// MeasureKindInfo describes a kind: its event-data codes and whether it restricts
// presence (an expulsion) or restores it (a readmission).
type MeasureKindInfo struct {
	Kind MeasureKind
	// CAMEO is the CAMEO 1.1b3 event code that fits best: 161 "reduce or break
	// diplomatic relations" covers expulsions, closures and recalls; empty where no
	// code fits without stretching it.
	CAMEO string
	// PLOVER is the PLOVER event type (SANCTION, COERCE, CONCEDE, CONSULT, AGREE).
	PLOVER string
	// Direction is -1 for measures that cut presence, +1 for those that restore it,
	// 0 for neither (talks, an ambassador's departure at the end of a posting).
	Direction int
	// Summary is a few plain words for tables and timelines, read between the names
	// of actor and target; one that starts with "'s" attaches to the actor's name.
	Summary string
}

// MeasureKinds lists every kind with its codes, in a stable order.
var MeasureKinds = []MeasureKindInfo{
	{Expel, "161", "SANCTION", -1, "expelled"},
	{ExpelAmbassador, "161", "SANCTION", -1, "expelled the ambassador of"},
	{DenyAccreditation, "161", "SANCTION", -1, "refused accreditation to diplomats of"},
	{CloseMission, "161", "SANCTION", -1, "closed a mission of"},
	{StaffCap, "161", "SANCTION", -1, "capped the staff of"},
	{LocalStaffBan, "172", "SANCTION", -1, "banned local staff of"},
	{SeizeProperty, "1711", "COERCE", -1, "seized diplomatic property of"},
	{RecallAmbassador, "161", "SANCTION", -1, "recalled its ambassador from"},
	{WithdrawStaff, "161", "", -1, "withdrew its own staff from"},
	{DowngradeRelations, "161", "SANCTION", -1, "downgraded relations with"},
	{BreakRelations, "161", "SANCTION", -1, "broke off relations with"},
	{AmbassadorDeparted, "", "", 0, "'s ambassador left"},
	{ReturnProperty, "0842", "CONCEDE", 1, "returned diplomatic property of"},
	{RestoreRelations, "", "CONCEDE", 1, "restored relations with"},
	{ReopenMission, "", "CONCEDE", 1, "reopened a mission of"},
	{Readmit, "", "CONCEDE", 1, "readmitted diplomats of"},
	{Talks, "046", "CONSULT", 0, "held talks with"},
	{Agreement, "057", "AGREE", 1, "reached an agreement with"},
}

// KindInfo returns the description of kind k, and false when k is unknown.
func KindInfo(k MeasureKind) (MeasureKindInfo, bool) {
	for _, i := range MeasureKinds {
		if i.Kind == k {
			return i, true
		}
	}
	return MeasureKindInfo{}, false
}

// KindNames returns the names of all measure kinds, for help texts and errors.
func KindNames() string {
	names := make([]string, len(MeasureKinds))
	for i, k := range MeasureKinds {
		names[i] = string(k.Kind)
	}
	return strings.Join(names, ", ")
}

// CapBasis says how to read the count of a staff cap.
type CapBasis string

// Staff cap bases.
const (
	Ceiling   CapBasis = "ceiling"   // the count is the new maximum (Russia 2017: 455)
	Reduction CapBasis = "reduction" // the count is how many must leave (755)
)

// Measure is one act of one actor against another's diplomatic presence or relations.
type Measure struct {
	ID         string      `json:"id"`
	Kind       MeasureKind `json:"kind"`
	Actor      string      `json:"actor"`
	Target     string      `json:"target"`
	Date       Date        `json:"date"`
	Count      *Count      `json:"count,omitempty"`
	Cap        CapBasis    `json:"cap,omitempty"`
	Mission    string      `json:"mission,omitempty"`
	Place      string      `json:"place,omitempty"`
	Reason     string      `json:"reason,omitempty"`
	RespondsTo []string    `json:"responds_to,omitempty"`
	CAMEO      string      `json:"cameo,omitempty"`
	PLOVER     string      `json:"plover,omitempty"`
	Note       string      `json:"note,omitempty"`
	Provenance
}

// CAMEOCode returns the record's CAMEO code, or the kind's default.
func (m *Measure) CAMEOCode() string {
	if m.CAMEO != "" {
		return m.CAMEO
	}
	i, _ := KindInfo(m.Kind)
	return i.CAMEO
}

// PLOVERType returns the record's PLOVER type, or the kind's default.
func (m *Measure) PLOVERType() string {
	if m.PLOVER != "" {
		return m.PLOVER
	}
	i, _ := KindInfo(m.Kind)
	return i.PLOVER
}

// Validate checks the measure on its own; references to other records are checked
// by Ledger.Validate and by the store.
func (m *Measure) Validate(g *Gazetteer) error {
	if err := checkID(m.ID, "m-"); err != nil {
		return err
	}
	if _, ok := KindInfo(m.Kind); !ok {
		return fieldError(m.ID, "kind", "unknown measure kind %q (one of %s)", m.Kind, KindNames())
	}
	if err := g.Check(m.ID, "actor", m.Actor); err != nil {
		return err
	}
	if err := g.Check(m.ID, "target", m.Target); err != nil {
		return err
	}
	if m.Actor == m.Target {
		return fieldError(m.ID, "target", "is the actor itself (%s)", m.Actor)
	}
	if m.Date.IsZero() {
		return fieldError(m.ID, "date", "is required")
	}
	if err := m.Date.Validate(); err != nil {
		return fieldError(m.ID, "date", "%v", err)
	}
	if m.Count != nil {
		if err := m.Count.Validate(); err != nil {
			return fieldError(m.ID, "count", "%v", err)
		}
	}
	switch {
	case m.Kind == StaffCap && m.Cap != Ceiling && m.Cap != Reduction:
		return fieldError(m.ID, "cap", "a staff cap says whether its count is a \"ceiling\" or a \"reduction\" (got %q)", m.Cap)
	case m.Kind != StaffCap && m.Cap != "":
		return fieldError(m.ID, "cap", "only a staff_cap has a cap basis")
	case m.Kind == StaffCap && m.Count == nil:
		return fieldError(m.ID, "count", "a staff cap needs its count")
	}
	if m.Mission != "" {
		if err := checkID(m.Mission, "ms-"); err != nil {
			return fieldError(m.ID, "mission", "%s", ErrorOf(err).Message)
		}
	}
	seen := map[string]bool{}
	for i, r := range m.RespondsTo {
		f := "responds_to[" + itoa(i) + "]"
		if err := checkID(r, "m-"); err != nil {
			return fieldError(m.ID, f, "%s", ErrorOf(err).Message)
		}
		if r == m.ID {
			return fieldError(m.ID, f, "a measure cannot answer itself")
		}
		if seen[r] {
			return fieldError(m.ID, f, "%s is listed twice", r)
		}
		seen[r] = true
	}
	return m.Provenance.validate(m.ID)
}

// MeasureFilter selects measures; empty fields match everything. Since and Until
// compare with the measure's date span, so "2018" finds every measure of 2018.
type MeasureFilter struct {
	Actor  string
	Target string
	Kind   MeasureKind
	Since  Date
	Until  Date
	// Dyad, when set, matches measures either way between Actor and Target.
	Dyad  bool
	Limit int
}
