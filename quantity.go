package parity

import (
	"fmt"
	"strconv"
)

// Qualifier says how a source states a number.
type Qualifier string

// Qualifiers of a quantity.
const (
	Exact   Qualifier = "exact"    // "60 diplomats"
	Approx  Qualifier = "approx"   // "about 220", "some 40"
	AtLeast Qualifier = "at_least" // "over 100", "at least 12"
	AtMost  Qualifier = "at_most"  // "up to 20", "fewer than 150"
)

// Number is what an Interval may hold: whole people or fractions of a mission.
type Number interface{ ~int | ~float64 }

// Interval is a quantity as the sources state it: bounds that may be open, and a
// qualifier. "Over 100" is {Min: 100, Qualifier: at_least} with no Max; "about 220" is
// {Min: 220, Max: 220, Qualifier: approx}.
type Interval[T Number] struct {
	Min       *T        `json:"min,omitempty"`
	Max       *T        `json:"max,omitempty"`
	Qualifier Qualifier `json:"qualifier"`
}

// Count is a number of people.
type Count = Interval[int]

// Share is a fraction or ratio (0.33 of a mission; one mission 0.5 the size of another).
type Share = Interval[float64]

// ExactCount returns a Count of exactly n.
func ExactCount(n int) Count { return Count{Min: &n, Max: &n, Qualifier: Exact} }

// NewInterval returns an interval [lo, hi] with qualifier q.
func NewInterval[T Number](lo, hi T, q Qualifier) Interval[T] {
	return Interval[T]{Min: &lo, Max: &hi, Qualifier: q}
}

// IsZero reports whether no quantity is given.
func (q Interval[T]) IsZero() bool { return q.Min == nil && q.Max == nil && q.Qualifier == "" }

// Validate checks the interval: a known qualifier, bounds that fit it, no negative
// bound, min not above max. field names the field in errors.
func (q Interval[T]) Validate() error {
	switch q.Qualifier {
	case Exact, Approx:
		if q.Min == nil || q.Max == nil {
			return fmt.Errorf("qualifier %s needs both min and max", q.Qualifier)
		}
		if q.Qualifier == Exact && *q.Min != *q.Max {
			return fmt.Errorf("qualifier exact needs min = max (got %v and %v); use approx for a range", *q.Min, *q.Max)
		}
	case AtLeast:
		if q.Min == nil {
			return fmt.Errorf("qualifier at_least needs min")
		}
	case AtMost:
		if q.Max == nil {
			return fmt.Errorf("qualifier at_most needs max")
		}
	case "":
		return fmt.Errorf("qualifier is missing (exact, approx, at_least or at_most)")
	default:
		return fmt.Errorf("unknown qualifier %q (exact, approx, at_least or at_most)", q.Qualifier)
	}
	if q.Min != nil && *q.Min < 0 {
		return fmt.Errorf("min is negative (%v)", *q.Min)
	}
	if q.Max != nil && *q.Max < 0 {
		return fmt.Errorf("max is negative (%v)", *q.Max)
	}
	if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
		return fmt.Errorf("min %v is above max %v", *q.Min, *q.Max)
	}
	return nil
}

// Bounds returns the interval as numbers: lo is 0 when the minimum is open, and ok is
// false when the maximum is open (hi is then meaningless).
func (q Interval[T]) Bounds() (lo, hi T, ok bool) {
	if q.Min != nil {
		lo = *q.Min
	}
	if q.Max != nil {
		return lo, *q.Max, true
	}
	return lo, lo, false
}

// String renders the interval for tables: "60", "~220", "≥100", "≤20", "18–20".
func (q Interval[T]) String() string {
	if q.IsZero() {
		return ""
	}
	f := func(v *T) string {
		if v == nil {
			return "?"
		}
		return strconv.FormatFloat(float64(*v), 'f', -1, 64)
	}
	switch q.Qualifier {
	case AtLeast:
		if q.Max != nil {
			return "≥" + f(q.Min) + "–" + f(q.Max)
		}
		return "≥" + f(q.Min)
	case AtMost:
		return "≤" + f(q.Max)
	}
	s := f(q.Min)
	if q.Max != nil && q.Min != nil && *q.Max != *q.Min {
		s += "–" + f(q.Max)
	}
	if q.Qualifier == Approx {
		s = "~" + s
	}
	return s
}
