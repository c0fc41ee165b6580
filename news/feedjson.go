package news

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonFeedItem holds the fields of a JSON Feed (1.0 and 1.1) item that parity uses.
type jsonFeedItem struct {
	ID            json.RawMessage `json:"id"` // a string by the spec, a number in the wild
	URL           string          `json:"url"`
	ExternalURL   string          `json:"external_url"`
	Title         string          `json:"title"`
	ContentHTML   string          `json:"content_html"`
	ContentText   string          `json:"content_text"`
	Summary       string          `json:"summary"`
	DatePublished string          `json:"date_published"`
	DateModified  string          `json:"date_modified"`
}

// jsonFeed reads a JSON Feed item by item, so that a truncated file still yields its
// whole items.
func (rd *Reader) jsonFeed(text, name string) ([]Document, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("%s: JSON feed does not start with an object", name)
	}
	var (
		docs   []Document
		errs   []error
		outlet string
		n      int
	)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return docs, errors.Join(append(errs, fmt.Errorf("%s: at byte %d: %w", name, dec.InputOffset(), err))...)
		}
		key, _ := tok.(string)
		switch key {
		case "title":
			if err := dec.Decode(&outlet); err != nil {
				return docs, errors.Join(append(errs, fmt.Errorf("%s: title: %w", name, err))...)
			}
		case "items":
			if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
				return docs, errors.Join(append(errs, fmt.Errorf("%s: items is not an array", name))...)
			}
			for dec.More() {
				n++
				var it jsonFeedItem
				if err := dec.Decode(&it); err != nil {
					errs = append(errs, &ItemError{Name: name, Item: n, Err: fmt.Errorf("cut short or malformed at byte %d: %w", dec.InputOffset(), err)})
					return docs, errors.Join(errs...)
				}
				doc, ierrs := rd.itemDocument(it.feedItem(), FormatJSONFeed, name, outlet, n)
				errs = append(errs, ierrs...)
				if doc.ID != "" {
					docs = append(docs, doc)
				}
			}
			if _, err := dec.Token(); err != nil {
				return docs, errors.Join(append(errs, fmt.Errorf("%s: after item %d: %w", name, n, err))...)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return docs, errors.Join(append(errs, fmt.Errorf("%s: field %q: %w", name, key, err))...)
			}
		}
	}
	if _, err := dec.Token(); err != nil && err != io.EOF {
		errs = append(errs, fmt.Errorf("%s: end of feed: %w", name, err))
	}
	return docs, errors.Join(errs...)
}

// feedItem picks the fields parity uses; HTML content is preferred to plain text
// because it keeps the paragraph breaks.
func (it jsonFeedItem) feedItem() feedItem {
	out := feedItem{
		id:    strings.Trim(string(it.ID), `"`),
		title: it.Title,
		link:  firstNonEmpty(it.URL, it.ExternalURL),
		html:  firstNonEmpty(it.ContentHTML, it.ContentText, it.Summary),
	}
	if it.DatePublished != "" {
		out.date, out.dateField = it.DatePublished, "date_published"
	} else if it.DateModified != "" {
		out.date, out.dateField = it.DateModified, "date_modified"
	}
	return out
}
