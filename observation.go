package parity

import "slices"

// StaffCategory says which staff a head-count counts.
type StaffCategory string

// Staff categories.
const (
	Diplomats      StaffCategory = "diplomats"
	AdminTechnical StaffCategory = "admin_technical"
	LocalStaff     StaffCategory = "local_staff"
	AllStaff       StaffCategory = "all_staff"
)

// StaffCategories lists the valid categories.
var StaffCategories = []StaffCategory{Diplomats, AdminTechnical, LocalStaff, AllStaff}

// Observation is a head-count: the staff of Sender's missions in Host at a date.
type Observation struct {
	ID       string        `json:"id"`
	Sender   string        `json:"sender"`
	Host     string        `json:"host"`
	Date     Date          `json:"date"`
	Category StaffCategory `json:"category"`
	Count    Count         `json:"count"`
	Note     string        `json:"note,omitempty"`
	Provenance
}

// Validate checks the observation against the gazetteer.
func (o *Observation) Validate(g *Gazetteer) error {
	if err := checkID(o.ID, "o-"); err != nil {
		return err
	}
	if err := checkDyad(g, o.ID, o.Sender, o.Host); err != nil {
		return err
	}
	if o.Date.IsZero() {
		return fieldError(o.ID, "date", "is required")
	}
	if err := o.Date.Validate(); err != nil {
		return fieldError(o.ID, "date", "%v", err)
	}
	if !slices.Contains(StaffCategories, o.Category) {
		return fieldError(o.ID, "category", "unknown staff category %q (diplomats, admin_technical, local_staff, all_staff)", o.Category)
	}
	if err := o.Count.Validate(); err != nil {
		return fieldError(o.ID, "count", "%v", err)
	}
	return o.Provenance.validate(o.ID)
}

// checkDyad checks the sender and host of a head-count or an estimate.
func checkDyad(g *Gazetteer, id, sender, host string) error {
	if err := g.Check(id, "sender", sender); err != nil {
		return err
	}
	if err := g.Check(id, "host", host); err != nil {
		return err
	}
	if sender == host {
		return fieldError(id, "host", "is the sender itself (%s)", sender)
	}
	return nil
}

// AssessmentKind is what an assessment estimates.
type AssessmentKind string

// Kinds of assessment.
const (
	// IntelShare is the share of Sender's mission in Host assessed to be intelligence
	// officers (Sweden, 2017: about a third of Russia's mission).
	IntelShare AssessmentKind = "intel_share"
	// SizeRatio is Sender's staff in Host divided by Host's staff in Sender (Finland's
	// mission in Russia half the size of Russia's in Finland: FIN in RUS, 0.5).
	SizeRatio AssessmentKind = "size_ratio"
)

// Assessment is a sourced estimate about a mission that is not a head-count.
type Assessment struct {
	ID     string         `json:"id"`
	Kind   AssessmentKind `json:"kind"`
	Sender string         `json:"sender"`
	Host   string         `json:"host"`
	Date   Date           `json:"date"`
	Value  Share          `json:"value"`
	Note   string         `json:"note,omitempty"`
	Provenance
}

// Validate checks the assessment against the gazetteer.
func (a *Assessment) Validate(g *Gazetteer) error {
	if err := checkID(a.ID, "a-"); err != nil {
		return err
	}
	if a.Kind != IntelShare && a.Kind != SizeRatio {
		return fieldError(a.ID, "kind", "unknown assessment kind %q (intel_share or size_ratio)", a.Kind)
	}
	if err := checkDyad(g, a.ID, a.Sender, a.Host); err != nil {
		return err
	}
	if a.Date.IsZero() {
		return fieldError(a.ID, "date", "is required")
	}
	if err := a.Date.Validate(); err != nil {
		return fieldError(a.ID, "date", "%v", err)
	}
	if err := a.Value.Validate(); err != nil {
		return fieldError(a.ID, "value", "%v", err)
	}
	if _, hi, ok := a.Value.Bounds(); a.Kind == IntelShare && ok && hi > 1 {
		return fieldError(a.ID, "value", "a share is at most 1 (got %v)", hi)
	}
	return a.Provenance.validate(a.ID)
}

// DyadFilter selects observations or assessments of one direction of a dyad, or of
// both when Both is set; empty fields match everything.
type DyadFilter struct {
	Sender string
	Host   string
	Both   bool
}
