package parity

import (
	"sort"
	"strings"
)

// ActorKind tells a state from an organisation.
type ActorKind string

// Kinds of actor.
const (
	Country      ActorKind = "country"
	Organization ActorKind = "organization"
)

// Actor is a state (ISO 3166-1 alpha-3 code) or an organisation that hosts missions or
// takes measures (NATO expelled Russian diplomats in 2018; the UN hosts missions).
type Actor struct {
	Code       string    `json:"code"`
	Kind       ActorKind `json:"kind"`
	Name       string    `json:"name"`
	Official   string    `json:"official,omitempty"`
	Aliases    []string  `json:"aliases,omitempty"`
	Demonyms   []string  `json:"demonyms,omitempty"`
	Capital    string    `json:"capital,omitempty"`
	CapitalLat *float64  `json:"capital_lat,omitempty"`
	CapitalLon *float64  `json:"capital_lon,omitempty"`
	Seat       string    `json:"seat,omitempty"` // an organisation's headquarters city
}

// Gazetteer is the set of known actors. Every code in every record is checked against
// it: an unknown code is an error, never a silent new actor.
type Gazetteer struct {
	byCode map[string]*Actor
	codes  []string
}

// NewGazetteer indexes actors by code. Codes are upper case and unique.
func NewGazetteer(actors []Actor) (*Gazetteer, error) {
	g := &Gazetteer{byCode: make(map[string]*Actor, len(actors))}
	for i := range actors {
		a := &actors[i]
		if a.Code == "" || a.Code != strings.ToUpper(a.Code) {
			return nil, Errorf(EINVALID, "actor code %q must be non-empty upper case", a.Code)
		}
		if _, dup := g.byCode[a.Code]; dup {
			return nil, Errorf(ECONFLICT, "actor code %q appears twice", a.Code)
		}
		g.byCode[a.Code] = a
		g.codes = append(g.codes, a.Code)
	}
	sort.Strings(g.codes)
	return g, nil
}

// Actor returns the actor with the code, or nil.
func (g *Gazetteer) Actor(code string) *Actor { return g.byCode[code] }

// Has reports whether the code is known.
func (g *Gazetteer) Has(code string) bool { _, ok := g.byCode[code]; return ok }

// Codes returns all codes, sorted.
func (g *Gazetteer) Codes() []string { return g.codes }

// Actors returns all actors, sorted by code.
func (g *Gazetteer) Actors() []Actor {
	out := make([]Actor, 0, len(g.codes))
	for _, c := range g.codes {
		out = append(out, *g.byCode[c])
	}
	return out
}

// Name returns the actor's common name, or the code itself when unknown.
func (g *Gazetteer) Name(code string) string {
	if a := g.byCode[code]; a != nil {
		return a.Name
	}
	return code
}

// Check returns an EINVALID error naming the record and field when code is unknown.
func (g *Gazetteer) Check(record, field, code string) error {
	if code == "" {
		return fieldError(record, field, "is required")
	}
	if !g.Has(code) {
		hint := ""
		if up := strings.ToUpper(code); up != code && g.Has(up) {
			hint = " (codes are upper case: " + up + ")"
		}
		return fieldError(record, field, "unknown country or organisation code %q%s", code, hint)
	}
	return nil
}

// NormalizeCode upper-cases and trims a code typed by a user.
func NormalizeCode(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }
