package news

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"

	"github.com/markusmobius/go-trafilatura"
)

// metaCharset finds the charset an HTML page declares in its first bytes.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)`)

// HTML reads an article page: body, headline, outlet and publication date, extracted
// with go-trafilatura (a port of trafilatura, the best open extractor on the article
// extraction benchmarks), then cleaned with the boilerplate rules. pageURL, when known,
// is the address the page was fetched from; it helps resolve the outlet.
func (rd *Reader) HTML(r io.Reader, name, pageURL string) (Document, error) {
	raw, err := rd.readAll(r, name)
	if err != nil {
		return Document{}, err
	}
	declared := ""
	if m := metaCharset.FindSubmatch(raw[:min(len(raw), 4096)]); m != nil {
		declared = string(m[1])
	}
	text, err := DecodeText(raw, declared)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", name, err)
	}
	doc, err := rd.extractHTML(text, name, pageURL)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", name, err)
	}
	return doc, nil
}

// extractHTML runs the extractor on decoded HTML. The extractor is outside code
// walking an outside page, so a panic in it becomes an error for this page alone.
func (rd *Reader) extractHTML(page, name, pageURL string) (doc Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extractor failed: %v", p)
		}
	}()
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		// Tables are kept: in reports they carry figures (head-counts, lists of
		// expelled diplomats), and the extractor already drops layout tables.
		ExcludeTables: false,
		Deduplicate:   true,
		HtmlDateMode:  trafilatura.Fast,
	}
	if u, perr := url.Parse(pageURL); pageURL != "" && perr == nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader([]byte(page)), opts)
	if err != nil {
		return Document{}, fmt.Errorf("no article found: %w", err)
	}
	md := res.Metadata
	doc = Document{
		Name:      name,
		Title:     foldSpace(md.Title),
		URL:       firstNonEmpty(md.URL, pageURL),
		Outlet:    outletName(md.Sitename, md.Hostname),
		Published: dayOf(md.Date),
	}
	body := dropLines(strings.Split(res.ContentText, "\n"), doc.Title)
	doc.Body = rd.Cleaner.Clean(strings.Join(body, "\n"))
	if doc.Body == "" {
		return Document{}, fmt.Errorf("no article text (empty, or all boilerplate)")
	}
	return newDocument(doc, FormatHTML), nil
}

// firstNonEmpty returns the first of ss that is not blank.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// outletName prefers the site's name to its host name, except when pages put a
// social-media profile URL where the name belongs.
func outletName(site, host string) string {
	site = foldSpace(site)
	if strings.Contains(site, "://") {
		site = ""
	}
	return firstNonEmpty(site, host)
}
