package news

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchWords is the vocabulary of generated articles: news words, so the stopword and
// stemming paths are exercised as on real text.
var benchWords = strings.Fields(`the a of to in and embassy consulate diplomats expelled
ministry foreign Russia United States Moscow Washington ambassador staff mission closure
retaliation sanctions talks officials said on Monday week spies intelligence reciprocity
agreement relations security council statement government president minister capital
border trade report agency reporters announced decision number response measures`)

// genArticle returns an article of about size bytes: paragraphs of random sentences,
// with boilerplate lines around them as scraped pages have.
func genArticle(r *rand.Rand, size int) string {
	var b strings.Builder
	b.WriteString("Generated headline number ")
	b.WriteString(benchWords[r.IntN(len(benchWords))])
	b.WriteString("\n\n")
	for b.Len() < size {
		for s := 0; s < 4; s++ {
			n := 10 + r.IntN(15)
			for w := 0; w < n; w++ {
				if w > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(benchWords[r.IntN(len(benchWords))])
			}
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
		if r.IntN(4) == 0 {
			b.WriteString("Share this\n\n")
		}
	}
	b.WriteString("Related Posts\nAnother story\n")
	return b.String()
}

// genArticles returns n generated articles of about 3 KB.
func genArticles(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		out[i] = genArticle(r, 3000)
	}
	return out
}

func BenchmarkReadText(b *testing.B) {
	rd := newTestReader(b)
	arts := genArticles(256)
	b.SetBytes(int64(len(arts[0])))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := rd.Text(strings.NewReader(arts[i%len(arts)]), "a.txt"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkClusterAdd(b *testing.B) {
	arts := genArticles(1024)
	c, err := NewClusterer(DefaultClusterOptions())
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, b.N+1)
	for i := range ids {
		ids[i] = "doc-" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c.Add(ids[i%len(ids)], arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// itoa formats i without importing strconv into the benchmark's hot loop setup.
func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	n := len(buf)
	for ; i > 0; i /= 10 {
		n--
		buf[n] = byte('0' + i%10)
	}
	return string(buf[n:])
}

func BenchmarkSign(b *testing.B) {
	arts := genArticles(256)
	s := NewSigner(DefaultClusterOptions().Hashes, DefaultClusterOptions().Seed)
	b.SetBytes(int64(len(arts[0])))
	for i := 0; b.Loop(); i++ {
		s.Sign(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
