package claims

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a full stop before a capital ends a sentence", "Russia expelled two. Britain answered.", []string{"Russia expelled two.", "Britain answered."}},
		{"a title's stop does not", "Mr. Lavrov spoke. He left.", []string{"Mr. Lavrov spoke.", "He left."}},
		{"an initial's stop does not", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"No. before a number abbreviates it", "He lives at No. 10 Downing Street.", []string{"He lives at No. 10 Downing Street."}},
		{"No. before a word answers a question", "Was it the first? No. In December Senegal recalled its envoy.", []string{"Was it the first?", "No.", "In December Senegal recalled its envoy."}},
		{"a blank line always ends one", "First line\n\nsecond line", []string{"First line", "second line"}},
		{"a numbered item is one sentence and a line of its own", "The posts:\n1. Rome, Italy\n2. Dakar, Senegal. Its envoy left.\n10) Doha", []string{"The posts:", "1. Rome, Italy", "2. Dakar, Senegal.", "Its envoy left.", "10) Doha"}},
		{"a year is no item's number", "In\n2018. Russia expelled two.", []string{"In\n2018.", "Russia expelled two."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range sentences(c.body) {
				got = append(got, c.body[s.start:s.end])
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("sentences(%q) = %q, want %q", c.body, got, c.want)
			}
		})
	}
}
