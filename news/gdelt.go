package news

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"parity"
)

// DiplomaticCAMEO returns the CAMEO event codes whose GDELT rows are kept, and why:
//
//   - 160 "reduce relations, not specified": GDELT codes many expulsions here when the
//     article does not say more.
//   - 161 "reduce or break diplomatic relations": recalling an ambassador, expelling
//     diplomats, closing an embassy — the core of the ledger.
//   - 166 "expel or withdraw, not specified": expelling or pulling out foreign
//     personnel, diplomats included.
//   - 1662 "expel or withdraw inspectors, observers": monitoring missions (OSCE, UN)
//     are diplomatic presence too. 1661 (peacekeepers) and 1663 (aid agencies) are
//     military and humanitarian, so they are left out.
//   - 054 "grant diplomatic recognition": the code CAMEO gives to establishing or
//     restoring diplomatic relations, the reverse of 161.
//
// The other root-16 codes (aid cuts 162x, sanctions 163x, halted talks 164, halted
// mediation 165) are about other relations than presence and are not kept.
func DiplomaticCAMEO() []string { return []string{"054", "160", "161", "166", "1662"} }

// GDELT column positions (0-based) shared by GDELT 1.0 and 2.0; they differ only after
// the Actor1 geography, where 2.0 adds three ADM2 columns.
const (
	gdeltColID         = 0
	gdeltColSQLDate    = 1
	gdeltColActor1Name = 6
	gdeltColActor1CC   = 7
	gdeltColActor2Name = 16
	gdeltColActor2CC   = 17
	gdeltColEventCode  = 26
	gdeltColRootCode   = 28
)

// maxGDELTLine bounds one row: real rows are under 2 KB, so a longer line is damage,
// not data, and is reported rather than held in memory.
const maxGDELTLine = 64 << 10

// LineError is a problem with one line of a tab-separated file.
type LineError struct {
	Name  string // file name
	Line  int    // 1-based line number
	Field string // column at fault, empty when the whole row is
	Err   error
}

// Error names the file, the line and the field.
func (e *LineError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.Name, e.Line, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// GDELTStats counts what ReadGDELT saw, for the per-file summary of an ingest.
type GDELTStats struct {
	Rows    int // lines read, blank ones excepted
	Kept    int // rows with a diplomatic CAMEO code
	Skipped int // malformed rows
}

// ReadGDELT reads a GDELT 2.0 event export (61 tab-separated columns) or a GDELT 1.0
// event file (58 columns, or 57 in the back-files that lack SOURCEURL), one row at a
// time, and returns the rows whose EventCode is one of DiplomaticCAMEO. Malformed rows are
// skipped and reported as LineErrors joined in the error; the events returned are
// good whatever the error.
func ReadGDELT(r io.Reader, name string) ([]GDELTEvent, GDELTStats, error) {
	keep := make(map[string]bool)
	for _, c := range DiplomaticCAMEO() {
		keep[c] = true
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		events []GDELTEvent
		errs   []error
		stats  GDELTStats
	)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxGDELTLine)
		if err != nil && err != io.EOF {
			return events, stats, errors.Join(append(errs, fmt.Errorf("%s:%d: read: %w", name, n, err))...)
		}
		if tooLong {
			stats.Rows++
			stats.Skipped++
			errs = append(errs, &LineError{Name: name, Line: n, Err: fmt.Errorf("line longer than %d bytes", maxGDELTLine)})
		} else if strings.TrimSpace(line) != "" {
			stats.Rows++
			ev, ok, perr := parseGDELTRow(line, name, n, keep)
			switch {
			case perr != nil:
				stats.Skipped++
				errs = append(errs, perr)
			case ok:
				stats.Kept++
				events = append(events, ev)
			}
		}
		if err == io.EOF {
			break
		}
	}
	return events, stats, errors.Join(errs...)
}

// readLine returns the next line without its end, reading past (and reporting) a
// line longer than limit instead of buffering it.
func readLine(br *bufio.Reader, limit int) (line string, tooLong bool, err error) {
	var b strings.Builder
	for {
		chunk, isPrefix, err := br.ReadLine()
		if !tooLong {
			if b.Len()+len(chunk) > limit {
				tooLong = true
				b.Reset()
			} else {
				b.Write(chunk)
			}
		}
		if err != nil || !isPrefix {
			return b.String(), tooLong, err
		}
	}
}

// parseGDELTRow parses one row; ok is false for a well-formed row that is not kept.
func parseGDELTRow(line, name string, n int, keep map[string]bool) (GDELTEvent, bool, error) {
	cols := strings.Split(strings.TrimRight(line, "\r"), "\t")
	ev := GDELTEvent{Name: name, Line: n, ColumnCount: len(cols)}
	var addedCol, urlCol int
	switch len(cols) {
	case 61:
		ev.Version, addedCol, urlCol = 2, 59, 60
	case 58:
		ev.Version, addedCol, urlCol = 1, 56, 57
	case 57:
		ev.Version, addedCol, urlCol = 1, 56, -1
	default:
		return ev, false, &LineError{Name: name, Line: n, Err: fmt.Errorf("%d tab-separated columns, want 61 (GDELT 2.0) or 57/58 (GDELT 1.0)", len(cols))}
	}
	ev.EventCode = strings.TrimSpace(cols[gdeltColEventCode])
	if ev.EventCode == "" {
		return ev, false, &LineError{Name: name, Line: n, Field: "EventCode", Err: errors.New("empty")}
	}
	if !keep[ev.EventCode] {
		return ev, false, nil
	}
	id, err := strconv.ParseInt(strings.TrimSpace(cols[gdeltColID]), 10, 64)
	if err != nil {
		return ev, false, &LineError{Name: name, Line: n, Field: "GLOBALEVENTID", Err: fmt.Errorf("%q is not a number", cols[gdeltColID])}
	}
	ev.ID = id
	day, err := time.Parse("20060102", strings.TrimSpace(cols[gdeltColSQLDate]))
	if err != nil || day.Year() < 1800 || day.Year() > 2100 {
		return ev, false, &LineError{Name: name, Line: n, Field: "SQLDATE", Err: fmt.Errorf("%q is not a YYYYMMDD date", cols[gdeltColSQLDate])}
	}
	ev.Date = parity.DayDate(day.Year(), day.Month(), day.Day())
	added := strings.TrimSpace(cols[addedCol])
	layout := "20060102150405"
	if len(added) == 8 {
		layout = "20060102"
	}
	if ev.Added, err = time.Parse(layout, added); err != nil {
		return ev, false, &LineError{Name: name, Line: n, Field: "DATEADDED", Err: fmt.Errorf("%q is not YYYYMMDD[HHMMSS]", added)}
	}
	ev.Actor1 = strings.TrimSpace(cols[gdeltColActor1CC])
	ev.Actor2 = strings.TrimSpace(cols[gdeltColActor2CC])
	ev.Actor1Name = strings.TrimSpace(cols[gdeltColActor1Name])
	ev.Actor2Name = strings.TrimSpace(cols[gdeltColActor2Name])
	ev.RootCode = strings.TrimSpace(cols[gdeltColRootCode])
	if urlCol >= 0 {
		ev.SourceURL = strings.TrimSpace(cols[urlCol])
	}
	return ev, true, nil
}
