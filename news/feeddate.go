package news

import (
	"fmt"
	"strings"
	"time"
)

// feedDateLayouts are the date forms seen in feeds, after any weekday is removed and
// month names are put in English: RFC 822 and its variants, RFC 3339, and the bare
// forms of forums and CMSs that ignore both.
var feedDateLayouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04:05 MST",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04:05 MST",
	"2 Jan 2006",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05-0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"2006/1/2 15:04:05",
	"2006/1/2 15:04",
	"2006/1/2",
	"January 2, 2006",
	"Jan 2, 2006",
}

// foreignMonths maps month abbreviations of the languages seen in feeds to English;
// keys are lower case without a final period.
var foreignMonths = map[string]string{
	// Portuguese
	"fev": "Feb", "abr": "Apr", "mai": "May", "ago": "Aug", "set": "Sep", "out": "Oct", "dez": "Dec",
	// Spanish, Italian, French, German, Dutch
	"ene": "Jan", "dic": "Dec", "gen": "Jan", "mag": "May", "giu": "Jun", "lug": "Jul", "ott": "Oct",
	"janv": "Jan", "févr": "Feb", "fevr": "Feb", "mars": "Mar", "avr": "Apr", "juin": "Jun",
	"juil": "Jul", "août": "Aug", "aout": "Aug", "sept": "Sep", "déc": "Dec",
	"mär": "Mar", "märz": "Mar", "okt": "Oct", "mei": "May", "maart": "Mar",
}

// parseFeedDate parses the date of a feed item in any of the forms feeds use.
func parseFeedDate(s string) (time.Time, error) {
	s = foldSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	norm := normaliseDate(s)
	for _, layout := range feedDateLayouts {
		if t, err := time.Parse(layout, norm); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is in no known form", s)
}

// normaliseDate drops a leading weekday ("Seg," "Tue,") and puts month names in
// English, so that one list of layouts serves every language.
func normaliseDate(s string) string {
	if head, rest, ok := strings.Cut(s, ","); ok && isLetters(head) {
		s = strings.TrimSpace(rest)
	}
	fields := strings.Fields(s)
	for i, f := range fields {
		key := strings.ToLower(strings.TrimSuffix(f, "."))
		if en, ok := foreignMonths[key]; ok {
			fields[i] = en
		}
	}
	return strings.Join(fields, " ")
}

// isLetters reports whether s is a non-empty run of letters: a weekday name.
func isLetters(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0xC0) {
			return false
		}
	}
	return true
}
