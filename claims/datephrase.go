package claims

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"parity"
)

// datePhrase is a date expression of a sentence, resolved to a ledger date.
type datePhrase struct {
	date       parity.Date
	start, end int  // token range
	since      bool // "since October 2023": the start of a period that runs on
	// sinceEvent marks the date of an event a "since" clause counts from ("since
	// relations were established in 1979"): it never dates another act
	sinceEvent bool
	relative   bool // "days earlier", "a week later": relative to the story's last date
	explicit   bool // carries its own year
	yearless   bool // a month or a day of a month read in the publication's year
	// back is the date counted the other way ("a day after" as a day before): the
	// date of the act when the act is what the phrase counts from ("Moscow protested
	// on Saturday, a day after Iceland suspended its embassy")
	back parity.Date
}

// inYear moves a yearless date into year y: "January 3" in a paragraph about 2016.
func (d *datePhrase) inYear(y int) {
	s, e := d.date.Start, d.date.End
	if s.Month() == 2 && s.Day() == 29 {
		return
	}
	d.date.Start = time.Date(y, s.Month(), s.Day(), 0, 0, 0, 0, time.UTC)
	d.date.End = d.date.Start.AddDate(0, 0, int(e.Sub(s).Hours()/24))
	if d.date.Precision == parity.Month {
		d.date = monthDate(y, s.Month())
	}
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "jan.": 1, "feb": 2, "feb.": 2, "mar.": 3, "apr": 4, "apr.": 4, "jun.": 6, "jul.": 7,
	"aug": 8, "aug.": 8, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "oct": 10, "oct.": 10,
	"nov": 11, "nov.": 11, "dec": 12, "dec.": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var unitDays = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365, "decade": 3650, "decades": 3650}

// unitYears is the length in years of the units counted in years: "two years later"
// after an event of 2018 is 2020, a year, not a day 730 days on.
var unitYears = map[string]int{"year": 1, "years": 1, "decade": 10, "decades": 10}

func day(t time.Time) parity.Date {
	return parity.Date{Start: t, End: t, Precision: parity.Day}
}

func monthDate(y int, m time.Month) parity.Date {
	s := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return parity.Date{Start: s, End: s.AddDate(0, 1, -1), Precision: parity.Month}
}

// seasonEnds gives the last month of each season of the northern year; winter
// starts in the December before.
var seasonEnds = map[string]time.Month{"spring": time.May, "summer": time.August, "autumn": time.November, "fall": time.November, "winter": time.February}

// season reads "last summer" (the latest summer over by the publication date:
// June to August of this year when published in the autumn, of the year before when
// published in the spring) and "this summer" as a range of months.
func season(w string, past, this bool, pub time.Time) (parity.Date, bool) {
	end, ok := seasonEnds[w]
	if !ok || !past && !this || this && w == "winter" {
		return parity.Date{}, false
	}
	y := pub.Year()
	if past && pub.Month() <= end {
		y--
	}
	last := time.Date(y, end+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	first := time.Date(y, end-2, 1, 0, 0, 0, 0, time.UTC)
	return parity.Date{Start: first, End: last, Precision: parity.Month}, true
}

func yearDate(y int) parity.Date {
	return parity.Date{Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), Precision: parity.Year}
}

func dayRange(a, b time.Time) parity.Date {
	return parity.Date{Start: a, End: b, Precision: parity.Day}
}

// isMonthToken tells the month "May" from the modal "may": a month name counts when
// it is capitalised (or abbreviated with a stop).
func monthOf(t token) (time.Month, bool) {
	low, upper := t.low, t.upper
	// "mid-July" is one token: the month is its date
	if rest, ok := strings.CutPrefix(low, "mid-"); ok && len(t.text) > 4 {
		low, upper = rest, unicode.IsUpper(rune(t.text[4]))
	}
	m, ok := months[low]
	if !ok || !upper {
		return 0, false
	}
	return m, true
}

func yearOf(t token) (int, bool) {
	if !t.num || len(t.text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.text)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

func dayOf(t token) (int, bool) {
	if !t.num || len(t.text) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(t.text)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// ordinalDay reads "26th", "1st" as a day.
func ordinalDay(t token) (int, bool) {
	s := t.low
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && s[len(s)-2:] == suf {
			if d, err := strconv.Atoi(s[:len(s)-2]); err == nil && d >= 1 && d <= 31 {
				return d, true
			}
		}
	}
	return 0, false
}

// findDates returns the date phrases of a sentence. pub is the publication day (zero
// when unknown: relative phrases then resolve to nothing); prev is the last date the
// story mentioned, for "days earlier" and "a week later".
func findDates(toks []token, pub time.Time, prev parity.Date) []datePhrase {
	var out []datePhrase
	var before parity.Date // prev before the last phrase counted from an event
	for i := 0; i < len(toks); i++ {
		if p, ok := dateAt(toks, i, pub, prev); ok {
			// "two days after the bombing began and one day after Belgrade broke off
			// relations": spans joined to one counted from an event count from the
			// same day
			if n := len(out); n > 0 && !p.back.IsZero() && !out[n-1].back.IsZero() && wordBetween(toks, out[n-1].end, p.start, "and") && !before.IsZero() {
				if q, ok := dateAt(toks, i, pub, before); ok {
					p = q
				}
			}
			// "Last October, weeks after Lukashenko claimed victory": a vague span counted
			// from an event right after a date elaborates that date
			if n := len(out); n > 0 && p.relative && p.back.IsZero() && out[n-1].end == p.start-1 && toks[p.start-1].low == "," && (toks[p.end-1].low == "after" || toks[p.end-1].low == "before") {
				i = p.end - 1
				continue
			}
			p.end = weekdayAside(toks, &p, pub)
			// "for the first time since relations were established in 1979": the
			// year a "since" clause counts from
			if !p.since && sinceClause(toks, p.start) {
				p.since, p.sinceEvent = true, true
			}
			// "on May 17 and again on June 3, 1989": a day joined to a later one
			// that carries its year is of that year (and "in July and August 2006"
			// a month)
			if n := len(out); n > 0 && p.explicit && out[n-1].yearless && (p.date.Precision == parity.Day || p.date.Precision == parity.Month) && out[n-1].date.Precision == p.date.Precision && joinedDates(toks, out[n-1].end, p.start) && out[n-1].date.Start.Month() <= p.date.Start.Month() {
				out[n-1].inYear(p.date.Start.Year())
				out[n-1].yearless = false
				if !out[n-1].since {
					prev = out[n-1].date
				}
			}
			// "twenty years before, on 7 February 1963": the date that carries its
			// own year tells when the span counted to
			if n := len(out); n > 0 && p.explicit && out[n-1].relative && elaborates(toks, out[n-1].end, p.start) {
				out = out[:n-1]
			}
			out = append(out, p)
			i = p.end - 1
			// "on Wednesday, after Baku acted a day earlier": a relative phrase
			// counts from the date just before it, also in the same sentence; not
			// from a day that only names a thing ("over Sunday's election, one day
			// after it demanded")
			if !p.since && !(p.end < len(toks) && toks[p.end].low == "'s") {
				if !p.back.IsZero() && (len(out) < 2 || out[len(out)-2].back.IsZero()) {
					before = prev
				}
				prev = p.date
			}
		}
	}
	return out
}

// sinceClause reports whether a "since" opens the clause just before k, within six
// words and no punctuation: "since relations were established in 1979".
func sinceClause(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-6); j-- {
		if toks[j].low == "since" {
			// (a clause has words of its own: not "since the end of November")
			for i := j + 1; i < k; i++ {
				switch toks[i].low {
				case "the", "end", "start", "beginning", "middle", "of", "early", "late", "mid", "a", "an":
				default:
					return true
				}
			}
			return false
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// elaborates reports whether the words between a span and a date set the date off
// as the span's own: ", on", ",", "(".
func elaborates(toks []token, from, to int) bool {
	if to-from < 1 || to-from > 2 || toks[from].low != "," && toks[from].low != "(" {
		return false
	}
	return to-from == 1 || toks[from+1].low == "on" || toks[from+1].low == "in"
}

// joinedDates reports whether the words between two dates join them as one list:
// "and", "or", "to", a comma, with "again" and "on" allowed ("May 17 and again on June
// 3").
func joinedDates(toks []token, from, to int) bool {
	if to-from < 1 || to-from > 3 {
		return false
	}
	joined := false
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "and", "or", "to", "through", ",":
			joined = true
		case "again", "on", "then":
		default:
			return false
		}
	}
	return joined
}

// weekdayAside returns the end of p taken with a weekday set beside it ("17 August
// (Wednesday)", "March 3, Tuesday,"): the day is already told, and the weekday read
// on its own would name another week's.
func weekdayAside(toks []token, p *datePhrase, pub time.Time) int {
	k := p.end
	if p.relative || p.date.Precision != parity.Day || k+1 >= len(toks) || toks[k].low != "(" && toks[k].low != "," {
		return k
	}
	wd, ok := weekdays[toks[k+1].low]
	if !ok {
		return k
	}
	p.fitWeekday(wd, pub)
	if toks[k].low == "(" {
		if k+2 < len(toks) && toks[k+2].low == ")" {
			return k + 3
		}
		return k
	}
	return k + 2
}

// fitWeekday moves a day told without its year into the year nearest pub whose
// calendar gives it the weekday set beside it: "Friday, May 28" in a story of Tuesday
// May 25, 2021 is three days ahead, not a year back.
func (p *datePhrase) fitWeekday(wd time.Weekday, pub time.Time) {
	if !p.yearless || pub.IsZero() || p.date.Start.Weekday() == wd {
		return
	}
	m, d := p.date.Start.Month(), p.date.Start.Day()
	for _, y := range []int{pub.Year(), pub.Year() - 1, pub.Year() + 1} {
		if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); t.Weekday() == wd && t.Day() == d {
			p.date = day(t)
			return
		}
	}
}

// yearOfDay returns the year of a day told without one: the latest such day not after
// pub, except a deadline, a start or a day in the future tense ("by May 1", "until
// June 3", "from August 1", "will close on July 2") up to three months ahead, which is
// still to come.
func yearOfDay(toks []token, i int, m time.Month, d int, pub time.Time) int {
	y := pub.Year()
	at := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if !at.After(pub) {
		return y
	}
	if i > 0 && at.Sub(pub) <= 92*24*time.Hour {
		switch toks[i-1].low {
		case "by", "until", "till", "before", "from", "starting", "effective":
			return y
		}
		// "its embassy would stop operating on August 1"
		for j := i - 1; j >= max(0, i-8); j-- {
			switch toks[j].low {
			case "will", "would", "shall":
				return y
			case ",", ";", ".":
				j = -1
			}
		}
	}
	return y - 1
}

// latestMonth returns the latest month m not after pub: "in April" in an article of
// March 2021 is April 2020.
func latestMonth(m time.Month, pub time.Time) int {
	if pub.IsZero() {
		return 0
	}
	y := pub.Year()
	if m > pub.Month() {
		y--
	}
	return y
}

func dateAt(toks []token, i int, pub time.Time, prev parity.Date) (datePhrase, bool) {
	if i >= len(toks) {
		return datePhrase{}, false
	}
	t := toks[i]
	low := t.low
	at := func(d parity.Date, end int) (datePhrase, bool) {
		return datePhrase{date: d, start: i, end: end}, !d.IsZero()
	}
	next := func(k int) token {
		if i+k < len(toks) {
			return toks[i+k]
		}
		return token{}
	}
	// ISO: 2018-03-26
	if y, ok := yearOf(t); ok && next(1).low == "-" && next(2).num && next(3).low == "-" && next(4).num {
		m, _ := strconv.Atoi(next(2).text)
		d, _ := strconv.Atoi(next(4).text)
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			p, ok := at(day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)), i+5)
			p.explicit = true
			return p, ok
		}
	}
	// "the autumn of 1976", "spring 2011": the season's three months, so that
	// "in mid-October" told next goes on in that year (winter spans two years and
	// is left to its year)
	switch low {
	case "spring", "summer", "autumn", "fall":
		end := seasonEnds[low]
		k := i + 1
		if next(1).low == "of" {
			k++
		}
		if y, ok := yearOf(toks[min(k, len(toks)-1)]); ok && k < len(toks) {
			first := time.Date(y, end-2, 1, 0, 0, 0, 0, time.UTC)
			p, ok := at(parity.Date{Start: first, End: first.AddDate(0, 3, -1), Precision: parity.Month}, k+1)
			p.explicit = true
			return p, ok
		}
	}
	// "that year", "later that year", "the following year", "the year before"
	if n, off := unitAfter(toks, i, "year"); n > 0 {
		if y := yearBefore(toks, i, prev); y != 0 {
			return datePhrase{date: yearDate(y + off), start: i, end: i + n, relative: true}, true
		}
	}
	if n, off := unitAfter(toks, i, "month"); n > 0 && !prev.IsZero() && prev.Precision != parity.Year {
		return datePhrase{date: monthDate(prev.Start.Year(), prev.Start.Month()+time.Month(off)), start: i, end: i + n, relative: true}, true
	}
	// "the same day", "that day", "later that day", "shortly afterwards", "hours
	// later": the day of the date just before
	// "at about the same time": whenever the act just told happened
	if n := sameTime(toks, i); n > 0 {
		if prev.IsZero() {
			return datePhrase{}, false
		}
		return datePhrase{date: prev, start: i, end: i + n, relative: true}, true
	}
	if n := sameDay(toks, i); n > 0 {
		if prev.IsZero() || prev.Precision != parity.Day {
			return datePhrase{}, false
		}
		d := prev.End
		// "the same Monday" after "the next day": the Monday just told, the day
		// before it
		if wd, ok := weekdays[toks[i+n-1].low]; ok {
			d = lastWeekday(d, wd, false)
		}
		return datePhrase{date: day(d), start: i, end: i + n, relative: true}, true
	}
	// "that same week", "later that week": the days around the day just told
	if n := sameWeek(toks, i); n > 0 {
		if prev.IsZero() || prev.Precision != parity.Day {
			return datePhrase{}, false
		}
		return datePhrase{date: dayRange(prev.Start.AddDate(0, 0, -3), prev.End.AddDate(0, 0, 3)), start: i, end: i + n, relative: true}, true
	}
	// "That September": the month in the year the story just told
	if low == "that" {
		if m, ok := monthOf(next(1)); ok {
			if y := yearBefore(toks, i, prev); y != 0 {
				return datePhrase{date: monthDate(y, m), start: i, end: i + 2, relative: true}, true
			}
		}
	}
	// "the next day", "the following day": the day after the date just before. Read
	// before the switch, whose "the" case reads months ("the following May").
	// ("the next morning", "the following evening": a part of that day; not what
	// was done "by the next morning", which tells when a move ended)
	if low == "the" && (next(1).low == "next" || next(1).low == "following") && (next(2).low == "day" || dayPart(next(2).low) && (i == 0 || toks[i-1].low != "by")) {
		if prev.IsZero() || prev.Precision != parity.Day {
			return datePhrase{}, false
		}
		return datePhrase{date: day(prev.End.AddDate(0, 0, 1)), start: i, end: i + 3, relative: true}, true
	}
	// "the previous day", "the day before," (not "the day before the vote", counted
	// from an event the text only names), "the day after,"
	if low == "the" && (next(1).low == "previous" || next(1).low == "preceding") && next(2).low == "day" ||
		low == "the" && next(1).low == "day" && (next(2).low == "before" || next(2).low == "after") && (i+3 >= len(toks) || next(3).punct) {
		if prev.IsZero() || prev.Precision != parity.Day {
			return datePhrase{}, false
		}
		step := -1
		if next(2).low == "after" {
			step = 1
		}
		return datePhrase{date: day(prev.Start.AddDate(0, 0, step)), start: i, end: i + 3, relative: true}, true
	}
	switch low {
	case "since":
		if p, ok := dateAt(toks, i+1, pub, prev); ok && !p.relative {
			p.start, p.since = i, true
			return p, true
		}
		return datePhrase{}, false
	case "early", "mid", "mid-", "late", "the":
		// "the previous March", "the following May": the month before or after the
		// date just told (else the publication)
		if low == "the" && i+2 < len(toks) {
			base := prev.Start
			if prev.IsZero() {
				base = pub
			}
			step := monthSteps[toks[i+1].low]
			// "the following month", "the previous month": a month from the date just
			// told (a relative phrase: without one it says nothing)
			if toks[i+2].low == "month" && step != 0 && !prev.IsZero() {
				at := prev.Start.AddDate(0, step, 0)
				if step > 0 {
					at = time.Date(prev.End.Year(), prev.End.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
				} else {
					at = time.Date(prev.Start.Year(), prev.Start.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
				}
				return datePhrase{date: monthDate(at.Year(), at.Month()), start: i, end: i + 3, relative: true}, true
			}
			// ("expelled two diplomats in the spring", told before any other date:
			// the last spring over by the publication)
			if prev.IsZero() && i > 0 && toks[i-1].low == "in" && (i+2 >= len(toks) || toks[i+2].low != "of") {
				if d, ok := season(toks[i+1].low, true, false, pub); ok {
					return at(d, i+2)
				}
			}
			// "the previous autumn": the last such season over by the date just told
			if step < 0 && !base.IsZero() {
				if d, ok := season(toks[i+2].low, true, false, base); ok {
					return datePhrase{date: d, start: i, end: i + 3, relative: !prev.IsZero()}, true
				}
			}
			if m, ok := monthOf(toks[i+2]); ok && step != 0 && !base.IsZero() {
				y := base.Year()
				// the same month counts as a year away
				if step < 0 && m >= base.Month() || step > 0 && m <= base.Month() {
					y += step
				}
				return at(monthDate(y, m), i+3)
			}
		}
		// "early March", "the end of March": the month is the date
		if i+1 < len(toks) {
			if _, ok := monthOf(toks[i+1]); ok {
				p, ok := dateAt(toks, i+1, pub, prev)
				p.start = i
				return p, ok
			}
		}
		return datePhrase{}, false
	case "yesterday":
		if pub.IsZero() {
			return datePhrase{}, false
		}
		return at(day(pub.AddDate(0, 0, -1)), i+1)
	case "today", "tonight":
		if pub.IsZero() {
			return datePhrase{}, false
		}
		return at(day(pub), i+1)
	case "last", "this", "earlier", "past", "next":
		if pub.IsZero() {
			return datePhrase{}, false
		}
		k := i + 1
		if low == "earlier" && next(1).low == "this" {
			k++
		} else if low == "earlier" && next(1).low == "in" && next(2).low == "the" {
			// "earlier in the week" says "earlier this week"
			k += 2
		}
		if k >= len(toks) {
			return datePhrase{}, false
		}
		w := toks[k].low
		past := low == "last" || low == "past"
		switch {
		case low == "next":
			return datePhrase{}, false
		case w == "week":
			if past {
				return at(dayRange(pub.AddDate(0, 0, -7), pub.AddDate(0, 0, -1)), k+1)
			}
			end := pub
			if low == "earlier" && pub.Weekday() != time.Monday {
				// earlier in the week than the story's own day
				end = pub.AddDate(0, 0, -1)
			}
			return at(dayRange(pub.AddDate(0, 0, -int(pub.Weekday()+6)%7), end), k+1)
		case w == "month":
			if past {
				p := pub.AddDate(0, 0, -pub.Day())
				return at(monthDate(p.Year(), p.Month()), k+1)
			}
			return at(monthDate(pub.Year(), pub.Month()), k+1)
		case w == "year":
			if past {
				return at(yearDate(pub.Year()-1), k+1)
			}
			return at(yearDate(pub.Year()), k+1)
		}
		if wd, ok := weekdays[w]; ok {
			return at(day(lastWeekday(pub, wd, true)), k+1)
		}
		if d, ok := season(w, past, low == "this", pub); ok {
			return at(d, k+1)
		}
		if m, ok := monthOf(toks[k]); ok {
			y := latestMonth(m, pub)
			if low == "last" && m == pub.Month() {
				y--
			}
			if low == "this" || low == "earlier" {
				y = pub.Year()
			}
			return at(monthDate(y, m), k+1)
		}
		return datePhrase{}, false
	}
	// "a week later", "two days earlier", "days later", "the next day"
	if n, unit, k, ok := relativeSpan(toks, i); ok {
		base := prev
		if base.IsZero() {
			if pub.IsZero() {
				return datePhrase{}, false
			}
			base = day(pub)
		}
		dir := toks[k].low
		var d parity.Date
		switch {
		case dir == "ago":
			if pub.IsZero() {
				return datePhrase{}, false
			}
			at := pub.AddDate(0, 0, -n*unitDays[unit])
			switch unit {
			case "year", "years":
				d = yearDate(at.Year())
				// "Fifty years ago today", "ten years ago this week": an anniversary
				// dates the day (or week, or month) as well as the year
				if e, a := anniversary(toks, k+1, pub.AddDate(-n, 0, 0)); e > k+1 {
					return datePhrase{date: a, start: i, end: e}, true
				}
			case "month", "months":
				d = monthDate(at.Year(), at.Month())
			default:
				d = day(at)
			}
		case n == 0: // "days earlier": between one and six days
			if dir == "earlier" || dir == "before" {
				d = dayRange(base.Start.AddDate(0, 0, -6*unitDays[unit]), base.Start.AddDate(0, 0, -1))
			} else {
				d = dayRange(base.End.AddDate(0, 0, 1), base.End.AddDate(0, 0, 6*unitDays[unit]))
			}
		case unitYears[unit] > 0 && (dir == "earlier" || dir == "before"):
			d = yearDate(base.Start.Year() - n*unitYears[unit])
		case unitYears[unit] > 0:
			d = yearDate(base.End.Year() + n*unitYears[unit])
		case base.Precision != parity.Day && unitDays[unit] < 30:
			// "In September 2008 ... a day earlier": days counted from a month are
			// still that month, as far as the text tells
			d = base
		case dir == "earlier" || dir == "before":
			d = day(base.Start.AddDate(0, 0, -n*unitDays[unit]))
		default:
			d = day(base.End.AddDate(0, 0, n*unitDays[unit]))
		}
		if d.Precision == parity.Day && d.Start.Equal(d.End) && (unit == "month" || unit == "months") {
			d = monthDate(d.Start.Year(), d.Start.Month())
		}
		// "ordered the closure, days after switching recognition", "Four days after
		// the two swapped prisoners, Ghana told ...", with nothing dated before:
		// counted from the publication the act would lie ahead of it, so the phrase
		// dates only what it counts from
		if prev.IsZero() && (dir == "after" || dir == "later") && !pub.IsZero() && d.Start.After(pub) {
			return datePhrase{}, false
		}
		// "Italy and Eritrea resume relations, eight months after the expulsions",
		// under a line dated June 2002: a span counted from a month or a year that
		// already dates the sentence's line ends the phrase with an event, not a date
		// (not "24 years after the last American personnel had left": a clause
		// counts from its own act)
		if (dir == "after" || dir == "before") && !prev.IsZero() && prev.Precision != parity.Day && unitDays[unit] >= 28 && k+2 < len(toks) && toks[k+1].low == "the" && !toks[k+2].upper && shortNounPhrase(toks, k+2) {
			return datePhrase{}, false
		}
		p := datePhrase{date: d, start: i, end: k + 1, relative: dir != "ago"}
		if n > 0 && unitYears[unit] == 0 && (dir == "after" || dir == "before") {
			sign := 1
			if dir == "after" {
				sign = -1
			}
			p.back = day(base.Start.AddDate(0, 0, sign*n*unitDays[unit]))
			switch {
			case unit == "month" || unit == "months":
				p.back = monthDate(p.back.Start.Year(), p.back.Start.Month())
			case base.Precision != parity.Day && unitDays[unit] < 30:
				// ("in September 2008 ..., a day after Morales had ordered": still
				// that month, as far as the text tells)
				p.back = base
			}
		}
		// "restored relations on Monday, a year after Mogadishu cut them": the year
		// of the act counted from
		if n > 0 && unitYears[unit] > 0 && (dir == "after" || dir == "before") {
			sign := 1
			if dir == "after" {
				sign = -1
			}
			p.back = yearDate(base.Start.Year() + sign*n*unitYears[unit])
		}
		return p, true
	}
	if wd, ok := weekdays[low]; ok && t.upper {
		if pub.IsZero() {
			return datePhrase{}, false
		}
		// "on his Sunday broadcast", "the imam's Friday sermon": a weekly habit, no day
		if i > 0 && (possessivePronoun(toks[i-1].low) || toks[i-1].low == "'s") {
			return datePhrase{}, false
		}
		// "fury over Monday's deadly commando raid": the day of an event the act
		// answers, when an event noun follows within a few words
		if i+1 < len(toks) && toks[i+1].low == "'s" && i > 0 && (toks[i-1].low == "over" || toks[i-1].low == "after" || toks[i-1].low == "following") {
			return datePhrase{}, false
		}
		// "Friday, March 29" : the explicit date that follows wins
		if next(1).low == "," {
			if p, ok := dateAt(toks, i+2, pub, prev); ok && p.date.Precision == parity.Day && !p.relative {
				p.start = i
				p.fitWeekday(wd, pub)
				return p, true
			}
		}
		// "began on Saturday, April 17 ... hit back on the Sunday": the weekday
		// after the day the story tells
		if i > 0 && toks[i-1].low == "the" && prev.Precision == parity.Day && !prev.Start.IsZero() {
			for n := 1; n <= 7; n++ {
				if d := prev.Start.AddDate(0, 0, n); d.Weekday() == wd && !d.After(pub) {
					return at(day(d), i+1)
				}
			}
		}
		// "on Thursday last week", "Thursday of last week": that weekday in the
		// week before publication's
		k := i + 1
		if next(1).low == "of" {
			k++
		}
		if k+1 < len(toks) && toks[k].low == "last" && toks[k+1].low == "week" {
			monday := pub.AddDate(0, 0, -(int(pub.Weekday())+6)%7)
			return at(day(monday.AddDate(0, 0, -7+(int(wd)+6)%7)), k+2)
		}
		return at(day(lastWeekday(pub, wd, false)), i+1)
	}
	if m, ok := monthOf(t); ok {
		// "March 26, 2018", "March 26", "March 2018", "March"
		if d, ok := dayOf(next(1)); ok || func() bool { d, ok = ordinalDay(next(1)); return ok }() {
			// "November 4-5, 2005": a span of days shares its month and year
			last, n := spanEnd(toks, i+2, d)
			o := 1 + n // the month and its days
			k := i + o
			y := 0
			if next(o).low == "," {
				if yy, ok := yearOf(next(o + 1)); ok {
					y, k = yy, i+o+2
				}
			} else if yy, ok := yearOf(next(o)); ok {
				y, k = yy, i+o+1
			}
			if yy, kk, ok := yearWord(toks, k, pub); ok && y == 0 {
				y, k = yy, kk
			}
			// "January 2 of that year"
			if y == 0 && k+2 < len(toks) && toks[k].low == "of" && toks[k+1].low == "that" && toks[k+2].low == "year" {
				if yy := yearBefore(toks, i, prev); yy != 0 {
					y, k = yy, k+3
				}
			}
			explicit := y != 0
			if y == 0 {
				if pub.IsZero() {
					return datePhrase{}, false
				}
				y = yearOfDay(toks, i, m, d, pub)
			}
			p, ok := at(dayRange(time.Date(y, m, d, 0, 0, 0, 0, time.UTC), time.Date(y, m, last, 0, 0, 0, 0, time.UTC)), k)
			p.explicit = explicit
			p.yearless = !explicit
			return p, ok
		}
		if y, ok := yearOf(next(1)); ok {
			p, ok := at(monthDate(y, m), i+2)
			p.explicit = true
			return p, ok
		}
		// "in March of that year", "in March that year": the year of the date before
		if y := yearBefore(toks, i, prev); y != 0 && (next(1).low == "that" && next(2).low == "year" || next(1).low == "of" && next(2).low == "that" && next(3).low == "year") {
			end := i + 3
			if next(1).low == "of" {
				end++
			}
			return datePhrase{date: monthDate(y, m), start: i, end: end, relative: true}, true
		}
		if next(1).low == "of" {
			if y, ok := yearOf(next(2)); ok {
				p, ok := at(monthDate(y, m), i+3)
				p.explicit = true
				return p, ok
			}
			// "in November of last year"
			if y, k, ok := yearWord(toks, i+2, pub); ok {
				return at(monthDate(y, m), k)
			}
		}
		if y, k, ok := yearWord(toks, i+1, pub); ok {
			return at(monthDate(y, m), k)
		}
		if y := latestMonth(m, pub); y != 0 {
			p, ok := at(monthDate(y, m), i+1)
			p.yearless = true
			return p, ok
		}
		return datePhrase{}, false
	}
	// "26 March 2018", "26 March", "4-5 November 2005"
	if d, ok := dayOf(t); ok {
		last, o := spanEnd(toks, i+1, d)
		if m, ok := monthOf(next(o)); ok {
			span := func(y int) parity.Date {
				return dayRange(time.Date(y, m, d, 0, 0, 0, 0, time.UTC), time.Date(y, m, last, 0, 0, 0, 0, time.UTC))
			}
			if y, ok := yearOf(next(o + 1)); ok {
				p, ok := at(span(y), i+o+2)
				p.explicit = true
				return p, ok
			}
			if !pub.IsZero() {
				y := yearOfDay(toks, i, m, d, pub)
				p, ok := at(span(y), i+o+1)
				p.yearless = true
				return p, ok
			}
		}
	}
	if y, ok := yearOf(t); ok {
		// a year dates the sentence after a preposition ("in 2018", "by 2017"); "the 2018
		// attack" names another event
		// ("1984 - The year the first crack appeared.": a timeline entry's year)
		entry := i == 0 && len(toks) > 1 && entryMark(toks[1].low)
		if !entry && (i == 0 || !yearPrepositions[toks[i-1].low]) || instrumentYear(toks, i) {
			return datePhrase{}, false
		}
		p, ok := at(yearDate(y), i+1)
		p.explicit = true
		return p, ok
	}
	return datePhrase{}, false
}

// spanEnd reads the second day of a span of days ("4-5", "4–5") from the hyphen at k
// after the first day d: it returns the last day and the number of tokens the days
// take, or d and 1 when no span follows.
func spanEnd(toks []token, k, d int) (int, int) {
	if k+1 < len(toks) && toks[k].low == "-" {
		if e, ok := dayOf(toks[k+1]); ok && e > d {
			return e, 3
		}
	}
	return d, 1
}

// instrumentYear reports whether the year at i names a treaty or law rather than
// dates an act: "citing the Vienna conventions of 1961 and 1963".
func instrumentYear(toks []token, i int) bool {
	k := i - 1
	for k >= 2 && (toks[k].low == "and" || toks[k].low == ",") {
		if _, ok := yearOf(toks[k-1]); !ok {
			return false
		}
		k -= 2
	}
	return k >= 1 && toks[k].low == "of" && instruments[toks[k-1].low]
}

// instruments are the nouns of treaties and laws, which a year after "of" names.
var instruments = map[string]bool{"convention": true, "conventions": true, "treaty": true, "treaties": true, "accord": true, "accords": true, "act": true, "law": true, "charter": true, "protocol": true, "pact": true}

// monthSteps say which way "the previous March" and "the following May" count.
var monthSteps = map[string]int{"previous": -1, "preceding": -1, "following": 1, "next": 1}

var yearPrepositions = map[string]bool{"in": true, "since": true, "by": true, "during": true, "until": true, "till": true, "from": true, "of": true, "early": true, "late": true, "mid": true, "mid-": true, ",": true, "(": true, "through": true, "throughout": true, "before": true, "after": true, "around": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "year": true, "and": true, "to": true, "-": true}

// relativeSpan reads "a week later", "two days earlier", "days later", "three years
// ago": the count (0 for a bare plural), the unit and the index of the direction word.
func relativeSpan(toks []token, i int) (int, string, int, bool) {
	n := 0
	k := i
	// ("about 24 hours after": the hedge changes nothing at a day's precision)
	if i+1 < len(toks) && (toks[i].low == "about" || toks[i].low == "some" || toks[i].low == "roughly" || toks[i].low == "nearly" || toks[i].low == "almost") && toks[i+1].num {
		if n, unit, k, ok := relativeSpan(toks, i+1); ok {
			return n, unit, k, true
		}
	}
	switch w := toks[i].low; {
	case w == "a" || w == "an" || w == "one":
		n, k = 1, i+1
	case toks[i].num:
		v, err := strconv.Atoi(toks[i].text)
		if err != nil || v > 100 {
			return 0, "", 0, false
		}
		n, k = v, i+1
	default:
		if v, ok := smallNumbers[w]; ok {
			n, k = v, i+1
		} else if tens, unit, ok := strings.Cut(w, "-"); ok && smallNumbers[tens] >= 20 && smallNumbers[unit] > 0 && smallNumbers[unit] < 10 {
			// "twenty-four hours later"
			n, k = smallNumbers[tens]+smallNumbers[unit], i+1
		}
	}
	if k >= len(toks) {
		return 0, "", 0, false
	}
	unit := toks[k].low
	// "24 hours after", "48 hours earlier": whole days
	if unit == "hours" && n >= 24 && k+1 < len(toks) {
		n, unit = (n+12)/24, "days"
	}
	if _, ok := unitDays[unit]; !ok {
		return 0, "", 0, false
	}
	if n == 0 && (unit == "day" || unit == "week" || unit == "month" || unit == "year" || unit == "decade") {
		return 0, "", 0, false
	}
	if k+1 >= len(toks) {
		return 0, "", 0, false
	}
	switch toks[k+1].low {
	case "later", "after", "earlier", "before", "ago":
		return n, unit, k + 1, true
	}
	return 0, "", 0, false
}

// anniversary reads what follows "N years ago" at k: "today", "to the day", "this
// week", "this month". It returns where the phrase ends (k when nothing follows) and
// the date it names, on, around or in then, the day N years before publication.
func anniversary(toks []token, k int, then time.Time) (int, parity.Date) {
	switch {
	case k < len(toks) && toks[k].low == "today":
		return k + 1, day(then)
	case k+2 < len(toks) && toks[k].low == "to" && toks[k+1].low == "the" && toks[k+2].low == "day":
		return k + 3, day(then)
	case k+1 < len(toks) && toks[k].low == "this" && toks[k+1].low == "week":
		return k + 2, dayRange(then.AddDate(0, 0, -6), then)
	case k+1 < len(toks) && toks[k].low == "this" && toks[k+1].low == "month":
		return k + 2, monthDate(then.Year(), then.Month())
	}
	return k, parity.Date{}
}

// shortNounPhrase reports whether the words from k to the next punctuation mark or
// the sentence's end are a short noun phrase: "the expulsions.", "the break,".
func shortNounPhrase(toks []token, k int) bool {
	for j := k; j < min(len(toks), k+4); j++ {
		if toks[j].punct {
			return true
		}
	}
	return len(toks) <= k+4
}

// yearWord reads "last year" or "this year" at k, after a month or a day ("on
// February 22 last year"): the year, counted from the publication date.
func yearWord(toks []token, k int, pub time.Time) (int, int, bool) {
	if pub.IsZero() || k+1 >= len(toks) || toks[k+1].low != "year" {
		return 0, 0, false
	}
	switch toks[k].low {
	case "last":
		return pub.Year() - 1, k + 2, true
	case "this":
		return pub.Year(), k + 2, true
	}
	return 0, 0, false
}

var smallNumbers = map[string]int{"one": 1, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 0, "a few": 0}

// lastWeekday is the latest day with weekday wd on or before pub ("on Monday" in a
// Wednesday article); strictly before when strict ("last Monday").
func lastWeekday(pub time.Time, wd time.Weekday, strict bool) time.Time {
	d := int(pub.Weekday()-wd+7) % 7
	if d == 0 && strict {
		d = 7
	}
	return pub.AddDate(0, 0, -d)
}

// weekdayName reports whether w (lower case) names a day of the week.
func weekdayName(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// partOfDay are the words that name the day just told or a part of it.
var partOfDay = map[string]bool{"day": true, "evening": true, "afternoon": true, "morning": true, "night": true}

// sameDay returns the length of a phrase that puts an act on the day of the date just
// before it ("the same day", "that day", "later that day", "shortly afterwards",
// "hours later"), or 0.
func sameDay(toks []token, i int) int {
	w := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].low
		}
		return ""
	}
	switch w(0) {
	case "the", "that":
		// "the same day", "that same evening", "that afternoon"
		if w(1) == "same" && partOfDay[w(2)] {
			return 3
		}
		if w(0) == "that" && partOfDay[w(1)] {
			return 2
		}
		// "by the end of the same Monday", "that same Tuesday": the day just told
		if w(1) == "same" && weekdayName(w(2)) {
			return 3
		}
	case "later", "earlier":
		if w(1) == "that" && w(2) == "day" {
			return 3
		}
		if w(1) == "the" && w(2) == "same" && w(3) == "day" {
			return 4
		}
	case "shortly", "soon":
		if w(1) == "afterwards" || w(1) == "afterward" || w(1) == "thereafter" {
			return 2
		}
	case "hours", "minutes":
		if w(1) == "later" || w(1) == "earlier" {
			return 2
		}
	case "within":
		if w(1) == "hours" {
			return 2
		}
		if w(1) == "an" && w(2) == "hour" {
			return 3
		}
	}
	return 0
}

// sameTime returns the length of "at (about) the same time", "around the same time",
// or 0.
func sameTime(toks []token, i int) int {
	j := i
	if j < len(toks) && (toks[j].low == "at" || toks[j].low == "around") {
		j++
	} else {
		return 0
	}
	if j < len(toks) && toks[i].low == "at" && (toks[j].low == "about" || toks[j].low == "around" || toks[j].low == "roughly" || toks[j].low == "much") {
		j++
	}
	if matchWords(toks, j, []string{"the", "same", "time"}) {
		return j + 3 - i
	}
	return 0
}

// sameWeekPhrases put an act in the week of the day just told.
var sameWeekPhrases = [][]string{{"that", "same", "week"}, {"the", "same", "week"}, {"later", "that", "week"}, {"earlier", "that", "week"}, {"that", "week"}}

// sameWeek returns the length of a phrase that puts an act in the week of the day
// just told ("that same week", "the same week", "later that week"), or 0.
func sameWeek(toks []token, i int) int {
	for _, p := range sameWeekPhrases {
		if matchWords(toks, i, p) {
			return len(p)
		}
	}
	return 0
}

// unitAfter reads a year or a month named from the date before it: "that year", "the
// same month", "later that month" (offset 0), "the following year", "the next month"
// (+1), "the previous year", "the month before" (-1). It returns the phrase's length
// and offset.
func unitAfter(toks []token, i int, unit string) (int, int) {
	w := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].low
		}
		return ""
	}
	switch {
	case (w(0) == "later" || w(0) == "earlier") && w(1) == "that" && w(2) == unit:
		return 3, 0
	case w(0) == "that" && w(1) == unit:
		return 2, 0
	case w(0) == "the" && w(1) == "same" && w(2) == unit:
		return 3, 0
	case w(0) == "the" && (w(1) == "following" || w(1) == "next") && w(2) == unit:
		return 3, 1
	case w(0) == "the" && w(1) == "previous" && w(2) == unit, w(0) == "the" && w(1) == unit && w(2) == "before":
		return 3, -1
	}
	return 0, 0
}

// yearBefore is the year "that year" refers to: the last year the sentence names
// before i, as a date or as an adjective ("the 2018 attack ... in March of that
// year"), else the year of the story's last date; 0 when there is none.
func yearBefore(toks []token, i int, prev parity.Date) int {
	for k := i - 1; k >= 0; k-- {
		if y, ok := yearOf(toks[k]); ok {
			return y
		}
	}
	if prev.IsZero() {
		return 0
	}
	return prev.Start.Year()
}

// dayPart reports whether the word names a part of a day: "the next morning".
func dayPart(w string) bool {
	return w == "morning" || w == "afternoon" || w == "evening" || w == "night"
}
