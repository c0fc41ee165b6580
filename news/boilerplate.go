package news

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
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
	line []rule
	tail []rule
}

// rule is a compiled pattern with the literals one of which any match must contain:
// a paragraph holding none of them is skipped without running the pattern, which
// saves most of the cleaning time on long paragraphs of body text.
type rule struct {
	re     *regexp.Regexp
	needs  []string // empty: no literal is required, always run the pattern
	maxLen int      // for a pattern anchored at both ends: the longest text it matches, in bytes; -1 when unbounded
	starts []string // for a pattern anchored at the start: literals one of which the text starts with
}

// newRule compiles a pattern and works out its required literals.
func newRule(pattern string) (rule, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return rule{}, err
	}
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return rule{}, err
	}
	needs, ok := required(tree.Simplify())
	if !ok {
		needs = nil
	}
	r := rule{re: re, needs: needs, maxLen: -1}
	simple := tree.Simplify()
	if n, ok := anchoredMax(simple); ok {
		r.maxLen = n
	}
	if simple.Op == syntax.OpConcat && len(simple.Sub) >= 2 && simple.Sub[0].Op == syntax.OpBeginText {
		if lits, ok := leading(simple.Sub[1]); ok {
			r.starts = lits
		}
	}
	return r, nil
}

// leading returns the literals one of which any match of re starts with: the literal
// itself, or one per branch of an alternation of literals ("(next|previous) post").
func leading(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture:
		return leading(re.Sub[0])
	case syntax.OpConcat:
		return leading(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			lits, ok := leading(sub)
			if !ok {
				return nil, false
			}
			out = append(out, lits...)
		}
		return out, true
	}
	return nil, false
}

// anchoredMax returns the longest text, in bytes, that a pattern anchored at both ends
// ("^...$") can match; false when it is not anchored at both ends or unbounded.
func anchoredMax(re *syntax.Regexp) (int, bool) {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return 0, false
	}
	first, last := re.Sub[0].Op, re.Sub[len(re.Sub)-1].Op
	if (first != syntax.OpBeginText && first != syntax.OpBeginLine) || (last != syntax.OpEndText && last != syntax.OpEndLine) {
		return 0, false
	}
	return maxBytes(re)
}

// maxBytes is the longest text a pattern matches, in bytes; false when unbounded.
func maxBytes(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n, true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpCapture:
		return maxBytes(re.Sub[0])
	case syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return 0, false
		}
		n, ok := maxBytes(re.Sub[0])
		return n * re.Max, ok
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxBytes(sub)
			if !ok {
				return 0, false
			}
			total += n
		}
		return total, true
	case syntax.OpAlternate:
		longest := 0
		for _, sub := range re.Sub {
			n, ok := maxBytes(sub)
			if !ok {
				return 0, false
			}
			longest = max(longest, n)
		}
		return longest, true
	}
	return 0, false
}

// required returns literals of which every match of re contains one, and false when
// no such set is known (a class of characters, an optional part).
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				return nil, false
			}
			out = append(out, lits...)
		}
		return out, true
	case syntax.OpConcat:
		// the child whose shortest literal is longest filters best
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				continue
			}
			shortest := len(lits[0])
			for _, l := range lits {
				shortest = min(shortest, len(l))
			}
			if shortest > bestLen {
				best, bestLen = lits, shortest
			}
		}
		return best, best != nil
	}
	return nil, false
}

// match reports whether the rule matches the lower-cased paragraph.
func (r rule) match(s string) bool {
	if r.maxLen >= 0 && len(s) > r.maxLen {
		return false
	}
	if len(r.starts) > 0 {
		found := false
		for _, p := range r.starts {
			if strings.HasPrefix(s, p) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if len(r.needs) > 0 {
		found := false
		for _, n := range r.needs {
			if strings.Contains(s, n) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return r.re.MatchString(s)
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
		re, err := newRule(pattern)
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
	if plainSpaced(s) {
		return strings.TrimSpace(s)
	}
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

// plainSpaced reports whether s is ASCII with no white space to fold inside it: single
// spaces between words, so trimming its ends is all folding would do.
func plainSpaced(s string) bool {
	t := strings.TrimSpace(s)
	prevSpace := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	return true
}

// matchAny reports whether any of rules matches s.
func matchAny(rules []rule, s string) bool {
	for _, r := range rules {
		if r.match(s) {
			return true
		}
	}
	return false
}
