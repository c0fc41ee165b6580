package news

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestReadText(t *testing.T) {
	body := "Russia expelled two diplomats on Monday. The foreign ministry gave them a week to leave the country."
	cp1251, _ := charmap.Windows1251.NewEncoder().String("Россия выслала двух дипломатов и закрыла консульство в Екатеринбурге.")
	tests := []struct {
		name                     string
		in                       string
		title, date, url, outlet string
		wantBody, wantErr        string
	}{
		{"headers", "date: 2024-05-02\ntitle: Two expelled\nurl: https://x.org/a\noutlet: X News\n\n" + body,
			"Two expelled", "2024-05-02", "https://x.org/a", "X News", body, ""},
		{"headers without blank line", "title: T\n" + body, "T", "", "", "", body, ""},
		{"headers crlf", "Date: 2024-05-02\r\nTitle: T\r\n\r\n" + body, "T", "2024-05-02", "", "", body, ""},
		{"bad header date", "date: 2024-13-40\n\n" + body, "", "", "", "", "", "x.txt:1: header date"},
		{"bare date line", " date 2025-03-09 " + body, "", "2025-03-09", "", "", body, ""},
		{"bare impossible date kept as text", "date 2025-02-31 " + body, "", "", "", "", "date 2025-02-31 " + body, ""},
		{"short first line is title", "Two diplomats expelled\n\n" + body, "Two diplomats expelled", "", "", "", body, ""},
		{"repeated title", body + "\nTwo expelled\n\nTwo expelled\n" + body + " Again.", "Two expelled", "", "", "", body + "\n\n" + body + " Again.", ""},
		{"windows-1251", cp1251, "", "", "", "", "Россия выслала двух дипломатов и закрыла консульство в Екатеринбурге.", ""},
		{"empty", "", "", "", "", "", "", "no article text"},
		{"all boilerplate", "Share this\nFacebook Twitter", "", "", "", "", "", "no article text"},
		{"binary", "\x00\x01\x02", "", "", "", "", "", "binary"},
	}
	rd := newTestReader(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := rd.Text(strings.NewReader(tt.in), "x.txt")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err=%v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Published.String() != tt.date || doc.URL != tt.url || doc.Outlet != tt.outlet {
				t.Fatalf("got title=%q date=%q url=%q outlet=%q", doc.Title, doc.Published, doc.URL, doc.Outlet)
			}
			if doc.Body != tt.wantBody {
				t.Fatalf("body=%q, want %q", doc.Body, tt.wantBody)
			}
			if doc.ID != ContentID(doc.Body) || doc.Format != FormatText || doc.Name != "x.txt" {
				t.Fatalf("bad identity: %+v", doc)
			}
		})
	}
}

func TestReadTextSizeLimit(t *testing.T) {
	rd := newTestReader(t)
	rd.MaxBytes = 10
	if _, err := rd.Text(strings.NewReader(strings.Repeat("word ", 10)), "big.txt"); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Fatalf("err=%v, want a size-limit error", err)
	}
}

func TestSameReportSameID(t *testing.T) {
	rd := newTestReader(t)
	a, err := rd.Text(strings.NewReader("Story\n\nRussia expelled two diplomats on Monday, the ministry said today.\nShare this"), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	b, err := rd.Text(strings.NewReader("title: Story\n\nRussia  expelled two diplomats on Monday, the ministry said today.\n\nFacebook Twitter"), "b.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != b.ID {
		t.Fatalf("IDs differ:\n%q\n%q", a.Body, b.Body)
	}
}
