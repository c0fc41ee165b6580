package news

import (
	"unicode"
	"unicode/utf8"
)

// stemRunes is how many runes of a word a shingle keeps: a crude stem that lets
// "expelled" match "expels" and "diplomatic" match "diplomats" across rewrites.
const stemRunes = 6

// shingleHashes returns the 64-bit FNV-1a hashes of the word-bigram shingles of text:
// words lower-cased, English function words dropped, each cut to stemRunes runes.
// Bigrams of content words survive rewording far better than longer shingles (a
// rewrite keeps "Russian diplomats" and "Marco Rubio" while rephrasing around them),
// and tell different reports apart far better than single words.
func shingleHashes(text string, out []uint64) []uint64 {
	out = out[:0]
	var prev, cur [stemRunes * utf8.UTFMax]byte
	prevLen, curLen, curRunes := -1, 0, 0
	word := make([]byte, 0, 32)
	flush := func() {
		if len(word) == 0 {
			return
		}
		if !isStopword(string(word)) {
			curLen, curRunes = 0, 0
			for _, r := range string(word) {
				if curRunes == stemRunes {
					break
				}
				curLen += utf8.EncodeRune(cur[curLen:], r)
				curRunes++
			}
			if prevLen >= 0 {
				h := uint64(14695981039346656037)
				for _, b := range prev[:prevLen] {
					h = (h ^ uint64(b)) * 1099511628211
				}
				h = (h ^ ' ') * 1099511628211
				for _, b := range cur[:curLen] {
					h = (h ^ uint64(b)) * 1099511628211
				}
				out = append(out, h)
			}
			prev, prevLen = cur, curLen
		}
		word = word[:0]
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			word = utf8.AppendRune(word, unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' {
			continue // "Russia's" is one word, "russias"
		}
		flush()
	}
	flush()
	return out
}

// isStopword reports whether w is an English function word, too common to say what
// a report is about.
func isStopword(w string) bool {
	switch w {
	case "a", "an", "the", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with",
		"from", "as", "is", "are", "was", "were", "be", "been", "being", "that", "this",
		"which", "it", "its", "their", "his", "her", "they", "them", "than", "then",
		"there", "these", "those", "has", "have", "had", "not", "but", "also", "could",
		"would", "may", "might", "will", "into", "over", "after", "about", "more", "most",
		"such", "any", "other", "who", "what", "when", "while", "both", "each", "if", "so",
		"can", "all", "said", "says", "say", "told", "he", "she", "we", "our", "us", "i",
		"s", "t", "no", "do", "did", "does", "up", "out", "some", "very", "just", "only",
		"should", "must", "own", "same", "how", "where", "why", "whose", "whom", "until":
		return true
	}
	return false
}
