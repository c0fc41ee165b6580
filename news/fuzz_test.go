package news

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocument fails when a document a reader returned breaks an invariant.
func checkDocument(t *testing.T, d Document) {
	t.Helper()
	if d.ID != ContentID(d.Body) {
		t.Fatalf("ID does not match body")
	}
	if d.Body == "" || !utf8.ValidString(d.Body) {
		t.Fatalf("body empty or not UTF-8: %q", d.Body)
	}
}

// addCorpusSeeds adds the first bytes of the corpus files matching pattern to f's
// seed corpus, when shared/ is there.
func addCorpusSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, pattern))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b[:min(len(b), 8<<10)])
		}
	}
}

func FuzzText(f *testing.F) {
	f.Add([]byte("date: 2024-01-02\ntitle: T\n\nBody text here."))
	f.Add([]byte(" date 2025-03-09 Text\nShare this\nRelated Posts"))
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	rd := newTestReader(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		if d, err := rd.Text(bytes.NewReader(in), "f.txt"); err == nil {
			checkDocument(t, d)
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><article><p>Some text.</p></article></body></html>"))
	f.Add([]byte("<html><body><p>cut off <div"))
	addCorpusSeeds(f, "corpus/html/*.html")
	rd := newTestReader(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		if d, err := rd.HTML(bytes.NewReader(in), "f.html", ""); err == nil {
			checkDocument(t, d)
		}
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss><channel><title>T</title><item><title>A</title><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item></channel></rss>`))
	f.Add([]byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><content>c</content></entry></feed>`))
	f.Add([]byte(`{"title":"J","items":[{"title":"a","content_html":"<p>b</p>"}]}`))
	addCorpusSeeds(f, "corpus/feeds/*.*")
	rd := newTestReader(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		docs, _ := rd.Feed(bytes.NewReader(in), "f.xml")
		for _, d := range docs {
			checkDocument(t, d)
		}
	})
}

func FuzzGDELT(f *testing.F) {
	f.Add([]byte(gdeltRow(61, "161", nil) + "\n" + gdeltRow(57, "160", nil)))
	f.Add([]byte("1\t2\t3\n\n\t\t"))
	addCorpusSeeds(f, "corpus/gdelt/*.*")
	f.Fuzz(func(t *testing.T, in []byte) {
		events, stats, _ := ReadGDELT(bytes.NewReader(in), "f.CSV")
		if len(events) != stats.Kept || stats.Kept+stats.Skipped > stats.Rows {
			t.Fatalf("stats %+v do not add up with %d events", stats, len(events))
		}
		for _, ev := range events {
			if ev.Date.IsZero() || ev.EventCode == "" {
				t.Fatalf("kept a bad event %+v", ev)
			}
		}
	})
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("plain"), "")
	f.Add([]byte("\xe9t\xe9"), "iso-8859-1")
	f.Add([]byte("\xfe\xff\x00a"), "")
	f.Fuzz(func(t *testing.T, in []byte, declared string) {
		if s, err := DecodeText(in, declared); err == nil && !utf8.ValidString(s) {
			// Decoders substitute U+FFFD, so the result must always be valid UTF-8.
			t.Fatalf("invalid UTF-8 out: %q", s)
		}
	})
}

func FuzzParseFeedDate(f *testing.F) {
	f.Add("Seg, 24 Set 2018 19:42:40 -0300")
	f.Add("2020/1/10 14:33:00")
	f.Fuzz(func(t *testing.T, s string) {
		if tm, err := parseFeedDate(s); err == nil && tm.IsZero() && !strings.Contains(s, "0001") {
			t.Fatalf("zero time without error for %q", s)
		}
	})
}
