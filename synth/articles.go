package synth

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	"parity"
)

// Article is a generated news report: plain text with a publication date, about 3 KB,
// shaped like the wire copy parity reads (a measure, its answer, background, quotes
// and filler), for measuring extraction speed on a corpus of any size.
type Article struct {
	Name      string
	Published time.Time
	Body      string
}

var (
	leads = []string{
		"%[1]s on %[5]s expelled %[3]d %[2]s diplomats, saying they had worked for intelligence services under diplomatic cover.",
		"%[1]s has ordered %[3]d members of the %[2]s embassy to leave the country within 72 hours, the foreign ministry said on %[5]s.",
		"The government of %[1]s said on %[5]s it would close the %[2]s consulate in %[6]s and declared %[3]d diplomats persona non grata.",
		"%[1]s recalled its ambassador from %[4]s on %[5]s and downgraded relations to the level of charge d'affaires.",
	}
	answers = []string{
		"Days later %[4]s answered in kind, expelling the same number of diplomats from %[1]s.",
		"In response, %[4]s said it would take reciprocal measures, without giving details.",
		"A week later the foreign ministry in %[7]s ordered %[3]d staff of the embassy of %[1]s out of the country.",
	}
	background = []string{
		"In %[8]d, %[1]s expelled %[9]d %[2]s diplomats after a similar dispute, and %[4]s mirrored the step.",
		"The two countries have traded expulsions for years; in %[8]d the embassy of %[4]s numbered about %[10]d staff.",
		"Officials said the mission of %[4]s had about %[10]d people accredited, against %[9]d for %[1]s in %[7]s.",
	}
	fillers = []string{
		"Analysts said the move reflected a broader deterioration in relations that began years ago and has touched trade, culture and sport.",
		"The foreign ministry spokesperson declined to say whether further steps were being prepared, but stressed that the door to dialogue remained open.",
		"Opposition politicians called for a tougher line, while business groups warned that the dispute could hurt exports of machinery and grain.",
		"Diplomats in the capital described the atmosphere as tense but said routine consular work, such as issuing visas, would continue for now.",
		"The embassy did not respond to a request for comment sent by email on the day the decision was announced.",
		"Some observers noted that similar measures had been taken by several neighbouring states over the previous months.",
		"Security services have warned for years that foreign intelligence officers use diplomatic posts as cover for recruiting sources.",
		"The ministry said the decision was final and that the diplomats concerned would be escorted to the border if necessary.",
		"Parliament is expected to debate the affair next week, when the foreign minister will answer questions from members.",
		"Trade between the two countries fell sharply last year, according to figures published by the national statistics office.",
	}
	hedges = []string{
		"Officials said %[1]s could expel more diplomats if the activities continued.",
		"%[4]s threatened to close the embassy of %[1]s if the measures were not reversed.",
	}
)

// Articles generates n articles with a seeded generator; each call of next returns
// one, so that a benchmark holds one article at a time whatever n is.
func Articles(g *parity.Gazetteer, seed int64) func() Article {
	rng := rand.New(rand.NewSource(seed))
	var states []*parity.Actor
	for _, code := range g.Codes() {
		a := g.Actor(code)
		if a.Kind == parity.Country && len(a.Demonyms) > 0 && a.Capital != "" {
			states = append(states, a)
		}
	}
	n := 0
	return func() Article {
		n++
		a := states[rng.Intn(len(states))]
		b := states[rng.Intn(len(states))]
		for b == a {
			b = states[rng.Intn(len(states))]
		}
		pub := time.Date(2015+rng.Intn(11), time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 0, 0, 0, 0, time.UTC)
		day := pub.AddDate(0, 0, -rng.Intn(5)).Weekday().String()
		args := []any{a.Name, b.Demonyms[0], 2 + rng.Intn(40), b.Name, day, b.Capital, b.Capital, pub.Year() - 1 - rng.Intn(10), 1 + rng.Intn(30), 20 + rng.Intn(300)}
		var sb strings.Builder
		para := func(ss ...string) {
			for i, s := range ss {
				if i > 0 {
					sb.WriteByte(' ')
				}
				// (a sentence with no verbs of its own is written as it stands: the
				// arguments it does not use would print as "%!(EXTRA ...)")
				if !strings.Contains(s, "%[") {
					sb.WriteString(s)
					continue
				}
				fmt.Fprintf(&sb, s, args...)
			}
			sb.WriteString("\n\n")
		}
		para(leads[rng.Intn(len(leads))], fillers[rng.Intn(len(fillers))])
		para(answers[rng.Intn(len(answers))], fillers[rng.Intn(len(fillers))], hedges[rng.Intn(len(hedges))])
		for sb.Len() < 2900 {
			if rng.Intn(3) == 0 {
				para(background[rng.Intn(len(background))], fillers[rng.Intn(len(fillers))])
			} else {
				para(fillers[rng.Intn(len(fillers))], fillers[rng.Intn(len(fillers))])
			}
		}
		return Article{Name: fmt.Sprintf("synthetic-%06d.txt", n), Published: pub, Body: strings.TrimSpace(sb.String())}
	}
}
