package news

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// xmlLink is an RSS <link>text</link> or an Atom <link href rel/>.
type xmlLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// xmlItem holds the fields of an RSS item or an Atom entry that parity uses. Fields
// are slices where feeds repeat an element under other namespaces (media:title).
type xmlItem struct {
	Titles      []string  `xml:"title"`
	Links       []xmlLink `xml:"link"`
	GUID        string    `xml:"guid"`
	ID          string    `xml:"id"`
	Description string    `xml:"description"`
	Encoded     string    `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Content     string    `xml:"http://www.w3.org/2005/Atom content"`
	Summary     string    `xml:"summary"`
	PubDate     string    `xml:"pubDate"`
	DCDate      string    `xml:"http://purl.org/dc/elements/1.1/ date"`
	Published   string    `xml:"published"`
	Updated     string    `xml:"updated"`
}

// xmlFeed reads RSS or Atom from decoded text, item by item, so a truncated or broken
// feed still yields the items before the damage.
func (rd *Reader) xmlFeed(text, name string) ([]Document, error) {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	// HTML's void elements, without link: RSS's <link> has text and an end tag.
	d.AutoClose = []string{"br", "hr", "img", "input", "area", "col", "embed", "param", "source", "wbr"}
	d.Entity = xml.HTMLEntity
	// The text is UTF-8 already, whatever the prolog still says.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }

	var (
		docs   []Document
		errs   []error
		format Format
		outlet string
		depth  int
		n      int
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			local := t.Name.Local
			if depth == 1 {
				switch strings.ToLower(local) {
				case "rss", "rdf", "channel":
					format = FormatRSS
				case "feed":
					format = FormatAtom
				default:
					return nil, fmt.Errorf("%s: root element <%s> is not rss, rdf:RDF or feed", name, local)
				}
				continue
			}
			switch {
			case local == "title" && outlet == "" && n == 0 && depth <= 3:
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					errs = append(errs, fmt.Errorf("%s: feed title: %w", name, err))
				}
				outlet = s
				depth--
			case local == "item" || local == "entry":
				n++
				var it xmlItem
				err := d.DecodeElement(&it, &t)
				depth--
				if err != nil {
					errs = append(errs, &ItemError{Name: name, Item: n, Err: fmt.Errorf("cut short or malformed: %w", err)})
					return docs, errors.Join(errs...)
				}
				doc, ierrs := rd.itemDocument(it.feedItem(), format, name, outlet, n)
				errs = append(errs, ierrs...)
				if doc.ID != "" {
					docs = append(docs, doc)
				}
			}
		case xml.EndElement:
			depth--
		}
	}
	if format == "" {
		return nil, errors.Join(append(errs, fmt.Errorf("%s: no feed element found", name))...)
	}
	return docs, errors.Join(errs...)
}

// feedItem picks, for each field, the element its format prefers.
func (it xmlItem) feedItem() feedItem {
	out := feedItem{id: firstNonEmpty(it.GUID, it.ID)}
	for _, t := range it.Titles {
		if out.title = strings.TrimSpace(t); out.title != "" {
			break
		}
	}
	for _, l := range it.Links {
		href := firstNonEmpty(l.Href, l.Text)
		if href != "" && (l.Rel == "" || l.Rel == "alternate") {
			out.link = href
			break
		}
	}
	out.html = firstNonEmpty(it.Encoded, it.Content, it.Description, it.Summary)
	for _, c := range []struct{ field, value string }{
		{"pubDate", it.PubDate}, {"dc:date", it.DCDate}, {"published", it.Published}, {"updated", it.Updated},
	} {
		if strings.TrimSpace(c.value) != "" {
			out.date, out.dateField = c.value, c.field
			break
		}
	}
	return out
}
