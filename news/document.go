package news

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"parity"
)

// Format names the kind of input a Document came from (the domain's type).
type Format = parity.DocumentFormat

// Formats of the inputs parity reads.
const (
	FormatText     = parity.FormatText
	FormatHTML     = parity.FormatHTML
	FormatRSS      = parity.FormatRSS
	FormatAtom     = parity.FormatAtom
	FormatJSONFeed = parity.FormatJSONFeed
	FormatGDELT    = parity.FormatGDELT
)

// Document is the domain's Document: this package fills everything but the cluster.
type Document = parity.Document

// GDELTEvent is one GDELT event row about diplomatic presence, kept as a lead: it
// becomes a low-confidence claim and its SourceURL a page to fetch.
type GDELTEvent struct {
	ID          int64       // GLOBALEVENTID
	Date        parity.Date // SQLDATE: the day the event is reported to have happened
	Added       time.Time   // DATEADDED: when GDELT recorded it (day only in GDELT 1.0)
	Actor1      string      // Actor1CountryCode, CAMEO 3-letter (e.g. RUS); may be empty
	Actor2      string      // Actor2CountryCode, CAMEO 3-letter; may be empty
	Actor1Name  string      // Actor1Name as GDELT wrote it
	Actor2Name  string      // Actor2Name as GDELT wrote it
	EventCode   string      // CAMEO EventCode with its leading zeros (e.g. "161")
	RootCode    string      // CAMEO EventRootCode (e.g. "16")
	SourceURL   string      // SOURCEURL; empty in GDELT 1.0 back-file rows
	Version     int         // 1 or 2: the GDELT file format the row came in
	Line        int         // line of the file, for error messages and provenance
	Name        string      // file name the row was read from
	ColumnCount int         // 57, 58 or 61
}

// ContentID returns the ID of a document with this cleaned body.
func ContentID(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:])
}

// dayOf returns the calendar day of t in its own time zone: a report stamped
// 23:30 -0300 was published that day where it was written, not the next day in UTC.
func dayOf(t time.Time) parity.Date {
	if t.IsZero() {
		return parity.Date{}
	}
	y, m, d := t.Date()
	if y < 1800 || y > 2100 {
		return parity.Date{}
	}
	return parity.DayDate(y, m, d)
}
