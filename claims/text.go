package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, a number or a punctuation mark of a sentence, with its byte span in
// the body. low is the lower-cased text, kept once so that rules compare strings.
type token struct {
	text, low  string
	start, end int
	upper      bool // starts with an upper-case letter
	num        bool // digits, possibly with thousands separators or a decimal point
	punct      bool
}

// span is a sentence: its byte range in the body and the paragraph it belongs to.
type span struct {
	start, end int
	para       int
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "lt": true,
	"st": true, "sen": true, "rep": true, "gov": true, "prof": true, "sgt": true, "capt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "vs": true,
	"u.s": true, "u.k": true, "u.n": true, "d.c": true, "e.g": true, "i.e": true, "etc": true,
	"inc": true, "corp": true, "co": true, "jr": true, "sr": true, "amb": true, "min": true,
}

// sentences splits a body into sentences. A sentence ends at ".", "!" or "?" followed
// by a space and an upper-case letter, a digit or a quote, unless the word before the
// stop is an abbreviation or a single capital (an initial); a blank line always ends
// one. Offsets are bytes of body.
func sentences(body string) []span {
	var out []span
	para, start := 0, 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(body[s]) {
			s++
		}
		for e > s && isSpace(body[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e, para})
		}
		start = end
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\n' && i+1 < len(body) && body[i+1] == '\n' {
			emit(i)
			para++
			for i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
			continue
		}
		// an item of a list on the next line is a sentence (and paragraph) of its own,
		// as it is when blank lines part the items
		if c == '\n' && bulletAt(body, i+1) {
			emit(i)
			para++
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// (the number of an item: "1. Rome, Italy" is one sentence)
		if k := itemNumberStart(body, i); c == '.' && k >= 0 && numberedAt(body[k:]) == i-k {
			continue
		}
		j := i + 1
		for j < len(body) && (body[j] == '"' || body[j] == '\'' || body[j] == ')') {
			j++
		}
		if j < len(body) && (body[j] == 0xE2) { // closing curly quote
			r, n := utf8.DecodeRuneInString(body[j:])
			if r == '”' || r == '’' {
				j += n
			}
		}
		if j >= len(body) {
			continue
		}
		if body[j] != ' ' && body[j] != '\n' {
			continue
		}
		k := j
		for k < len(body) && body[k] == ' ' {
			k++
		}
		if k < len(body) && body[k] != '\n' {
			r, _ := utf8.DecodeRuneInString(body[k:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '‘' && r != '\'' {
				continue
			}
		}
		if c == '.' && abbreviationBefore(body, i) {
			continue
		}
		emit(j)
	}
	emit(len(body))
	return out
}

// bulletAt reports whether a list item's marker ("- ", "• ", "* ") starts at i.
func bulletAt(body string, i int) bool {
	rest := body[i:]
	return strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "• ") || strings.HasPrefix(rest, "* ") || numberedAt(rest) > 0
}

// numberedAt returns the length of the number that opens a numbered item of a list
// ("1. Rome, Italy", "12) Doha"), without its mark, or 0.
func numberedAt(s string) int {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || n+1 >= len(s) || s[n] != '.' && s[n] != ')' || s[n+1] != ' ' {
		return 0
	}
	return n
}

// bulleted reports whether a sentence is an item of a list: it opens with a marker.
func bulleted(sentence string) bool {
	return strings.HasPrefix(sentence, "-") || strings.HasPrefix(sentence, "•") || strings.HasPrefix(sentence, "*") || numberedAt(sentence) > 0
}

// abbreviationBefore reports whether the full stop at i ends an abbreviation or an
// initial rather than a sentence.
func abbreviationBefore(body string, i int) bool {
	w := i
	for w > 0 && (isWordByte(body[w-1]) || body[w-1] == '.') {
		w--
	}
	word := strings.ToLower(body[w:i])
	// "No. 10" abbreviates a number (so "no" is not in the list); "No. In December
	// ..." answers a question
	if word == "no" {
		k := i + 1
		for k < len(body) && body[k] == ' ' {
			k++
		}
		return k < len(body) && body[k] >= '0' && body[k] <= '9'
	}
	if abbreviations[word] {
		return true
	}
	if len(word) == 1 && body[w] >= 'A' && body[w] <= 'Z' {
		return true
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// tokenize splits s (which starts at byte off of the body) into tokens. A word keeps
// inner apostrophes, hyphens and full stops of abbreviations ("U.S.", "non-grata",
// "Russia's" is split into "Russia" and "'s"); a number keeps its separators.
func tokenize(s string, off int, buf []token) []token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xA0:
			i += n
		case r < 0x80 && unicode.IsDigit(r):
			j := i
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			// "2,000-strong", "72-hour": the number ends at the hyphen.
			toks = append(toks, token{text: s[i:j], low: s[i:j], start: off + i, end: off + j, num: true})
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '.') && j+1 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+1:])
					if unicode.IsLetter(r3) && (r2 == '-' || isAbbrevDot(s, i, j)) {
						j += n2
						continue
					}
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					// "d'Orsay", "d'affaires" keep the apostrophe; "Russia's" does not.
					if unicode.IsLetter(r3) && !(r3 == 's' && (j+n2+1 == len(s) || !isLetterAt(s, j+n2+1))) {
						j += n2
						continue
					}
				}
				break
			}
			// "U.S." keeps its final full stop when it abbreviates.
			if j < len(s) && s[j] == '.' && isAbbrevDot(s, i, j) {
				j++
			}
			w := s[i:j]
			low := strings.ToLower(w)
			if len(low) > 6 && strings.HasPrefix(low, "charge") {
				if v, ok := spellings[low]; ok {
					low = v
				}
			}
			toks = append(toks, token{text: w, low: low, start: off + i, end: off + j, upper: unicode.IsUpper(r)})
			i = j
		case (r == '\'' || r == '’') && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && (i+n+1 == len(s) || !isLetterAt(s, i+n+1)):
			toks = append(toks, token{text: s[i : i+n+1], low: "'s", start: off + i, end: off + i + n + 1})
			i += n + 1
		default:
			p := string(r)
			switch r {
			case '—', '–':
				p = "-"
			case '“', '”', '«', '»':
				p = "\""
			case '‘', '’':
				p = "'"
			}
			toks = append(toks, token{text: s[i : i+n], low: p, start: off + i, end: off + i + n, punct: true})
			i += n
		}
	}
	return toks
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isAbbrevDot reports whether the full stop at j inside the word starting at i belongs
// to an abbreviation of single letters ("U.S.", "D.C.").
func isAbbrevDot(s string, i, j int) bool {
	seg := s[i:j]
	parts := strings.Split(seg, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// possessivePronoun reports whether w is a pronoun that owns the noun after it.
func possessivePronoun(w string) bool {
	return w == "its" || w == "their" || w == "his" || w == "her"
}

// spellings folds variant spellings onto the one the lexicon and rules use: a woman
// who heads a mission is a "chargée d'affaires", written "chargee" without accents.
var spellings = map[string]string{"chargée": "charge", "chargee": "charge"}

// itemNumberStart returns where the line holding i begins when only digits, at most
// two, stand between it and i (the number of a list's item), or -1.
func itemNumberStart(body string, i int) int {
	k := i
	for k > 0 && i-k < 3 && body[k-1] >= '0' && body[k-1] <= '9' {
		k--
	}
	if k == i || k > 0 && body[k-1] != '\n' {
		return -1
	}
	return k
}
