package news

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGDELTCorpus(t *testing.T) {
	dir := shared(t, "corpus/gdelt")
	tests := []struct {
		file    string
		rows    int
		kept    int // rows with 054, 160, 161, 166 or 1662, counted from the README's tallies
		version int
		withURL bool
	}{
		// The README counts 18 rows with 160 and none with 161 or 166x in the 2.0 file.
		{"20191024143000.export.CSV", 2111, 18, 2, true},
		{"gdelt1-sample-events.tsv", 710, 5, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			events, stats, err := ReadGDELT(f, tt.file)
			if err != nil {
				t.Fatalf("unexpected row errors: %v", err)
			}
			if got, want := stats.Rows, tt.rows; got != want {
				t.Fatalf("rows=%d, want %d", got, want)
			}
			codes := map[string]int{}
			for _, ev := range events {
				codes[ev.EventCode]++
				if ev.Version != tt.version || ev.ID == 0 || ev.Date.IsZero() || ev.RootCode == "" {
					t.Fatalf("bad event %+v", ev)
				}
				if tt.withURL && !strings.HasPrefix(ev.SourceURL, "http") {
					t.Fatalf("event %d: source URL %q", ev.ID, ev.SourceURL)
				}
			}
			// 054 is outside root 16, so it is counted apart from the README's 16 tally.
			if got, want := len(events)-codes["054"], tt.kept; got != want {
				t.Fatalf("kept %d root-16 rows (%v), want %d", got, codes, want)
			}
			t.Logf("%d rows, kept %d: %v", stats.Rows, stats.Kept, codes)
		})
	}
}

// gdeltRow builds a row of n columns with the given code and values.
func gdeltRow(n int, code string, set map[int]string) string {
	cols := make([]string, n)
	cols[gdeltColID] = "881990832"
	cols[gdeltColSQLDate] = "20191024"
	cols[gdeltColEventCode] = code
	cols[gdeltColRootCode] = code[:2]
	cols[gdeltColActor1CC] = "USA"
	cols[gdeltColActor2CC] = "RUS"
	switch n {
	case 61:
		cols[59], cols[60] = "20191024143000", "https://example.org/a"
	case 58:
		cols[56], cols[57] = "20160728", "https://example.org/b"
	case 57:
		cols[56] = "20130203"
	}
	for i, v := range set {
		cols[i] = v
	}
	return strings.Join(cols, "\t")
}

func TestReadGDELTRows(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		kept     int
		errField string // a word the error must contain, "" for none
	}{
		{"v2 expulsion kept", gdeltRow(61, "161", nil), 1, ""},
		{"v1 with url kept", gdeltRow(58, "160", nil), 1, ""},
		{"v1 back-file kept", gdeltRow(57, "166", nil), 1, ""},
		{"restoring kept", gdeltRow(61, "054", nil), 1, ""},
		{"sanctions dropped", gdeltRow(61, "163", nil), 0, ""},
		{"peacekeepers dropped", gdeltRow(61, "1661", nil), 0, ""},
		{"wrong column count", "a\tb\tc", 0, "3 tab-separated columns"},
		{"bad id", gdeltRow(61, "161", map[int]string{0: "x"}), 0, "GLOBALEVENTID"},
		{"bad date", gdeltRow(61, "161", map[int]string{1: "2019-10"}), 0, "SQLDATE"},
		{"bad added", gdeltRow(61, "161", map[int]string{59: "yesterday"}), 0, "DATEADDED"},
		{"empty code", gdeltRow(61, "16", map[int]string{26: ""}), 0, "EventCode"},
		{"good row after bad", "junk\n" + gdeltRow(61, "161", nil) + "\n", 1, ":1:"},
		{"enormous line", strings.Repeat("x", 100<<10) + "\n" + gdeltRow(61, "161", nil), 1, "longer than"},
		{"crlf endings", gdeltRow(61, "161", nil) + "\r\n", 1, ""},
		{"empty file", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _, err := ReadGDELT(strings.NewReader(tt.in), "x.CSV")
			if got := len(events); got != tt.kept {
				t.Fatalf("kept %d, want %d (err %v)", got, tt.kept, err)
			}
			if tt.errField == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			var le *LineError
			if !errors.As(err, &le) || !strings.Contains(err.Error(), tt.errField) {
				t.Fatalf("err=%v, want a LineError mentioning %q", err, tt.errField)
			}
		})
	}
}
