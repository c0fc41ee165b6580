package news

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFeedCorpus(t *testing.T) {
	dir := shared(t, "corpus/feeds")
	tests := []struct {
		file      string
		format    Format
		items     int
		wantErr   bool   // the feed is damaged by design
		outlet    string // a word the feed's own title has
		dated     int    // items with a publication date, at least
		bodyWords string // a word some item's body must contain (checks the decoding)
	}{
		{"guardian.rss", FormatRSS, 55, false, "Guardian", 55, "Trump"},
		{"encoding.rss", FormatRSS, 40, false, "Notícias", 40, "ção"},
		{"uolNoticias.rss", FormatRSS, 15, false, "UOL", 15, "ção"},
		{"heise.atom", FormatAtom, 15, false, "heise", 15, "für"},
		{"aktuality.rss", FormatRSS, 30, false, "Aktuality", 30, "ý"},
		{"livemint.xml", FormatRSS, 25, false, "Livemint", 25, "India"},
		{"kc0011.rss", FormatRSS, 20, false, "", 20, "的"},
		{"phpxml.rss", FormatRSS, 20, false, "Utrecht", 20, "Utrecht"},
		{"3960.json", FormatJSONFeed, 20, false, "Blog", 20, "die"},
		{"allthis-partial.json", FormatJSONFeed, 2, true, "all this", 2, "the"},
	}
	rd := newTestReader(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			docs, err := rd.Feed(f, tt.file)
			if tt.wantErr != (err != nil) {
				t.Fatalf("err=%v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				t.Logf("reported: %v", err)
			}
			if got, want := len(docs), tt.items; got != want {
				t.Fatalf("items=%d, want %d", got, want)
			}
			dated, found := 0, false
			for _, d := range docs {
				if d.Format != tt.format {
					t.Fatalf("format=%s, want %s", d.Format, tt.format)
				}
				if d.ID != ContentID(d.Body) || d.Body == "" {
					t.Fatalf("item %q: bad ID or empty body", d.Name)
				}
				if !strings.Contains(strings.ToLower(d.Outlet), strings.ToLower(tt.outlet)) {
					t.Fatalf("outlet=%q, want it to contain %q", d.Outlet, tt.outlet)
				}
				if strings.ContainsRune(d.Body, '\uFFFD') || strings.ContainsRune(d.Title, '\uFFFD') {
					t.Fatalf("item %q has replacement characters: wrong charset", d.Name)
				}
				if !d.Published.IsZero() {
					dated++
				}
				found = found || strings.Contains(d.Body+d.Title, tt.bodyWords)
			}
			if dated < tt.dated {
				t.Fatalf("dated items=%d, want >= %d", dated, tt.dated)
			}
			if !found {
				t.Fatalf("no item contains %q: text decoded wrongly?", tt.bodyWords)
			}
			t.Logf("%d items; first: %q %v %q", len(docs), docs[0].Title, docs[0].Published, docs[0].Outlet)
		})
	}
}

func TestFeedBadInput(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		items   int
		wantErr string
	}{
		{"empty", "", 0, "empty feed"},
		{"not a feed", "<html><body>hi</body></html>", 0, "not rss"},
		{"json not object", "[1,2]", 0, ""},
		{"truncated rss keeps whole items", `<rss><channel><title>T</title><item><title>A</title><description>One.</description></item><item><title>B</title><descr`, 1, "item 2"},
		{"bad date names field", `<rss><channel><item><title>A</title><pubDate>someday</pubDate></item></channel></rss>`, 1, "pubDate"},
		{"item without text", `<rss><channel><item><link>http://x</link></item></channel></rss>`, 0, "no title and no text"},
		{"json truncated", `{"title":"X","items":[{"title":"a","content_text":"one"},{"title":"b","content_te`, 1, "item 2"},
		{"json items not array", `{"items":{}}`, 0, "not an array"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00", 0, "binary"},
	}
	rd := newTestReader(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := rd.Feed(strings.NewReader(tt.in), "feed.xml")
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err=%v, want it to contain %q", err, tt.wantErr)
			}
			if got := len(docs); got != tt.items {
				t.Fatalf("items=%d, want %d", got, tt.items)
			}
		})
	}
}

func TestParseFeedDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Wed, 31 Jan 2018 20:15:15 GMT", "2018-01-31"},
		{"Sun, 17 Jan 2021 23:46:22 +0100", "2021-01-17"},
		{"Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24"},
		{"Ter, 02 Out 2018 09:00:00 -0300", "2018-10-02"},
		{"2020/1/10 14:33:00", "2020-01-10"},
		{"2016-02-01T17:54:50+01:00", "2016-02-01"},
		{"2020-02-09T12:00:00Z", "2020-02-09"},
		{"Wed, 29 May 2019 10:16:00 +0530", "2019-05-29"},
		{"3 janv. 2018 10:00:00 +0100", "2018-01-03"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseFeedDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if d := dayOf(got).String(); d != tt.want {
				t.Fatalf("got %s, want %s", d, tt.want)
			}
		})
	}
	if _, err := parseFeedDate("next Tuesday"); err == nil {
		t.Fatal("nonsense date parsed")
	}
}

func TestItemErrorUnwraps(t *testing.T) {
	base := errors.New("boom")
	err := error(&ItemError{Name: "f", Item: 3, Field: "pubDate", Err: base})
	if !errors.Is(err, base) {
		t.Fatal("ItemError does not unwrap")
	}
	if got, want := err.Error(), "f: item 3: pubDate: boom"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
