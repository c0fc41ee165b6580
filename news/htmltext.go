package news

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fragmentText returns the text of an HTML fragment (a feed item's description or
// content) with one paragraph per block element; scripts and styles are dropped. Feed
// items that are plain text pass through unchanged.
func fragmentText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return fragment
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				skip++
			}
			if isBlock(a) {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if (a == atom.Script || a == atom.Style) && skip > 0 {
				skip--
			}
			if isBlock(a) {
				b.WriteByte('\n')
			}
		}
	}
}

// isBlock reports whether an element breaks the text into paragraphs.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Br, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Table, atom.Tr,
		atom.Section, atom.Article, atom.Figure, atom.Figcaption, atom.Hr, atom.Dd, atom.Dt:
		return true
	}
	return false
}
