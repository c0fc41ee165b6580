package parity

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxIDLength bounds record IDs: they appear in citations and URLs.
const MaxIDLength = 120

// checkID checks a record ID: the given prefix, then lower-case letters, digits and
// hyphens. IDs are chosen by people ("m-2018-03-26-usa-rus-expel") so that a
// citation of a parity record stays readable and stable across databases.
func checkID(id, prefix string) error {
	if id == "" {
		return &Error{Code: EINVALID, Field: "id", Message: "is required"}
	}
	if !strings.HasPrefix(id, prefix) || len(id) == len(prefix) {
		return &Error{Code: EINVALID, Record: id, Field: "id", Message: "must start with " + strconv.Quote(prefix)}
	}
	if len(id) > MaxIDLength {
		return &Error{Code: EINVALID, Record: id, Field: "id", Message: "is longer than " + itoa(MaxIDLength) + " characters"}
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return &Error{Code: EINVALID, Record: id, Field: "id", Message: "may hold only a-z, 0-9 and '-' (got " + strconv.QuoteRune(r) + ")"}
		}
	}
	return nil
}

// itoa is strconv.Itoa, short for the many field paths built here.
func itoa(i int) string { return strconv.Itoa(i) }

// IDPrefix returns the record type an ID's prefix announces, or "".
func IDPrefix(id string) RecordType {
	switch {
	case strings.HasPrefix(id, "ms-"):
		return TypeMission
	case strings.HasPrefix(id, "m-"):
		return TypeMeasure
	case strings.HasPrefix(id, "o-"):
		return TypeObservation
	case strings.HasPrefix(id, "a-"):
		return TypeAssessment
	case strings.HasPrefix(id, "st-"):
		return TypeSite
	case strings.HasPrefix(id, "s-"):
		return TypeSource
	}
	return ""
}

// Slug turns free text into an ID fragment: "St Petersburg" → "st-petersburg",
// "Gdańsk" → "gdansk". Letters with diacritics lose them; other characters become
// hyphens.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range FoldAccents(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// FoldAccents writes a text without its diacritics, keeping the case: "Bogotá" →
// "Bogota", "Łódź" → "Lodz". News copy in English often drops them.
func FoldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent of the previous letter
		}
		if folded, ok := foldRunes[unicode.ToLower(r)]; ok {
			if unicode.IsUpper(r) {
				folded = strings.ToUpper(folded[:1]) + folded[1:]
			}
			b.WriteString(folded)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldRunes are letters that Unicode does not decompose into a base and an accent.
var foldRunes = map[rune]string{'ł': "l", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ß': "ss", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i"}
