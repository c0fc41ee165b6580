package news

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// ItemError is a problem with one item of a feed: the item is skipped, or read
// without the field named.
type ItemError struct {
	Name  string // feed file name or URL
	Item  int    // 1-based position of the item in the feed
	Field string // the field at fault, empty when the whole item is
	Err   error
}

// Error names the feed, the item and the field.
func (e *ItemError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s: item %d: %v", e.Name, e.Item, e.Err)
	}
	return fmt.Sprintf("%s: item %d: %s: %v", e.Name, e.Item, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *ItemError) Unwrap() error { return e.Err }

// xmlEncodingDecl finds the encoding an XML prolog declares; it also reads broken
// prologs such as "<?phpxml version=… encoding=…?>" seen in real feeds.
var xmlEncodingDecl = regexp.MustCompile(`^\s*<\?[a-zA-Z]*xml[^>]*encoding\s*=\s*["']([^"']+)["']`)

// Feed reads an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document; each item becomes a
// Document. A non-nil error alongside documents means part of the feed was unusable
// (a truncated file, an item without text, a date in no known form): the documents
// returned are whole, and the error says what was left out, joining ItemErrors.
func (rd *Reader) Feed(r io.Reader, name string) ([]Document, error) {
	raw, err := rd.readAll(r, name)
	if err != nil {
		return nil, err
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF")), " \t\r\n")
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%s: empty feed", name)
	}
	if trimmed[0] == '{' {
		text, err := DecodeText(raw, "utf-8")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return rd.jsonFeed(text, name)
	}
	declared := ""
	if m := xmlEncodingDecl.FindSubmatch(trimmed[:min(len(trimmed), 512)]); m != nil {
		declared = string(m[1])
	}
	text, err := DecodeText(raw, declared)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rd.xmlFeed(text, name)
}

// feedItem is one item of any feed format, before cleaning.
type feedItem struct {
	title, link, id, html, date string
	dateField                   string // name of the field the date came from, for errors
}

// itemDocument turns a feed item into a Document, or explains why it cannot.
func (rd *Reader) itemDocument(it feedItem, f Format, feedName, outlet string, n int) (Document, []error) {
	var errs []error
	doc := Document{
		Name:   firstNonEmpty(it.link, fmt.Sprintf("%s#%d", feedName, n)),
		Title:  foldSpace(fragmentText(it.title)),
		URL:    strings.TrimSpace(it.link),
		Outlet: foldSpace(outlet),
	}
	if it.date != "" {
		t, err := parseFeedDate(it.date)
		if err != nil {
			errs = append(errs, &ItemError{Name: feedName, Item: n, Field: it.dateField, Err: err})
		}
		doc.Published = dayOf(t)
	}
	lines := dropLines(strings.Split(fragmentText(it.html), "\n"), doc.Title)
	doc.Body = rd.Cleaner.Clean(strings.Join(lines, "\n"))
	if doc.Body == "" {
		// An item with only a headline is still a lead; its page may be fetched later.
		doc.Body = doc.Title
	}
	if doc.Body == "" {
		return Document{}, append(errs, &ItemError{Name: feedName, Item: n, Err: errors.New("no title and no text")})
	}
	return newDocument(doc, f), errs
}
