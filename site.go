package parity

import (
	"math"
	"slices"
)

// SiteKind is the kind of a sensitive site.
type SiteKind string

// Kinds of sensitive site.
const (
	MilitaryBase    SiteKind = "military_base"
	NavalBase       SiteKind = "naval_base"
	AirBase         SiteKind = "air_base"
	NuclearFacility SiteKind = "nuclear_facility"
	SpaceFacility   SiteKind = "space_facility"
	IntelligenceHQ  SiteKind = "intelligence_hq"
	DefenceIndustry SiteKind = "defence_industry"
)

// SiteKinds lists the valid site kinds.
var SiteKinds = []SiteKind{MilitaryBase, NavalBase, AirBase, NuclearFacility, SpaceFacility, IntelligenceHQ, DefenceIndustry}

// Site is a publicly documented sensitive site: a base, a nuclear or space facility,
// an intelligence headquarters or a defence plant. Missions near such sites are what
// counter-intelligence watches (Russia's Seattle consulate and Naval Base Kitsap).
type Site struct {
	ID      string   `json:"id"`
	Country string   `json:"country"`
	Name    string   `json:"name"`
	Kind    SiteKind `json:"kind"`
	Lat     float64  `json:"lat"`
	Lon     float64  `json:"lon"`
	Note    string   `json:"note,omitempty"`
	Provenance
}

// Validate checks the site against the gazetteer.
func (s *Site) Validate(g *Gazetteer) error {
	if err := checkID(s.ID, "st-"); err != nil {
		return err
	}
	if err := g.Check(s.ID, "country", s.Country); err != nil {
		return err
	}
	if s.Name == "" {
		return fieldError(s.ID, "name", "is required")
	}
	if !slices.Contains(SiteKinds, s.Kind) {
		return fieldError(s.ID, "kind", "unknown site kind %q", s.Kind)
	}
	if math.IsNaN(s.Lat) || s.Lat < -90 || s.Lat > 90 {
		return fieldError(s.ID, "lat", "%v is not a latitude", s.Lat)
	}
	if math.IsNaN(s.Lon) || s.Lon < -180 || s.Lon > 180 {
		return fieldError(s.ID, "lon", "%v is not a longitude", s.Lon)
	}
	if s.Lat == 0 && s.Lon == 0 {
		return fieldError(s.ID, "lat", "a site needs its coordinates")
	}
	return s.Provenance.validate(s.ID)
}

// SiteFilter selects sites; empty fields match everything.
type SiteFilter struct {
	Country string
	Kind    SiteKind
}
