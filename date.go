package parity

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Precision says how much of a date the sources state.
type Precision string

// Precisions, finest first.
const (
	Day   Precision = "day"
	Month Precision = "month"
	Year  Precision = "year"
)

// rank orders precisions from finest (0) to coarsest.
func (p Precision) rank() int {
	switch p {
	case Day:
		return 0
	case Month:
		return 1
	case Year:
		return 2
	}
	return -1
}

// Date is a day, a month or a year, or a range of them: the sources say "in 2018" or
// "last month" as often as they give a day. Start is the first day covered and End
// the last (inclusive); both are UTC midnights. The zero Date means "no date".
type Date struct {
	Start     time.Time
	End       time.Time
	Precision Precision
}

// Bounds of the dates parity accepts: anything outside is a typo, not history.
var (
	minDate = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	maxDate = time.Date(2100, 12, 31, 0, 0, 0, 0, time.UTC)
)

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Start.IsZero() }

// Day returns a Date of day precision.
func DayDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date{Start: t, End: t, Precision: Day}
}

// ParseDate parses the compact form: "2018-03-26" (day), "2023-10" (month), "2017"
// (year), or two of them joined by "/" for a range. The precision of a range is the
// coarser of its ends.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, fmt.Errorf("empty date")
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		from, err := parsePoint(a)
		if err != nil {
			return Date{}, err
		}
		to, err := parsePoint(b)
		if err != nil {
			return Date{}, err
		}
		if to.End.Before(from.Start) {
			return Date{}, fmt.Errorf("date range %q ends before it starts", s)
		}
		p := from.Precision
		if to.Precision.rank() > p.rank() {
			p = to.Precision
		}
		return Date{Start: from.Start, End: to.End, Precision: p}, nil
	}
	return parsePoint(s)
}

// parsePoint parses one day, month or year and returns the span it covers.
func parsePoint(s string) (Date, error) {
	s = strings.TrimSpace(s)
	var layout string
	var p Precision
	switch len(s) {
	case 10:
		layout, p = "2006-01-02", Day
	case 7:
		layout, p = "2006-01", Month
	case 4:
		layout, p = "2006", Year
	default:
		return Date{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not a real %s (YYYY, YYYY-MM or YYYY-MM-DD)", s, p)
	}
	if t.Before(minDate) || t.After(maxDate) {
		return Date{}, fmt.Errorf("date %q is outside 1800–2100", s)
	}
	end := t
	switch p {
	case Month:
		end = t.AddDate(0, 1, -1)
	case Year:
		end = t.AddDate(1, 0, -1)
	}
	return Date{Start: t, End: end, Precision: p}, nil
}

// MustDate is ParseDate for constants in tests and generators; it panics on error.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// format writes t at precision p.
func format(t time.Time, p Precision) string {
	switch p {
	case Month:
		return t.Format("2006-01")
	case Year:
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}

// String returns the compact form that ParseDate reads.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	start := exactForm(d.Start, d.Precision, true)
	end := exactForm(d.End, d.Precision, false)
	if start == end {
		return start
	}
	return start + "/" + end
}

// exactForm formats one end of a span at precision p, or finer when p would move it:
// "2017-07/2017-09-01" keeps its last day although the span is of month precision.
func exactForm(t time.Time, p Precision, isStart bool) string {
	for _, q := range []Precision{p, Month, Day} {
		if q.rank() > p.rank() {
			continue
		}
		s := format(t, q)
		pt, err := parsePoint(s)
		if err == nil && (isStart && pt.Start.Equal(t) || !isStart && pt.End.Equal(t)) {
			return s
		}
	}
	return format(t, Day)
}

// Mid returns the middle day of the span, the point used when one day must stand for
// a month or a year (plots, ordering of events with unknown days).
func (d Date) Mid() time.Time {
	days := int(d.End.Sub(d.Start).Hours() / 24)
	return d.Start.AddDate(0, 0, days/2)
}

// Overlaps reports whether two dates can refer to the same day.
func (d Date) Overlaps(o Date) bool {
	return !d.End.Before(o.Start) && !o.End.Before(d.Start)
}

// Validate checks the invariants of a parsed or hand-built Date.
func (d Date) Validate() error {
	if d.IsZero() {
		return nil
	}
	if d.Precision.rank() < 0 {
		return fmt.Errorf("unknown precision %q (day, month or year)", d.Precision)
	}
	if d.End.Before(d.Start) {
		return fmt.Errorf("date ends before it starts")
	}
	if d.Start.Before(minDate) || d.End.After(maxDate) {
		return fmt.Errorf("date outside 1800–2100")
	}
	return nil
}

// dateJSON is the long form, accepted on input for programs that prefer it.
type dateJSON struct {
	Start     string    `json:"start"`
	End       string    `json:"end,omitempty"`
	Precision Precision `json:"precision"`
}

// MarshalJSON writes the compact form as a JSON string.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte(`null`), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads the compact string form or the long object form.
func (d *Date) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*d = Date{}
		return nil
	}
	if len(b) > 0 && b[0] == '{' {
		var l dateJSON
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return fmt.Errorf("date object: %w", err)
		}
		start, err := time.Parse("2006-01-02", l.Start)
		if err != nil {
			return fmt.Errorf("date start %q is not YYYY-MM-DD", l.Start)
		}
		end := start
		if l.End != "" {
			if end, err = time.Parse("2006-01-02", l.End); err != nil {
				return fmt.Errorf("date end %q is not YYYY-MM-DD", l.End)
			}
		}
		if l.Precision.rank() < 0 {
			return fmt.Errorf("date precision %q is not day, month or year", l.Precision)
		}
		// Normalise to the compact form, so that a month given as 2023-10-05..2023-10-20
		// covers the whole month, as its precision says.
		compact := format(start, l.Precision)
		if e := format(end, l.Precision); e != compact {
			compact += "/" + e
		}
		nd, err := ParseDate(compact)
		if err != nil {
			return err
		}
		*d = nd
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date must be a string like \"2018-03-26\", \"2023-10\" or \"2017\"")
	}
	nd, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = nd
	return nil
}
