package analysis

import (
	"fmt"
	"math"
)

// Estimate is a head-count as an interval: Low to High people; Unbounded when the
// sources give no upper bound ("over 400").
type Estimate struct {
	Low       float64 `json:"low"`
	High      float64 `json:"high"`
	Unbounded bool    `json:"unbounded,omitempty"`
}

// Mid is the midpoint used to sort and chart (Low when unbounded).
func (e Estimate) Mid() float64 {
	if e.Unbounded {
		return e.Low
	}
	return (e.Low + e.High) / 2
}

// Overlaps reports whether two estimates can describe the same number.
func (e Estimate) Overlaps(o Estimate) bool {
	if !e.Unbounded && o.Low > e.High {
		return false
	}
	if !o.Unbounded && e.Low > o.High {
		return false
	}
	return true
}

// String renders "120", "118–125" or "≥400".
func (e Estimate) String() string {
	switch {
	case e.Unbounded:
		return "≥" + num(e.Low)
	case e.Low == e.High:
		return num(e.Low)
	}
	return num(e.Low) + "–" + num(e.High)
}

// num renders a number without useless decimals.
func num(v float64) string {
	if math.Abs(v-math.Round(v)) < 0.05 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// Ratio is a quotient of two estimates, as an interval.
type Ratio struct {
	Low       float64 `json:"low"`
	High      float64 `json:"high"`
	Unbounded bool    `json:"unbounded,omitempty"`
}

// divide returns a/b as an interval; b's low bound of zero makes it unbounded.
func divide(a, b Estimate) Ratio {
	r := Ratio{}
	if b.Unbounded {
		r.Low = 0
	} else if b.High > 0 {
		r.Low = a.Low / b.High
	}
	if a.Unbounded || b.Low <= 0 {
		r.Unbounded = true
		return r
	}
	r.High = a.High / b.Low
	return r
}

// String renders "2.1" or "1.8–2.4" or "≥1.5".
func (r Ratio) String() string {
	f := func(v float64) string { return fmt.Sprintf("%.2f", v) }
	switch {
	case r.Unbounded:
		return "≥" + f(r.Low)
	case math.Abs(r.High-r.Low) < 0.005:
		return f(r.Low)
	}
	return f(r.Low) + "–" + f(r.High)
}

// scale multiplies an estimate by a share interval.
func scale(e Estimate, lo, hi float64) Estimate {
	out := Estimate{Low: e.Low * lo, High: e.High * hi, Unbounded: e.Unbounded}
	if out.Unbounded {
		out.High = 0
	}
	return out
}
