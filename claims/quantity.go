package claims

import (
	"math"
	"strconv"
	"strings"

	"parity"
)

// quantity is a number phrase of a sentence: a count of people or missions, or a
// fraction ("half", "one-third", "30 percent").
type quantity struct {
	min, max   *int
	qualifier  parity.Qualifier
	frac       float64 // > 0 for a fraction
	start, end int     // token range [start, end)
	yearLike   bool    // a bare four-digit number that reads as a year, or a month's day
}

// count returns the quantity as a claim count.
func (q quantity) count() *Count {
	return &Count{Min: q.min, Max: q.max, Qualifier: q.qualifier}
}

// parseQuantity reads a quantity that starts at token i: optional modifiers ("more
// than", "some", "up to"), then digits, number words, "dozen", a range ("between 10
// and 15", "10 to 15") or a fraction. ok is false when no number starts there.
func (lx *Lexicon) parseQuantity(toks []token, i int) (quantity, bool) {
	q := quantity{start: i, qualifier: parity.Exact}
	// most words open no quantity: tell them cheaply, since every word of a
	// sentence with a staffing cue is tried
	if i >= len(toks) || !lx.opensQuantity(toks[i]) {
		return q, false
	}
	j := i
	for _, m := range lx.modifiers {
		if j >= len(toks) || !lx.modFirst[toks[j].low] {
			break
		}
		if matchWords(toks, j, m.words) {
			q.qualifier = m.qualifier
			j += len(m.words)
			break
		}
	}
	if j < len(toks) && toks[j].low == "between" {
		lo, k, ok := lx.number(toks, j+1)
		if ok && k < len(toks) && toks[k].low == "and" {
			if hi, k2, ok2 := lx.number(toks, k+1); ok2 && hi >= lo {
				a, b := int(lo), int(hi)
				q.min, q.max, q.qualifier, q.end = &a, &b, parity.Approx, k2
				return q, true
			}
		}
		return q, false
	}
	// "half a dozen"
	if matchWords(toks, j, []string{"half", "a", "dozen"}) {
		n := 6
		q.min, q.max, q.end = &n, &n, j+3
		return q, true
	}
	if f, k, ok := lx.fraction(toks, j); ok {
		q.frac, q.end = f, k
		if q.qualifier == parity.Exact {
			q.qualifier = parity.Approx
		}
		return q, true
	}
	v, k, ok := lx.number(toks, j)
	if !ok {
		return q, false
	}
	if k < len(toks) && (toks[k].low == "percent" || toks[k].low == "per" || toks[k].low == "%") && v <= 100 {
		end := k + 1
		if toks[k].low == "per" && k+1 < len(toks) && toks[k+1].low == "cent" {
			end++
		}
		q.frac, q.end = v/100, end
		if q.qualifier == parity.Exact {
			q.qualifier = parity.Approx
		}
		return q, true
	}
	if v != math.Trunc(v) || v <= 0 || v > 1e6 {
		return q, false
	}
	n := int(v)
	q.end = k
	// "10 to 15", "10-15", "five or six" (not "1998 or 1999")
	if k+1 < len(toks) && (toks[k].low == "to" || toks[k].low == "-" || toks[k].low == "or" && !(toks[k-1].num && len(toks[k-1].text) == 4)) {
		if hi, k2, ok := lx.number(toks, k+1); ok && hi > v && hi == math.Trunc(hi) && hi <= 1e6 {
			m := int(hi)
			q.min, q.max, q.end = &n, &m, k2
			if q.qualifier == parity.Exact {
				q.qualifier = parity.Approx
			}
			return q, true
		}
	}
	switch q.qualifier {
	case parity.AtLeast:
		q.min = &n
	case parity.AtMost:
		q.max = &n
	default:
		q.min, q.max = &n, &n
	}
	if j == k-1 && toks[j].num && len(toks[j].text) == 4 && n >= 1900 && n <= 2100 {
		q.yearLike = true
	}
	// "on July 26 embassy staff were driven out", "by 1 February": the day of a
	// date, not a count
	if j == k-1 && toks[j].num && n >= 1 && n <= 31 && q.qualifier == parity.Exact {
		if _, ok := monthOf(toks[max(j-1, 0)]); ok && j > 0 {
			q.yearLike = true
		}
		// "must shrink by 1 February"
		if k < len(toks) {
			if _, ok := monthOf(toks[k]); ok {
				q.yearLike = true
			}
		}
	}
	return q, true
}

// number reads digits or number words at i: "1,200", "35", "thirty-five", "two
// dozen", "a dozen", "a hundred and twenty". It returns the value and the index after.
func (lx *Lexicon) number(toks []token, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	t := toks[i]
	if t.num {
		v, err := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		k := i + 1
		if k < len(toks) && (toks[k].low == "dozen") {
			v *= 12
			k++
		}
		return v, k, true
	}
	// "a single diplomat", "one lone envoy" (not "not a single diplomat": none)
	if (t.low == "a" || t.low == "one") && i+1 < len(toks) && loneWord(toks[i+1].low) {
		if i > 0 && toks[i-1].low == "not" {
			return 0, i, false
		}
		return 1, i + 2, true
	}
	total, cur := 0.0, 0.0
	k := i
	seen := false
	for k < len(toks) {
		w := toks[k].low
		if w == "and" && seen && k+1 < len(toks) {
			if _, ok := lx.wordValue(toks[k+1].low); ok {
				k++
				continue
			}
			break
		}
		v, ok := lx.wordValue(w)
		if !ok || v < 1 {
			break
		}
		// "a" and "an" count only before a multiplier: "a dozen", "a hundred".
		if (w == "a" || w == "an") && !(k+1 < len(toks) && isMultiplier(toks[k+1].low)) {
			break
		}
		switch {
		case w == "dozen":
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		case w == "hundred":
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case w == "thousand":
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		default:
			cur += v
		}
		seen = true
		k++
	}
	if !seen {
		return 0, i, false
	}
	return total + cur, k, true
}

// opensQuantity reports whether a quantity may start at t: digits, a number word, a
// hedge ("about", "more than"), "between" or "half".
func (lx *Lexicon) opensQuantity(t token) bool {
	if t.num || lx.modFirst[t.low] || t.low == "between" {
		return true
	}
	w, _, _ := strings.Cut(t.low, "-")
	_, ok := lx.numbers[w]
	return ok
}

// loneWord stresses that a count is one: "a single diplomat".
func loneWord(w string) bool { return w == "single" || w == "lone" || w == "sole" }

func isMultiplier(w string) bool {
	return w == "dozen" || w == "hundred" || w == "thousand" || w == "score"
}

// wordValue reads a number word, including hyphenated ones ("thirty-five").
func (lx *Lexicon) wordValue(w string) (float64, bool) {
	if v, ok := lx.numbers[w]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		va, oka := lx.numbers[a]
		vb, okb := lx.numbers[b]
		if oka && okb && va >= 20 && vb < 10 && vb >= 1 {
			return va + vb, true
		}
	}
	return 0, false
}

// fraction reads "half", "a half", "one-third", "a third", "two-thirds", "a quarter",
// "one in three". A bare "third" is an ordinal, not a fraction.
func (lx *Lexicon) fraction(toks []token, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	w := toks[i].low
	if w == "half" {
		return 0.5, i + 1, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok { // "one-third", "two-thirds"
		va, oka := lx.numbers[a]
		vb, okb := lx.numbers[b]
		if oka && okb && va >= 1 && vb < 1 {
			return va * vb, i + 1, true
		}
		return 0, i, false
	}
	num, ok := lx.numbers[w]
	if !ok || num < 1 || num > 10 || i+1 >= len(toks) {
		return 0, i, false
	}
	if v, ok := lx.numbers[toks[i+1].low]; ok && v < 1 {
		return num * v, i + 2, true
	}
	if toks[i+1].low == "in" && w != "a" && w != "an" {
		if d, k, ok := lx.number(toks, i+2); ok && d > num {
			return num / d, k, true
		}
	}
	return 0, i, false
}

// matchWords reports whether the tokens at i spell words.
func matchWords(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}
