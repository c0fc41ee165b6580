package parity

import (
	"math"
	"slices"
)

// MissionKind is the kind of a diplomatic post.
type MissionKind string

// Kinds of mission.
const (
	Embassy               MissionKind = "embassy"
	ConsulateGeneral      MissionKind = "consulate_general"
	Consulate             MissionKind = "consulate"
	MissionToOrganization MissionKind = "mission_to_organization"
	TradeOffice           MissionKind = "trade_office"
	OtherOffice           MissionKind = "other_office"
	Residence             MissionKind = "residence" // residences, compounds, dachas
)

// MissionKinds lists the valid mission kinds.
var MissionKinds = []MissionKind{Embassy, ConsulateGeneral, Consulate, MissionToOrganization, TradeOffice, OtherOffice, Residence}

// Mission is a diplomatic post of Sender in Host: an embassy, a consulate, a mission to
// an organisation seated in Host, or a property such as a compound.
type Mission struct {
	ID           string      `json:"id"`
	Sender       string      `json:"sender"`
	Host         string      `json:"host"`
	Kind         MissionKind `json:"kind"`
	Organization string      `json:"organization,omitempty"`
	Name         string      `json:"name"`
	City         string      `json:"city,omitempty"`
	Lat          *float64    `json:"lat,omitempty"`
	Lon          *float64    `json:"lon,omitempty"`
	Opened       Date        `json:"opened,omitzero"`
	Closed       Date        `json:"closed,omitzero"`
	Note         string      `json:"note,omitempty"`
	Provenance
}

// OpenOn reports whether the mission is known to be open on day d (an unknown
// opening date counts as open).
func (m *Mission) OpenOn(d Date) bool {
	if !m.Opened.IsZero() && m.Opened.Start.After(d.End) {
		return false
	}
	return m.Closed.IsZero() || m.Closed.End.After(d.Start)
}

// Validate checks the mission against the gazetteer.
func (m *Mission) Validate(g *Gazetteer) error {
	if err := checkID(m.ID, "ms-"); err != nil {
		return err
	}
	if err := g.Check(m.ID, "sender", m.Sender); err != nil {
		return err
	}
	if err := g.Check(m.ID, "host", m.Host); err != nil {
		return err
	}
	if !slices.Contains(MissionKinds, m.Kind) {
		return fieldError(m.ID, "kind", "unknown mission kind %q", m.Kind)
	}
	if m.Organization != "" {
		if err := g.Check(m.ID, "organization", m.Organization); err != nil {
			return err
		}
	}
	if m.Kind == MissionToOrganization && m.Organization == "" {
		return fieldError(m.ID, "organization", "a mission to an organisation names the organisation")
	}
	if m.Name == "" {
		return fieldError(m.ID, "name", "is required")
	}
	if (m.Lat == nil) != (m.Lon == nil) {
		return fieldError(m.ID, "lat", "lat and lon go together")
	}
	if m.Lat != nil && (math.IsNaN(*m.Lat) || *m.Lat < -90 || *m.Lat > 90) {
		return fieldError(m.ID, "lat", "%v is not a latitude", *m.Lat)
	}
	if m.Lon != nil && (math.IsNaN(*m.Lon) || *m.Lon < -180 || *m.Lon > 180) {
		return fieldError(m.ID, "lon", "%v is not a longitude", *m.Lon)
	}
	if err := m.Opened.Validate(); err != nil {
		return fieldError(m.ID, "opened", "%v", err)
	}
	if err := m.Closed.Validate(); err != nil {
		return fieldError(m.ID, "closed", "%v", err)
	}
	if !m.Opened.IsZero() && !m.Closed.IsZero() && m.Closed.End.Before(m.Opened.Start) {
		return fieldError(m.ID, "closed", "closes (%s) before it opens (%s)", m.Closed, m.Opened)
	}
	return m.Provenance.validate(m.ID)
}

// MissionFilter selects missions; empty fields match everything.
type MissionFilter struct {
	Sender string
	Host   string
	Kind   MissionKind
}
