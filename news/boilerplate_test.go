package news

import (
	"os"
	"strings"
	"testing"
)

func TestDefaultRulesParse(t *testing.T) {
	c, err := DefaultCleaner()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.line) == 0 || len(c.tail) == 0 {
		t.Fatalf("rules: %d line, %d tail, want some of each", len(c.line), len(c.tail))
	}
}

func TestNewCleanerErrors(t *testing.T) {
	tests := []struct {
		name, rules, want string
	}{
		{"unknown kind", "drop foo", "rules.txt:1: unknown rule kind"},
		{"no pattern", "# c\nline", "rules.txt:2: want KIND PATTERN"},
		{"bad regexp", "line (unclosed", "rules.txt:1: error parsing regexp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewCleaner(strings.NewReader(tt.rules), "rules.txt")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err=%v, want %q", err, tt.want)
			}
		})
	}
}

func TestCleanLines(t *testing.T) {
	article := strings.TrimSpace(strings.Repeat("The embassy announced that it would reduce its staff. ", 6))
	tests := []struct {
		name, in, want string
	}{
		{"share line", article + "\nShare this:\nMore text here.", article + "\n\nMore text here."},
		{"previous next", article + "\nPrevious Post Next Post", article},
		{"related cuts tail", article + "\nRelated Posts\nOther story one\nOther story two", article},
		{"related near top keeps the article", "Related:\n" + article, "Related:\n\n" + article},
		{"credit line", "A view of the Kremlin. Credit: Some Agency\n" + article, article},
		{"agency caption", "Officials meet in Riyadh on Tuesday. Photo/Reuters\n" + article, article},
		{"told reuters kept", "The minister told Reuters.\n" + article, "The minister told Reuters.\n\n" + article},
		{"slug", "uk intel russian authorities target vpn apps voip services latest censorship move\n" + article, article},
		{"correction prompt", article + "\nTo suggest a correction or clarification, write to us here", article},
		{"ctrl enter", article + "\nYou can also highlight the text and press Ctrl + Enter", article},
		{"ad blocker", article + "\nWe kindly ask you to disable your ad blocker.", article},
		{"donation", article + "\nOr you could join our community and help us produce more materials like this.", article},
		{"repeated paragraph", "Headline\n" + article + "\nHeadline", "Headline\n\n" + article},
		{"spaces folded", "  a\u00a0 b\t c  \r\n\r\n\r\nd", "a b c\n\nd"},
		{"empty", "", ""},
	}
	c, err := DefaultCleaner()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.TrimSpace(tt.want)
			if got := c.Clean(tt.in); got != want {
				t.Fatalf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

func TestCleanFixture(t *testing.T) {
	rd := newTestReader(t)
	doc := readTextFile(t, rd, "testdata/boilerplate/wire.txt")
	want, err := os.ReadFile("testdata/boilerplate/wire.expected.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Body; got != strings.TrimSpace(string(want)) {
		t.Fatalf("body:\n%s\nwant:\n%s", got, want)
	}
}

func TestCleanSeeds(t *testing.T) {
	tests := []struct {
		seed    string
		gone    []string // text that must have been stripped
		kept    []string // text that must stay
		title   string
		date    string
		minWord int
	}{
		{"000",
			[]string{"You could close this page", "Related Posts", "Credit:", "uk intel russian authorities", "Ctrl + Enter", "ad blocker", "suggest a correction"},
			[]string{"CNN reports Trump-Putin negotiations", "present new surveillance opportunities"},
			"US officials warn Trump-Putin talks could return Russian spies to American soil", "", 300},
		{"001", []string{"Previous Post", "Next Post"}, []string{"Istanbul", "Vigilance is essential"},
			"Proposal to Repatriate Russian Diplomats to the U.S. Raises Espionage Concerns", "", 400},
		{"002", []string{"date 2025-03-09", "With inputs from agencies"}, []string{"The Trump administration is in discussions"}, "", "2025-03-09", 450},
		{"003", nil, []string{"Istanbul"}, "Risks and Opportunities in U.S.-Russia Diplomatic Negotiations", "", 350},
		{"004", []string{"Read more:", "Sputnik/Aleksey"}, []string{"Jakub Janda"}, "U.S. Sanctions Should Inspire Europe to Kick Out Russian Embassy Spies", "", 800},
	}
	rd := newTestReader(t)
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			doc := readSeed(t, rd, tt.seed)
			for _, s := range tt.gone {
				if strings.Contains(doc.Body, s) {
					t.Errorf("body still has %q", s)
				}
			}
			for _, s := range tt.kept {
				if !strings.Contains(doc.Body, s) {
					t.Errorf("body lost %q", s)
				}
			}
			if got := doc.Title; got != tt.title {
				t.Errorf("title=%q, want %q", got, tt.title)
			}
			if strings.Count(doc.Body, tt.title) > 0 && tt.title != "" {
				t.Errorf("title left in body")
			}
			if got := doc.Published.String(); got != tt.date {
				t.Errorf("date=%q, want %q", got, tt.date)
			}
			if n := len(strings.Fields(doc.Body)); n < tt.minWord {
				t.Errorf("body has %d words, want >= %d", n, tt.minWord)
			}
		})
	}
}
