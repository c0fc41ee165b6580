package news

import (
	"strings"
	"unicode"
)

// WordF1 returns precision, recall and F1 of the words of got against those of want,
// counted as bags of lower-cased words: the measure the extraction benchmarks report
// as word overlap.
func WordF1(got, want string) (precision, recall, f1 float64) {
	g, w := wordBag(got), wordBag(want)
	var ng, nw, common int
	for word, n := range g {
		ng += n
		common += min(n, w[word])
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		if ng == nw {
			return 1, 1, 1
		}
		return 0, 0, 0
	}
	precision = float64(common) / float64(ng)
	recall = float64(common) / float64(nw)
	if common == 0 {
		return precision, recall, 0
	}
	return precision, recall, 2 * precision * recall / (precision + recall)
}

// wordBag counts the lower-cased words of s.
func wordBag(s string) map[string]int {
	bag := make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		bag[w]++
	}
	return bag
}
