package news

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"parity"
)

// headerLine matches a header line at the top of a plain-text document.
var headerLine = regexp.MustCompile(`(?i)^(date|title|url|outlet)\s*:\s*(.*)$`)

// bareDate matches the stray date that scrapers put before the first sentence
// (" date 2025-03-09 The Trump administration…"); the rest of the line is body text.
var bareDate = regexp.MustCompile(`(?i)^date\s*:?\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$`)

// maxTitleWords bounds a headline: a longer first line is the lede, not the title.
const maxTitleWords = 25

// Text reads a plain-text document: optional header lines (date:, title:, url:,
// outlet:) ended by a blank line, then the body. Without headers it takes a bare
// "date YYYY-MM-DD" opening, and a headline from a line repeated near the top or from
// a short first line.
func (rd *Reader) Text(r io.Reader, name string) (Document, error) {
	raw, err := rd.readAll(r, name)
	if err != nil {
		return Document{}, err
	}
	text, err := DecodeText(raw, "")
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", name, err)
	}
	return rd.parseText(text, name)
}

// parseText does the work of Text on decoded text.
func (rd *Reader) parseText(text, name string) (Document, error) {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	lines := strings.Split(text, "\n")
	doc := Document{Name: name}
	start, err := readHeader(lines, name, &doc)
	if err != nil {
		return Document{}, err
	}
	body := lines[start:]
	if doc.Published.IsZero() {
		body = takeBareDate(body, &doc)
	}
	if doc.Title == "" {
		doc.Title = guessTitle(body)
	}
	if doc.Title != "" {
		body = dropLines(body, doc.Title)
	}
	doc.Body = rd.Cleaner.Clean(strings.Join(body, "\n"))
	if doc.Body == "" {
		return Document{}, fmt.Errorf("%s: no article text (empty, or all boilerplate)", name)
	}
	return newDocument(doc, FormatText), nil
}

// readHeader reads the header block, if the text starts with one, into doc and
// returns the index of the first body line.
func readHeader(lines []string, name string, doc *Document) (int, error) {
	if len(lines) == 0 || !headerLine.MatchString(strings.TrimSpace(lines[0])) {
		return 0, nil
	}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			return i + 1, nil
		}
		m := headerLine.FindStringSubmatch(line)
		if m == nil {
			// Not a header after all: the body starts here, without a blank line.
			return i, nil
		}
		value := strings.TrimSpace(m[2])
		switch strings.ToLower(m[1]) {
		case "date":
			d, err := parity.ParseDate(value)
			if err != nil {
				return 0, fmt.Errorf("%s:%d: header date: %w", name, i+1, err)
			}
			doc.Published = d
		case "title":
			doc.Title = value
		case "url":
			doc.URL = value
		case "outlet":
			doc.Outlet = value
		}
	}
	return len(lines), nil
}

// takeBareDate reads a "date YYYY-MM-DD" opening of the first non-blank line into doc
// and returns the lines with it removed; an impossible date is left as text.
func takeBareDate(lines []string, doc *Document) []string {
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := bareDate.FindStringSubmatch(line)
		if m == nil {
			return lines
		}
		d, err := parity.ParseDate(m[1])
		if err != nil {
			return lines
		}
		doc.Published = d
		out := append([]string{}, lines...)
		out[i] = m[2]
		return out
	}
	return lines
}

// guessTitle returns the headline of a headerless text: a short line that occurs
// twice among the first lines (scraped pages repeat it), else a short first line that
// does not end like a sentence.
func guessTitle(lines []string) string {
	paras := Paragraphs(strings.Join(lines, "\n"))
	top := paras[:min(len(paras), 10)]
	count := make(map[string]int, len(top))
	for _, p := range top {
		count[p]++
	}
	for _, p := range top {
		if count[p] > 1 && isHeadline(p) {
			return p
		}
	}
	if len(paras) > 1 && isHeadline(paras[0]) {
		return paras[0]
	}
	return ""
}

// isHeadline reports whether p is short and unpunctuated enough to be a headline.
func isHeadline(p string) bool {
	n := len(strings.Fields(p))
	return n > 0 && n <= maxTitleWords && !strings.HasSuffix(p, ".") && !strings.HasSuffix(p, ":")
}

// dropLines returns lines without those equal to title once spaces are folded.
func dropLines(lines []string, title string) []string {
	title = foldSpace(title)
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if foldSpace(l) != title {
			out = append(out, l)
		}
	}
	return out
}
