package analysis

import (
	"sort"
	"strings"

	"parity"
)

// Entry is one measure in a timeline, with its answers.
type Entry struct {
	Measure *parity.Measure `json:"-"`
	ID      string          `json:"measure"`
	Date    string          `json:"date"`
	Text    string          `json:"text"`
	Sources []string        `json:"sources"`
	Answers []Link          `json:"answers,omitempty"`
}

// Timeline lists the measures between actor and target (either way; all of actor's
// when target is empty; everything when both are), oldest first, each in plain words
// with its answers (stated or inferred). names turns codes into names.
func Timeline(l *parity.Ledger, actor, target string, since parity.Date, names func(string) string) []Entry {
	sub := &parity.Ledger{}
	for _, m := range l.Measures {
		if actor != "" && m.Actor != actor && m.Target != actor {
			continue
		}
		if target != "" && m.Actor != target && m.Target != target {
			continue
		}
		sub.Measures = append(sub.Measures, m)
	}
	rec := Match(sub, "", "", MatchOptions{})
	answersOf := map[string][]Link{}
	for _, r := range rec.Replies {
		answersOf[r.ID] = r.Links
	}
	sort.SliceStable(sub.Measures, func(i, j int) bool { return sub.Measures[i].Date.Start.Before(sub.Measures[j].Date.Start) })
	var out []Entry
	for _, m := range sub.Measures {
		if !since.IsZero() && m.Date.End.Before(since.Start) {
			continue
		}
		out = append(out, Entry{Measure: m, ID: m.ID, Date: m.Date.String(), Text: Sentence(m, names), Sources: m.SourceIDs(), Answers: answersOf[m.ID]})
	}
	return out
}

// Sentence tells a measure in plain words: "United States expelled 60 diplomats of
// Russia (Washington; New York)".
func Sentence(m *parity.Measure, names func(string) string) string {
	info, _ := parity.KindInfo(m.Kind)
	verb := info.Summary
	sep := " "
	if len(verb) > 1 && verb[:2] == "'s" {
		sep = ""
	}
	actor := names(m.Actor)
	if sep == "" && strings.HasSuffix(actor, "s") {
		actor += "'" // "United States' ambassador", not "United States's"
		verb = verb[2:]
	}
	s := actor + sep + verb
	if m.Kind == parity.Expel && m.Count != nil {
		noun := " diplomats of"
		if m.Count.String() == "1" {
			noun = " diplomat of"
		}
		s = actor + " expelled " + m.Count.String() + noun
	} else if m.Count != nil {
		s += " (" + m.Count.String() + ")"
	}
	s += " " + names(m.Target)
	if m.Place != "" {
		s += " — " + m.Place
	}
	return s
}
