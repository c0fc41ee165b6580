package news

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"strings"
)

//go:embed boilerplate.txt
var defaultRules string

// minTailWords is how many words of text a "tail" rule needs above its match before it
// cuts: footers come after an article, and a short teaser matching "Related" near the
// top must not delete the report.
const minTailWords = 50

// Cleaner strips boilerplate from article text by rules kept as data (see
// boilerplate.txt). A Cleaner is safe for concurrent use.
type Cleaner struct {
	line []*regexp.Regexp
	tail []*regexp.Regexp
}

// DefaultCleaner returns a Cleaner with the rules embedded in boilerplate.txt. The
// embedded file is checked by the tests, so an error here is a build defect.
func DefaultCleaner() (*Cleaner, error) {
	return NewCleaner(strings.NewReader(defaultRules), "boilerplate.txt")
}

// NewCleaner reads rules in the format of boilerplate.txt; name is used in errors.
func NewCleaner(rules io.Reader, name string) (*Cleaner, error) {
	c := &Cleaner{}
	sc := bufio.NewScanner(rules)
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		kind, pattern, ok := strings.Cut(text, " ")
		pattern = strings.TrimSpace(pattern)
		if !ok || pattern == "" {
			return nil, fmt.Errorf("%s:%d: want KIND PATTERN, got %q", name, n, text)
		}
		// Rules are matched against the lower-cased paragraph, so they are written in
		// lower case (escapes such as \S keep their case); without (?i) they match
		// about a third faster.
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		switch kind {
		case "line":
			c.line = append(c.line, re)
		case "tail":
			c.tail = append(c.tail, re)
		default:
			return nil, fmt.Errorf("%s:%d: unknown rule kind %q (line or tail)", name, n, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

// Clean returns text without boilerplate: whitespace normalised, one paragraph per
// line of input, paragraphs separated by a blank line, lines matching a rule dropped,
// the text cut at a footer, and exact repeats of a paragraph dropped (scraped pages
// repeat headlines and captions).
func (c *Cleaner) Clean(text string) string {
	paras := Paragraphs(text)
	kept := make([]string, 0, len(paras))
	seen := make(map[string]bool, len(paras))
	words := 0
	for _, p := range paras {
		lower := strings.ToLower(p)
		if words >= minTailWords && matchAny(c.tail, lower) {
			break
		}
		if seen[p] || matchAny(c.line, lower) {
			continue
		}
		seen[p] = true
		kept = append(kept, p)
		words += len(strings.Fields(p))
	}
	return strings.Join(kept, "\n\n")
}

// Paragraphs splits text into trimmed, non-empty lines with runs of white space
// (including no-break and zero-width spaces) folded to one space.
func Paragraphs(text string) []string {
	// Old Mac and Windows line ends become newlines, so each is one paragraph.
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	var out []string
	for line := range strings.Lines(text) {
		if p := foldSpace(line); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// foldSpace trims s and folds every run of white space in it to a single space.
func foldSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000':
			space = b.Len() > 0
			continue
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// matchAny reports whether any of res matches s.
func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}
