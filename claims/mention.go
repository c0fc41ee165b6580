package claims

import (
	"slices"
	"strings"
)

// mention is a name of the gazetteer found in a sentence.
type mention struct {
	entry
	start, end int    // token range
	prep       string // the preposition just before it ("in", "from", "by"), or ""
	possessive bool   // followed by "'s"
	modifies   string // noun class of the word it qualifies ("diplomat", "mission"), or ""
	ordered    bool   // the object of an order: "told Russia to", "ordered Ottawa to"
	subject    bool   // can act: not after a preposition, not qualifying a noun of people or missions
}

var prepositions = map[string]bool{"in": true, "from": true, "to": true, "of": true, "by": true, "at": true, "with": true, "against": true, "on": true, "for": true, "between": true, "toward": true, "towards": true, "into": true, "near": true, "over": true, "out": true, "across": true, "than": true, "throughout": true, "within": true, "around": true, "inside": true, "outside": true, "beyond": true, "along": true, "amid": true}

// orderVerbs make the name after them the one who must act: "told Russia to cut".
var orderVerbs = map[string]bool{"told": true, "ordered": true, "asked": true, "asks": true, "asking": true, "instructed": true, "forced": true, "required": true, "require": true, "requires": true, "demanded": true, "directed": true, "obliged": true, "compelled": true, "orders": true, "tells": true}

// toldWhom reports whether w is a verb whose object is the one told or ordered:
// "Russia told Warsaw", "informed the Iranian authorities".
func toldWhom(w string) bool {
	return orderVerbs[w] || w == "informed" || w == "notified" || w == "telling" || w == "informing"
}

// capitalsActing reports whether the last of ms ends a list of capitals that opens
// with no preposition before it: "London, Paris and Tokyo announced" (not "its
// embassies in Cairo, Manama, Rabat and Ashgabat").
func capitalsActing(toks []token, ms []mention) bool {
	i := len(ms) - 1
	for ; i >= 0; i-- {
		if ms[i].role != roleCapital {
			return false
		}
		if i == 0 || !listGap(toks, ms[i-1], ms[i]) {
			break
		}
	}
	return ms[i].prep == ""
}

// asideThenTo reports whether an aside set off by commas at k ("along with four of
// its East European allies") runs up to "to".
func asideThenTo(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].low != "," {
		return false
	}
	switch toks[k+1].low {
	case "along", "together", "as", "like", "alongside":
	default:
		return false
	}
	for j := k + 2; j < min(len(toks)-1, k+14); j++ {
		if toks[j].low == "," {
			return toks[j+1].low == "to"
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// presentVerbs are verbs of acting in the present tense, as timelines and headlines
// tell them: "in Tehran, Berlin calls its ambassador home".
var presentVerbs = map[string]bool{"calls": true, "recalls": true, "expels": true, "closes": true, "shuts": true, "orders": true, "summons": true, "breaks": true, "severs": true, "cuts": true, "withdraws": true, "suspends": true, "says": true, "announces": true, "declares": true, "downgrades": true, "restores": true, "reopens": true, "pulls": true, "sends": true, "brings": true, "tells": true, "asks": true, "follows": true, "does": true}

// withdrawWords are what a state may be told to do with its people: "to withdraw",
// "to recall", "to pull them out".
var withdrawWords = map[string]bool{"withdraw": true, "recall": true, "pull": true, "remove": true, "reduce": true, "cut": true, "close": true, "leave": true}

// othersAfter returns where "and six other governments" or "and several other
// states" that starts at k ends, or k when none does.
func othersAfter(toks []token, k int) int {
	if k+3 >= len(toks) || toks[k].low != "and" {
		return k
	}
	for j := k + 2; j < min(len(toks), k+6); j++ {
		if stateNouns[toks[j].low] && (toks[j-1].low == "other" || j >= 2 && toks[j-2].low == "other") {
			return j + 1
		}
	}
	return k
}

// isTown reports whether the mention names a capital or a city, not a state.
func (m mention) isTown() bool { return m.role == roleCapital || m.role == roleCity }

// pastVerbs are verbs in the past tense that do not end in "-ed": "Kuwait shut",
// "Bolivia broke off relations".
var pastVerbs = map[string]bool{"broke": true, "cut": true, "said": true, "did": true, "took": true, "gave": true, "told": true, "sent": true, "made": true, "shut": true, "withdrew": true, "left": true, "drew": true, "kept": true, "put": true, "flew": true, "brought": true}

// verbAfter reports whether an active verb follows k, past "all", "both", "also"
// or "then": "Kuwait all shut", "Belarus expelled", "Poland has".
func verbAfter(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch w := toks[k].low; w {
		case "all", "both", "also", "then", "too":
			continue
		case "has", "have", "had", "will", "would":
			return true
		default:
			if pastVerbs[w] || presentVerbs[w] {
				return true
			}
			// (not "were called home": a passive's subject is the noun the list
			// hangs on, "Peru's ambassadors in Argentina, ... and Mexico")
			return strings.HasSuffix(w, "ed") && !toks[k].upper
		}
	}
	return false
}

// countedBefore reports whether a quantity ends right before k, or before "other" or
// "more" there: "four British", "three other Iranian".
func (lx *Lexicon) countedBefore(toks []token, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		// ("three other Iranian officials", "two more British officials")
		if q, ok := lx.parseQuantity(toks, j); ok && (q.end == k || q.end == k-1 && moreWords[toks[k-1].low]) && !q.yearLike {
			return true
		}
	}
	return false
}

// placeNouns name a part of a land: "Libya's capital", "Iraqi soil".
var placeNouns = map[string]bool{"capital": true, "soil": true, "territory": true, "airport": true, "border": true, "borders": true, "streets": true, "capital's": true}

// governing nouns make a demonym act: "the Russian government", "Polish authorities".
var governing = map[string]bool{"government": true, "governments": true, "authorities": true, "ministry": true, "foreign": true, "president": true, "prime": true, "leader": true, "leaders": true, "leadership": true, "side": true, "state": true, "security": true, "cabinet": true, "officials": true, "diplomacy": true, "administration": true, "parliament": true, "court": true, "chancellor": true, "counterpart": true, "counterparts": true}

// mentions finds gazetteer names in the tokens, longest first, and classifies each by
// the words around it.
func (lx *Lexicon) mentions(toks []token, out []mention) []mention {
	return lx.mentionsKnowing(toks, out, nil)
}

// mentionsKnowing is mentions with the surnames a story has taught: "Foreign
// Minister Penny Wong" early in a story makes "Wong said" later speak for Australia.
func (lx *Lexicon) mentionsKnowing(toks []token, out []mention, surnames map[string]entry) []mention {
	out = out[:0]
	var buf [128]byte
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.punct || t.num {
			continue
		}
		longest := lx.firsts[t.low]
		if longest == 0 {
			// (not "Mansoor Ahmad Khan" once "Imran Khan" is known: another name)
			if e, ok := surnames[t.low]; ok && t.upper && (i == 0 || !toks[i-1].upper || toks[i-1].low == "the" || weekdayName(toks[i-1].low) || months[toks[i-1].low] != 0) {
				out = append(out, mention{entry: e, start: i, end: i + 1})
			}
			continue
		}
		for n := min(longest, len(toks)-i); n >= 1; n-- {
			key := append(buf[:0], toks[i].low...)
			for k := 1; k < n; k++ {
				key = append(key, ' ')
				key = append(key, toks[i+k].low...)
			}
			e, ok := lx.phrases[string(key)]
			if !ok {
				continue
			}
			if e.exact != "" && toks[i].text != e.exact {
				continue
			}
			// ("the South Korean embassy": "the South" opens a longer name there)
			if e.other != nil && e.other.alone() && i+n < len(toks) && toks[i+n].upper {
				continue
			}
			first := toks[i]
			if first.low == "the" && n > 1 {
				first = toks[i+1]
			}
			if !first.upper {
				continue
			}
			if e.role == roleNone { // the words are taken, by no actor
				i += n - 1
				break
			}
			// "the German Foreign Office", "Germany's Foreign Office": a seat's name
			// qualified by another state is that state's own office
			if e.role == roleSeat && len(out) > 0 {
				if prev := out[len(out)-1]; prev.code != e.code && (prev.end == i && prev.role == roleDemonym || prev.end == i-1 && toks[i-1].low == "'s") {
					i += n - 1
					break
				}
			}
			// "four European Union governments", "the first EU leader": an
			// organisation's members act, not the organisation
			if lx.orgs[e.code] && i+n < len(toks) && memberNouns[toks[i+n].low] {
				i += n - 1
				break
			}
			// ("Petro Vrublevsky": a one-word office holder's name that opens
			// another full name is that person's given name)
			if e.role == roleOfficial && n == 1 && i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct && lx.firsts[toks[i+1].low] == 0 && (i == 0 || !toks[i-1].upper) {
				break
			}
			// ("Interior Secretary Santiago Creel": a town's name after a title and
			// before another name is a person's given name)
			if (e.role == roleCapital || e.role == roleCity) && n == 1 && i > 0 && officeWords[toks[i-1].low] && toks[i-1].upper && i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct && lx.firsts[toks[i+1].low] == 0 {
				break
			}
			m := mention{entry: e, start: i, end: i + n}
			out = append(out, m)
			i += n - 1
			break
		}
	}
	for k := range out {
		m := &out[k]
		p := m.start - 1
		// ("at an EU summit": an article does not part a name from its preposition;
		// "on a Canadian aircraft" keeps a demonym free to qualify)
		if p >= 0 && (toks[p].low == "the" || (toks[p].low == "a" || toks[p].low == "an") && m.role == roleName) {
			p--
		}
		// ("with President Hassan Sheikh Mohamud at his side": an office holder's
		// title does not part him from his preposition either)
		// ("the government of Prime Minister Thaksin Shinawatra" still acts)
		if m.role == roleOfficial {
			q := p
			for q > 0 && toks[q].upper && officeWords[toks[q].low] {
				q--
			}
			if q < 0 || toks[q].low != "of" {
				p = q
			}
		}
		// "in northern Mexico": a part of the land still stands after the preposition
		if p > 0 && compassWords[toks[p].low] && (prepositions[toks[p-1].low] || toks[p-1].low == "the") {
			p--
			if p > 0 && toks[p].low == "the" {
				p--
			}
		}
		// ("after consultation with its EU and NATO partners": a name qualifying a
		// possessed noun keeps the preposition before the possessive)
		if p > 0 && (toks[p].low == "its" || toks[p].low == "their" || toks[p].low == "his" || toks[p].low == "her") && prepositions[toks[p-1].low] {
			p--
		}
		// "from both Tel Aviv and Washington"
		if p > 0 && (toks[p].low == "both" || toks[p].low == "either") && prepositions[toks[p-1].low] {
			p--
		}
		// "in Maryland and New York" goes on a list of places; "sanctions on Moscow,
		// and Russia answered" starts a clause whose subject is Russia
		// ("Paris and Rome recall their ambassadors": towns that act together)
		if p >= 0 && toks[p].low == "and" && k > 0 && out[k-1].place != "" && out[k-1].end >= p-1 && (p == 0 || toks[p-1].low != ",") && !(m.role == roleCapital && capitalsActing(toks, out[:k])) {
			m.prep = "and"
		}
		// "its embassies in five countries - Bahrain, Egypt, ...": the names that
		// spell out a counted group take its preposition
		if p >= 3 && (toks[p].low == "-" || toks[p].low == ":" || toks[p].low == "(") && groupNouns[toks[p-1].low] && (toks[p-2].num || lx.numbers[toks[p-2].low] > 1) && prepositions[toks[p-3].low] {
			p -= 3
		}
		if p >= 0 && prepositions[toks[p].low] {
			m.prep = toks[p].low
			if m.prep == "of" && p > 0 && toks[p-1].low == "out" {
				m.prep = "out of"
			}
		}
		// ("told the Soviet Union, along with four of its allies, to shut ...")
		o := p
		if o > 0 && toks[o].low == "the" {
			o--
		}
		if o >= 0 && orderVerbs[toks[o].low] && m.end < len(toks) && (toks[m.end].low == "to" || toks[m.end].low == "'s" || asideThenTo(toks, m.end)) {
			m.ordered = true
		}
		if m.end < len(toks) && toks[m.end].low == "'s" {
			m.possessive = true
		}
		// what the name qualifies: the first noun after it (skipping "'s" and adjectives)
		for j := m.end; j < min(len(toks), m.end+7); j++ {
			w := toks[j].low
			if w == "'s" || w == "-" {
				continue
			}
			// "the Swedish and Japanese governments": a list of demonyms qualifies the
			// noun after its last
			if m.role == roleDemonym && (w == "and" || w == ",") && k+1 < len(out) && out[k+1].start == j+1 && out[k+1].role == roleDemonym {
				j = out[k+1].end - 1
				continue
			}
			// "Pakistan's defence, naval and air advisers": a list of qualifiers
			if w == "," && j > m.end && j+1 < len(toks) && isAdjectiveLike(toks[j+1].low) && isAdjectiveLike(toks[j-1].low) {
				continue
			}
			if j >= m.end+4 && !isAdjectiveLike(w) && lx.nounClass(w) == "" {
				break
			}
			if governing[w] {
				m.modifies = "government"
				// ("four British officials at the embassy were told to leave": officials
				// counted are people, not a government)
				if w == "officials" && lx.countedBefore(toks, m.start) {
					m.modifies = "diplomat"
				}
				break
			}
			if c := lx.nounClass(w); c != "" {
				m.modifies = c
				break
			}
			if toks[j].punct || toks[j].num || !isAdjectiveLike(w) {
				break
			}
		}
		// "the government in La Paz", "the authorities in Kabul": the capital acts
		// (not "took over the state in Sanaa": the state there is what was taken)
		// ("the Department of Foreign Affairs in Manila")
		if m.prep == "in" && m.role == roleCapital && p > 0 && (governing[toks[p-1].low] && toks[p-1].low != "state" || p > 1 && toks[p-1].low == "affairs" && toks[p-2].low == "foreign") {
			m.prep = ""
		}
		// "In Mali, the transitional government expelled ...", "In Rabat, the foreign
		// ministry said": a land or capital that opens the sentence before its
		// government speaks for it
		if m.prep == "in" && p == 0 && m.role != roleCity && m.end+2 < len(toks) && toks[m.end].low == "," && governmentFollows(toks, m.end+1) {
			m.prep = ""
		}
		// "Anatoly Glaz, spokesman for the Belarusian foreign ministry, said": the
		// ministry a spokesman speaks for is who speaks
		// (not "expelled the spokesman of the UN mission": the spokesman speaks)
		if (m.prep == "for" || m.prep == "of") && p > 0 && strings.HasPrefix(toks[p-1].low, "spokes") && speaksAfter(toks, m.end) {
			m.prep = ""
		}
		// a dateline ("RIYADH - ...") names where the report was filed
		if isDateline(toks, *m) {
			m.prep = "in"
		}
		if secondDateline(toks, *m) {
			m.prep = "/"
		}
		m.subject = m.prep == "" && (m.modifies == "" || m.modifies == "government" || m.possessive && m.modifies != "diplomat" && m.modifies != "mission")
		// "the diplomatic presence in Libya's capital packed up": a land's capital,
		// soil or airport is where, not who
		if m.role == roleCity || m.possessive && m.end+1 < len(toks) && placeNouns[toks[m.end+1].low] {
			m.subject = false
		}
		// "declared Canada's ambassador persona non grata": a possessive right after a
		// verb is its object, not the subject of the clause
		if m.subject && m.possessive && m.modifies == "ambassador" && p >= 0 && objectOfVerb(toks[p]) {
			m.subject = false
		}
		// "Russia told Warsaw it would close ...": the one told is no subject
		if m.subject && p >= 0 && toldWhom(toks[p].low) {
			m.subject = false
		}
		// ("The Americans emptied and closed their embassy": a people opening the
		// sentence is its subject)
		if m.role == roleDemonym && m.modifies != "government" && !peopleActs(toks, *m) {
			m.subject = false
		}
		// "all of its diplomats had left Sudan": the land left is the verb's object
		if m.subject && p >= 0 && leftVerbs[toks[p].low] {
			m.subject = false
		}
	}
	// "Peru's ambassadors in Argentina, Bolivia, Colombia and Mexico were called
	// home": the names listed after a place's preposition do not act, unless one
	// goes on to a verb of its own ("in Moscow, and Belarus expelled ...")
	// ("took over the state in Sanaa, Saudi Arabia, the UAE and Kuwait all evacuated
	// their staff": a list that goes on to a verb is of those who act)
	for k := 0; k < len(out); k++ {
		if p := out[k].prep; p != "in" && p != "at" && p != "from" {
			continue
		}
		j := k
		// (a list holds names of one sort: "In Bern, Hungary and Israel sign" is a
		// place, then who acts)
		for j+1 < len(out) && (out[j+1].prep == "" || out[j+1].prep == "and") && out[j+1].role != roleOfficial && out[j+1].role != roleDemonym && out[j+1].isTown() == out[k].isTown() && listGap(toks, out[j], out[j+1]) {
			j++
		}
		// ("its ambassadors in Paris, London and Ankara have been ordered back": the
		// verb is the envoys', the list where they serve)
		if j > k && (!verbAfter(toks, out[j].end) || lx.heldBy(toks, out[k], out[j])) {
			for i := k + 1; i <= j; i++ {
				out[i].subject = false
			}
		}
		k = j
	}
	// "The Dutch, the Danes and the Irish also closed their embassies": peoples
	// listed at the sentence's opening that go on to a verb all act
	e := entryStart(toks)
	if len(out) > 0 && isDateline(toks, out[0]) && out[0].end+1 < len(toks) && toks[out[0].end].low == "-" {
		e = out[0].end + 1
	}
	if e+1 < len(toks) && toks[e].low == "the" {
		k := slices.IndexFunc(out, func(m mention) bool { return m.start == e+1 && m.role == roleDemonym && m.modifies == "" })
		j := k
		for k >= 0 && j+1 < len(out) && out[j+1].role == roleDemonym && out[j+1].modifies == "" && listGap(toks, out[j], out[j+1]) {
			j++
		}
		if j > k && verbAfter(toks, out[j].end) {
			for i := k; i <= j; i++ {
				out[i].subject = true
			}
		}
	}
	// "Ethiopia, for years Israel's closest partner in the Horn of Africa, took the
	// same step": a name inside the words set off after the sentence's opening
	// state describes it and does not act (not "Kenya, Uganda and Tanzania", a list)
	if len(out) > 1 && out[0].start == e && out[0].subject && out[0].end < len(toks) && toks[out[0].end].low == "," {
		// (an organisation its chair acts for does act: "Luxembourg, holding the EU
		// presidency, ... struck a deal")
		for i := 1; i < len(out) && describes(toks, out[0].end+1, out[i].start); i++ {
			if !lx.orgs[out[i].code] {
				out[i].subject = false
			}
		}
	}
	// "told Argentina, Chile and Uruguay to withdraw": every name listed is told
	// ("gave China 72 hours to shut its consulate": so is a state given time to act)
	for k := 0; k < len(out); k++ {
		p := out[k].start - 1
		if p < 0 || !orderVerbs[toks[p].low] && !lx.givenTime(toks, p, out[k].end) {
			continue
		}
		j := k
		for j+1 < len(out) && listedBefore(toks, out[j], out[j+1]) {
			j++
		}
		// ("told Santo Domingo and six other governments to withdraw": unnamed
		// others told with it)
		e := othersAfter(toks, out[j].end)
		// ("told Peru and six other governments that had questioned his
		// re-election to withdraw their representatives": past a relative clause)
		if e < len(toks) && (toks[e].low == "that" || toks[e].low == "which" || toks[e].low == "who") {
			for i := e + 1; i+1 < min(len(toks), e+10); i++ {
				if toks[i].punct {
					break
				}
				if toks[i].low == "to" && withdrawWords[toks[i+1].low] {
					e = i
					break
				}
			}
		}
		if !orderVerbs[toks[p].low] {
			e = lx.pastTime(toks, e)
		}
		e = pastMeans(toks, e)
		// (a name alone is told only when unnamed others or a clause stand between
		// it and "to")
		if e < len(toks) && (j > k && (toks[e].low == "to" || toks[e].low == "'s") || e != out[j].end && toks[e].low == "to") {
			for i := k; i <= j; i++ {
				out[i].ordered, out[i].subject = true, false
			}
		}
		k = j
	}
	return out
}

// leftVerbs take the land left as their object.
var leftVerbs = map[string]bool{"left": true, "leave": true, "leaves": true, "leaving": true, "quit": true, "quits": true, "quitting": true, "fled": true, "flee": true, "flees": true, "fleeing": true, "exited": true}

// isPlace reports whether the name stands for a place: "Washington's decision" is the
// government deciding, "Maryland's Eastern Shore" still a place.
func (m mention) isPlace() bool {
	return m.place != "" && (!m.possessive || m.role == roleCity)
}

// listedBefore reports whether mention a is listed right before b as a party: only
// commas, "and" and "the" between them, and a not after a preposition or a city.
func listedBefore(toks []token, a, b mention) bool {
	return a.prep == "" && a.role != roleCity && listGap(toks, a, b)
}

// listGap reports whether only commas, "and" and "the" (one to three words) stand
// between mentions a and b: "Bamako and Niamey", "Saudi Arabia, the UAE".
func listGap(toks []token, a, b mention) bool {
	gap := toks[a.end:b.start]
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	// ("with Britain, along with the United States, France ...")
	if len(gap) >= 3 && gap[0].low == "," && togetherWith(gap, 1) {
		gap = gap[3:]
	}
	// ("its ambassadors in Tel Aviv and in Washington", "from Israel and from the
	// United States": the first name's preposition said again)
	if a.prep != "" && b.prep == a.prep {
		n := len(gap)
		if n > 0 && gap[n-1].low == "the" {
			n--
		}
		if n >= 2 && gap[n-1].low == a.prep && (gap[n-2].low == "and" || gap[n-2].low == ",") {
			gap = gap[:n-1]
		}
	}
	if len(gap) > 3 {
		return false
	}
	for _, g := range gap {
		if g.low != "," && g.low != "and" && g.low != "the" {
			return false
		}
	}
	return true
}

// adjectives that may stand between a name and its noun: "Russian intelligence
// officers", "US diplomatic staff", "Czech embassy staff".
func isAdjectiveLike(w string) bool {
	switch w {
	case "diplomatic", "intelligence", "suspected", "alleged", "consular", "military", "defence", "defense", "embassy", "senior", "junior", "accredited", "remaining", "undeclared", "secret", "foreign", "other", "two", "three", "more", "technical", "administrative", "and", "local", "trade", "naval", "commercial", "general",
		// posts and ranks: "a deputy head", "Britain's defence attaché", "the first secretary"
		"top", "air", "deputy", "political", "press", "cultural", "economic", "first", "second", "third", "chief", "acting", "assistant",
		// "25 named diplomats", "six additional officials"
		"named", "unnamed", "additional", "further", "visiting",
		// "the Pakistani High Commission"
		"high",
		// "Belarus's newly appointed ambassador", "the new Belarusian envoy"
		"new", "newly", "appointed", "designated", "incoming", "outgoing",
		// "Uganda's two most senior diplomats"
		"most":
		return true
	}
	// "the second-ranking diplomat", "a high-ranking official", "a mid-level diplomat"
	return strings.HasSuffix(w, "-ranking") || strings.HasSuffix(w, "-ranked") || strings.HasSuffix(w, "-level")
}

// nounClass returns the first noun class ("diplomat", "mission", ...) the word belongs
// to, in the order that reads best for a qualifier, or "".
func (lx *Lexicon) nounClass(w string) string {
	for _, c := range nounClassOrder {
		if lx.inClass(c, w) {
			return c
		}
	}
	return ""
}

var nounClassOrder = []string{"ambassador", "mission", "property", "diplomat", "relations", "talks"}

// inClass reports whether a lower-cased word is a noun of the class.
func (lx *Lexicon) inClass(class, w string) bool {
	for _, p := range lx.nouns[class] {
		if wordMatch(p, w) {
			return true
		}
	}
	return false
}

// heldBy reports whether the list of places from first to last follows the people or
// posts they hold: "its ambassadors in Paris, London and Ankara". Only a list closed
// by "and" does (not "illnesses among its staff in Havana, Washington pulled", a place
// and then who acts).
func (lx *Lexicon) heldBy(toks []token, first, last mention) bool {
	p := beforeThe(toks, first.start)
	if p < 1 || toks[beforeThe(toks, last.start)].low != "and" {
		return false
	}
	w := toks[p-1].low
	return lx.inClass("ambassador", w) || lx.inClass("diplomat", w) || lx.inClass("mission", w)
}

// objectOfVerb reports whether the word before a name is a verb the name is the object
// of: a lower-case word that is neither a conjunction nor an adverb of time.
func objectOfVerb(t token) bool {
	if t.punct || t.num || t.upper {
		return false
	}
	return !clauseOpeners[t.low]
}

// objectVerbs take the state named right after them as their object: "accused
// Bogota of", "thanked Djibouti for".
var objectVerbs = map[string]bool{"accused": true, "accusing": true, "blamed": true, "blaming": true, "thanked": true, "urged": true, "urging": true, "criticised": true, "criticized": true, "condemned": true, "warned": true, "warning": true, "rebuked": true, "answered": true, "met": true, "matched": true, "countered": true}

// memberNouns are the words after an organisation's name that speak of its members:
// "EU governments", "NATO allies", "the first EU leader".
var memberNouns = map[string]bool{"governments": true, "government": true, "states": true, "countries": true, "members": true, "member": true, "leader": true, "leaders": true, "capitals": true, "nations": true, "partners": true, "allies": true, "ally": true, "ministers": true}

// clauseOpeners are words after which a name may begin a clause of its own.
var clauseOpeners = map[string]bool{"and": true, "but": true, "or": true, "then": true, "while": true, "as": true, "when": true, "after": true, "before": true, "since": true, "that": true, "which": true, "where": true, "because": true, "meanwhile": true, "also": true, "later": true, "earlier": true, "so": true, "though": true, "although": true, "once": true, "whereas": true, "until": true, "if": true, "now": true, "yet": true, "today": true, "yesterday": true}

// compassWords name a part of a land: "in northern Mexico", "in the east of".
var compassWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// officeWords make up the titles that stand before an office holder's name:
// "President", "Foreign Minister", "Deputy Prime Minister".
var officeWords = map[string]bool{"president": true, "prime": true, "minister": true, "foreign": true, "secretary": true, "vice": true, "vice-president": true, "deputy": true, "king": true, "queen": true, "prince": true, "general": true, "chancellor": true, "premier": true, "sheikh": true, "emir": true, "sultan": true, "crown": true, "interim": true, "acting": true}

// peopleActs reports whether m is a people opening the sentence with an active verb:
// "The Americans emptied ...", not "The Libyans are believed to be the first ... to
// be expelled".
func peopleActs(toks []token, m mention) bool {
	return peopleOpens(toks, m, entryStart(toks)) && !isPassiveAux(toks[m.end].low)
}

// governmentFollows reports whether "the" and a government, with at most two words
// before its noun, stand at k: "the transitional government", "the foreign ministry".
func governmentFollows(toks []token, k int) bool {
	if toks[k].low != "the" {
		return false
	}
	for j := k + 1; j < min(len(toks), k+4); j++ {
		switch toks[j].low {
		case "government", "authorities", "ministry", "junta", "cabinet", "administration":
			return true
		}
	}
	return false
}

// speaksAfter reports whether a verb of saying follows within six words of k:
// "spokesman for the Belarusian foreign ministry, said".
func speaksAfter(toks []token, k int) bool {
	for j := k; j < min(len(toks), k+6); j++ {
		switch toks[j].low {
		case "said", "says", "told", "announced", "stated", "confirmed":
			return true
		}
	}
	return false
}

// describes reports whether the words from..to, after a comma that follows a state,
// open a description of it: "for years Israel's", "long a friend of" (not "the", an
// item of a list, nor "with which", a clause with a subject of its own, nor a comma).
func describes(toks []token, from, to int) bool {
	if to <= from {
		return false
	}
	words := 0
	for k := from; k < to; k++ {
		switch toks[k].low {
		case ",", "which", "who", "whom", "whose", "where", "when":
			return false
		case "the", "and":
		default:
			words++
		}
	}
	return words > 0
}

// grantVerbs give a state time to do something: "gave China 72 hours to shut".
var grantVerbs = map[string]bool{"gave": true, "give": true, "gives": true, "giving": true, "given": true}

// givenTime reports whether the verb at p grants time to the one named up to end:
// "gave China 72 hours to", "giving the Colombian mission 72 hours to".
func (lx *Lexicon) givenTime(toks []token, p, end int) bool {
	if !grantVerbs[toks[p].low] {
		return false
	}
	e := lx.pastTime(toks, end)
	return e > end && e < len(toks) && toks[e].low == "to"
}

// pastTime returns the index past a span of time that starts at k ("72 hours", "a
// month", "one week"), or k.
func (lx *Lexicon) pastTime(toks []token, k int) int {
	if k < len(toks) && (toks[k].low == "a" || toks[k].low == "an") && k+1 < len(toks) && timeUnit(toks, k+1) {
		return k + 2
	}
	if q, ok := lx.parseQuantity(toks, k); ok && timeUnit(toks, q.end) {
		return q.end + 1
	}
	return k
}

// pastMeans returns the index past the means an order went by, told between the one
// told and "to": "told Brussels in a diplomatic note to shut", or k.
func pastMeans(toks []token, k int) int {
	if k >= len(toks) || toks[k].low != "in" && toks[k].low != "by" && toks[k].low != "through" {
		return k
	}
	for j := k + 1; j < min(len(toks), k+6); j++ {
		switch toks[j].low {
		case "note", "letter", "statement", "message", "cable":
			if j+1 < len(toks) && toks[j+1].low == "to" {
				return j + 1
			}
			return k
		}
		if toks[j].punct {
			return k
		}
	}
	return k
}
