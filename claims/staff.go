package claims

import (
	"slices"
	"strings"

	"parity"
)

// staffCues are words that make a number of people in a sentence a head-count of a
// mission rather than the object of a measure.
var staffCues = map[string]bool{"has": true, "staff": true, "payroll": true, "have": true, "had": true, "employs": true, "employ": true, "employed": true, "employing": true, "numbers": true, "numbered": true, "number": true, "stood": true, "stands": true, "totals": true, "totalled": true, "totaled": true, "fell": true, "dropped": true, "down": true, "against": true, "compared": true, "versus": true, "vs": true, "works": true, "work": true, "working": true, "accredited": true, "remain": true, "stay": true, "stayed": true, "stays": true, "remained": true, "remaining": true, "staffed": true, "headcount": true, "counted": true, "while": true, "shrank": true, "grew": true, "declined": true, "from": true, "is": true, "are": true, "were": true, "was": true, "there": true, "left": true, "leave": true, "leaves": true, "leaving": true, "serve": true, "serves": true, "served": true, "serving": true, "posted": true, "worked": true, "stationed": true, "based": true, "assigned": true, "positions": true, "counts": true, "strong": true, "hosts": true, "hosted": true, "hosting": true, "registered": true, "attached": true, "keeps": true, "keep": true, "kept": true, "maintains": true, "maintain": true, "maintained": true, "shows": true, "showed": true, "lists": true, "listed": true}

// countVerbs state a head-count: "numbers about 200", "totals 45", "stands at 60".
var countVerbs = map[string]bool{"numbers": true, "numbered": true, "totals": true, "totalled": true, "totaled": true, "at": true}

// staffHeads are nouns that take a head-count after "of": "a staff of about 100".
var staffHeads = map[string]bool{"staff": true, "team": true, "workforce": true, "headcount": true, "complement": true, "strength": true, "total": true}

// staffNouns are the people a head-count counts.
var staffNouns = map[string]bool{"positions": true, "attaches": true, "attachés": true, "diplomats": true, "staff": true, "staffers": true, "employees": true, "personnel": true, "people": true, "officials": true, "officers": true, "members": true, "workers": true, "diplomatic": true}

// staffClaims reads head-counts of missions: "about 220 Russian staff in the United
// States", "US staff in Russia fell from about 1,200 to about 120", "140 Russian staff
// in Prague against 65 Czech in Moscow". A number counted by a measure is skipped.
func (x *Extractor) staffClaims(st *docState, s span, ments []mention, dates []datePhrase, used map[int]bool) []Claim {
	toks := st.toks
	cue := false
	for _, t := range toks {
		if staffCues[t.low] {
			cue = true
			break
		}
	}
	// ("- New Delhi: 266 employees": a fact line needs no verb)
	if !cue && st.bullet && len(ments) > 0 && isLabel(toks, ments[0]) {
		cue = true
	}
	if !cue {
		return nil
	}
	var out []Claim
	lastSender, lastHost := "", ""
	lastBest, lastDate := -1, parity.Date{}
	for k := 0; k < len(toks); k++ {
		if used[k] {
			continue
		}
		q, ok := x.lx.parseQuantity(toks, k)
		if !ok || q.yearLike || q.frac > 0 || timeUnit(toks, q.end) {
			continue
		}
		k = q.end - 1
		// (a mission of one is stated as such: "hosts a single Iraqi diplomat")
		lone := loneWord(toks[q.end-1].low)
		if q.min != nil && *q.min < 2 && q.max != nil && *q.max < 2 && !lone {
			continue
		}
		// "each embassy will have seven diplomats": a size to come is a cap's
		if willHave(toks, q.start) {
			continue
		}
		// "those expelled include two deputy military attaches": some of a group
		if q.start > 0 && strings.HasPrefix(toks[q.start-1].low, "includ") {
			continue
		}
		// "four other people", "two more diplomats", "55 of its employees": a part of
		// a mission, not its size
		// ("has ten fewer accredited diplomats than it did": a difference)
		if q.end < len(toks) && (moreWords[toks[q.end].low] || toks[q.end].low == "of" || toks[q.end].low == "fewer" || toks[q.end].low == "less") {
			continue
		}
		sender, host := "", ""
		// the noun after the number, through a demonym: "220 Russian staff" (or
		// "455 was the number of Russian diplomatic and technical staff")
		nounAt := -1
		from := q.end
		switch {
		case numberOf(toks, q.end):
			from = q.end + 4
		case q.start == 0 && q.end+1 < len(toks) && toks[q.end].low == "-":
			// ("15 - accredited American diplomats still in Nicaragua": a fact
			// line's number and its people across the dash)
			from = q.end + 1
		}
		for j := from; j < min(len(toks), from+4); j++ {
			// (not "two police officers were killed": officers of no mission)
			if j > 0 && forceWords[toks[j-1].low] {
				break
			}
			if staffNouns[toks[j].low] || lone && staffNouns[toks[j].low+"s"] {
				// "two diplomatic outposts" are missions, not people
				if toks[j].low == "diplomatic" && j+1 < len(toks) && (x.lx.inClass("mission", toks[j+1].low) || toks[j+1].low == "outposts") {
					break
				}
				nounAt = j
				break
			}
			if toks[j].punct || toks[j].num {
				break
			}
			// ("Two cars with diplomatic plates": the counted noun came before)
			if w := toks[j].low; w == "with" || w == "for" {
				break
			}
		}
		// "It has 196 Americans", "a staff of 31 Americans": a people after the number
		// counts the mission's people and says whose they are
		people := ""
		// ("some 120 Russians worked at the embassy": or a verb of serving after it)
		// ("his remaining staff, thirty Americans in all": or the staff before it)
		if nounAt < 0 && q.start > 0 && (staffCues[toks[q.start-1].low] && toks[q.start-1].low != "from" || toks[q.start-1].low == "," && q.start > 1 && staffNouns[toks[q.start-2].low] || toks[q.start-1].low == "of" && q.start > 1 && staffHeads[toks[q.start-2].low]) || nounAt < 0 && q.end+1 < len(toks) && servesAfter(toks[q.end+1].low) {
			for _, m := range ments {
				if m.start == q.end && m.role == roleDemonym && strings.HasSuffix(toks[m.end-1].low, "s") && m.modifies == "" {
					nounAt, people = m.start, m.code
				}
			}
		}
		var elided, labelled bool
		// "Bulgaria's own embassy in Moscow, by his account, has just 12": a post
		// that has a bare number at the clause's end has that many people
		if nounAt < 0 && (q.end == len(toks) || toks[q.end].punct) && hasBefore(toks, q.start) && wordClassIn(x.lx, toks, 0, q.start, "mission") {
			nounAt = q.start - 1
		}
		// "the mission, then 55 strong", "a 40-strong team"
		// (not "the Polish minority, some 400,000 strong": a people, no mission)
		if nounAt < 0 && q.end < len(toks) && toks[q.end].low == "strong" && !populationBefore(toks, q.start) {
			nounAt = q.end
		}
		// "Russia had 150 diplomats in Britain and Britain 60 in Russia", "Poland has
		// 50 diplomats in Belarus and Lithuania 25": a state and a number with the
		// verb and noun left out, after a first head-count; with no land named, the
		// land of the count before
		// ("Iran had 23 diplomats in Britain, and Britain had 19 at its interests
		// section in Tehran": or with the verb and only the noun left out)
		gapped := ""
		at := q.start
		if at > 0 && (toks[at-1].low == "had" || toks[at-1].low == "has" || toks[at-1].low == "have") {
			at--
		}
		if nounAt < 0 && lastSender != "" && at > 1 && (toks[at-2].low == "and" || toks[at-2].low == ",") {
			for _, m := range ments {
				if m.end == at && m.start == at-1 && m.role != roleCity && m.role != roleDemonym && !m.possessive {
					gapped = m.code
				}
			}
		}
		if gapped != "" {
			switch {
			case q.end+1 < len(toks) && (toks[q.end].low == "in" || toks[q.end].low == "at"):
				nounAt, elided = q.end, true
			case (q.end == len(toks) || toks[q.end].punct) && lastHost != "" && lastHost != gapped:
				nounAt, elided, host = q.end-1, true, lastHost
			}
		}
		if nounAt < 0 {
			// "65 Czech in Moscow": a demonym then "in", after a first head-count
			if q.end+1 < len(toks) && x.lx.isDemonym(toks[q.end]) && (toks[q.end+1].low == "in" || toks[q.end+1].low == "at") && lastSender != "" {
				nounAt, elided = q.end, true
			}
			// "Russia has 35 diplomats in London, 20 in Warsaw and 15 in Bratislava":
			// a number then a place, after a first head-count
			if q.end+1 < len(toks) && (toks[q.end].low == "in" || toks[q.end].low == "at") && lastSender != "" && slices.ContainsFunc(ments, func(m mention) bool { return m.start == q.end+1 }) {
				nounAt, elided = q.end, true
			}
		}
		fromTo := ""
		if q.start > 0 {
			fromTo = toks[q.start-1].low
		}
		// "129 staff against 24", "about 120 versus 25": a bare number set against a
		// first head-count is the other side's
		against, then := false, false
		// ("28 diplomatic staff in Tirana in 2017, up from 24 in 2014": so is a
		// level a change is told from, dated)
		upFrom := fromTo == "from" && q.start > 1 && (toks[q.start-2].low == "up" || toks[q.start-2].low == "down")
		if nounAt < 0 && (fromTo == "against" || fromTo == "versus" || fromTo == "vs" || upFrom) && lastSender != "" && lastHost != "" {
			switch {
			case (q.end == len(toks) || toks[q.end].punct) && !upFrom:
				nounAt, elided, against = q.end-1, true, true
			// "about 120 people, against roughly 1,200 in early 2017": the same
			// mission at another time
			case slices.ContainsFunc(dates, func(d datePhrase) bool { return d.start >= q.end && d.start <= q.end+2 }):
				nounAt, elided, then = q.end-1, true, true
			}
		}
		// ("down to about 120 staff from more than 1,200": or the noun just before)
		if nounAt < 0 && (fromTo == "from" || fromTo == "to" || fromTo == "at") && (fromTo != "from" || toAfter(toks, q, dates) || q.start > 2 && staffNouns[toks[q.start-2].low] && toks[q.start-3].num) {
			// "US staff in Russia fell from about 1,200 to about 120": the noun stands
			// before ("the number of Britons accredited in Moscow ... from 375 to 205":
			// or a people does)
			for j := q.start - 1; j >= 0 && nounAt < 0; j-- {
				// ("resumed diplomatic relations, taking the tally to four": the
				// word "diplomatic" alone names no people)
				if staffNouns[toks[j].low] && toks[j].low != "diplomatic" {
					nounAt = j
					break
				}
				for _, m := range ments {
					if m.start == j && m.role == roleDemonym && strings.HasSuffix(toks[m.end-1].low, "s") && m.modifies == "" && m.prep == "of" {
						nounAt, people = j, m.code
					}
				}
			}
		}
		// "a staff of about 100", "a workforce of 300": the noun before "of"
		if nounAt < 0 && q.start > 1 && toks[q.start-1].low == "of" && staffHeads[toks[q.start-2].low] {
			nounAt = q.start - 2
		}
		// "Russia's diplomatic staff in Austria numbers about 200": the noun before a
		// verb of counting
		if nounAt < 0 && q.start > 1 && countVerbs[toks[q.start-1].low] {
			for j := q.start - 2; j >= max(0, q.start-7); j-- {
				if staffNouns[toks[j].low] && toks[j].low != "diplomatic" {
					nounAt = j
					break
				}
			}
		}
		// "the embassy stands at 23: eight diplomats and 15 other employees": a total
		// whose noun is its parts'
		if nounAt < 0 && q.end < len(toks) && toks[q.end].low == ":" && q.min != nil && q.max != nil && *q.min == *q.max {
			sum := x.sumAfter(toks, q.end)
			for j := q.end + 1; j < min(len(toks), q.end+6) && sum == *q.min; j++ {
				if staffNouns[toks[j].low] {
					nounAt = j
					break
				}
			}
		}
		if nounAt < 0 {
			continue
		}
		// sender: a name qualifying the noun, or the subject before the number
		// (a people counted names the sender itself)
		sender = people
		if gapped != "" {
			sender = gapped
		}
		if against {
			sender, host = lastHost, lastSender
		}
		if then {
			sender, host = lastSender, lastHost
		}
		for _, m := range ments {
			// (not "New Delhi: 98 people work at Pakistan's high commission": a label)
			if people == "" && m.end <= nounAt+1 && m.start >= min(q.start, nounAt)-3 && (m.role == roleDemonym || m.modifies != "") && (m.prep == "" || m.prep == "of") && !isLabel(toks, m) {
				sender = m.code
			}
			// (not "at the US embassy": the embassy's owner sends, it does not host)
			// (not "has 25 diplomats, Estonia's in Moscow eight": another clause's)
			if m.start > nounAt && m.start <= nounAt+8 && (m.prep == "in" || m.prep == "at" || m.prep == "to" || m.prep == "across") && host == "" && m.modifies != "mission" && !commaBetween(toks, nounAt, m.start) {
				host = m.code
			}
		}
		// "Lithuania's staff had to shrink from 25 to 14 and Poland's from 50 to 18":
		// a possessive standing alone before the change's numbers has the second
		// staff, both the level it falls from and the one it falls to
		if (fromTo == "from" || fromTo == "to") && nounAt < q.start {
			j := q.start - 1
			for j > nounAt && (toks[j].low == "from" || toks[j].low == "to" || toks[j].num) {
				j--
			}
			for _, m := range ments {
				if m.possessive && m.role != roleCity && m.start > nounAt && (m.end == j || m.end+1 == j && toks[j].low == "'s") {
					sender = m.code
				}
			}
		}
		// "a very large mission of 192 personnel", "cutting an embassy of about 80
		// people": the size of a post named with no owner is the size of the post
		// the story is about, or of the one its people just left
		if sender == "" && q.start > 1 && toks[q.start-1].low == "of" && x.lx.inClass("mission", toks[q.start-2].low) && ownerlessPost(x.lx, toks[:q.start]) {
			switch {
			case st.lastKind == "withdraw_staff" && st.lastActor != "" && st.lastTgt != "":
				sender, host = st.lastActor, st.lastTgt
			case st.postSender != "":
				sender, host = st.postSender, st.postHost
			}
		}
		// "the 68 diplomats Moscow has accredited across this country": the state
		// that has them posted, right after them, sends them
		if sender == "" && nounAt >= 0 {
			for _, m := range ments {
				if m.start == nounAt+1 && m.prep == "" && m.role != roleCity && m.end+1 < len(toks) && hasBefore(toks, m.end+1) && postedWords[toks[m.end+1].low] {
					sender = m.code
					if host == m.code {
						host = ""
					}
				}
			}
		}
		if sender == "" {
			// "For Poland, which had 50 diplomats in Belarus": the state a relative
			// clause hangs on has them; "ordered Tehran to shrink its diplomatic
			// staff from 19 to four": the state told has them
			for _, m := range ments {
				if m.end+2 < q.start && m.code != host && m.role != roleCity && m.prep != "in" && m.prep != "at" && (toks[m.end].low == "," && (toks[m.end+1].low == "which" || toks[m.end+1].low == "whose") && q.start-m.end <= 5 || m.ordered && fromTo == "from") {
					sender = m.code
					break
				}
			}
		}
		// "Belarus declared ten American diplomats personae non gratae, and by early
		// May the embassy was down to four staff": the post a sentence's expulsion
		// thins is the expelled state's, in the land that expels
		if sender == "" && host == "" && st.sentExpel && st.sentActor != "" && st.sentTarget != "" && ownerlessPost(x.lx, toks[:q.start]) {
			sender, host = st.sentTarget, st.sentActor
		}
		if sender == "" {
			for i := len(ments) - 1; i >= 0; i-- {
				m := ments[i]
				if m.end <= q.start && (m.subject || m.possessive) && m.code != host && !isLabel(toks, m) {
					sender = m.code
					// "India cut the Pakistani High Commission from 55 members to
					// 30": the mission's owner between the subject and the number,
					// in the land of the subject that cuts it
					owner := ""
					for _, o := range ments[i+1:] {
						if o.end <= q.start && o.modifies == "mission" && (o.prep == "" || o.prep == "of" || o.prep == "at") && o.code != host {
							owner = o.code
						}
					}
					if owner != "" {
						sender = owner
						if host == "" && m.subject && m.code != owner {
							host = m.code
						}
					}
					break
				}
			}
		}
		if sender == "" {
			// "the Russian embassy in Prague employs about 140 people", "About 30
			// Dutch diplomats work at the embassy in Moscow": the mission's owner
			for _, m := range ments {
				// (the preposition before "the US embassy" is the embassy's)
				// (not "the Jakarta embassy": a town before the post is where it is)
				if m.modifies == "mission" && !(m.isTown() && !m.possessive) && (m.prep == "" || m.prep == "at" || m.prep == "in" || m.prep == "on" || m.prep == "of" || m.prep == "with" || m.prep == "to" && wordBetween(toks, max(0, m.start-4), m.start, "attached")) && m.code != host {
					sender = m.code
					break
				}
			}
		}
		// "On the Chinese side, roughly 20 diplomatic staff are still working": the
		// side a sentence opens on has the people
		if sender == "" {
			sender = sideOf(toks, ments, host)
		}
		if host == "" {
			for _, m := range ments {
				if m.code != sender && (m.prep == "in" || m.prep == "at") {
					host = m.code
					break
				}
			}
		}
		// "148 Chinese officials accredited there, against 108 Americans": a third
		// state's people set against a head-count are in the same land
		if host == "" && (fromTo == "against" || fromTo == "versus") && sender != "" && lastHost != "" && sender != lastHost && sender != lastSender {
			host = lastHost
		}
		// "Canberra's lists show 148 Chinese officials accredited there": "there" is
		// the land the sentence named before the number
		if host == "" && nounAt >= 0 && wordBetween(toks, nounAt, min(len(toks), nounAt+4), "there") {
			for _, m := range ments {
				if m.code != sender && m.end <= q.start && m.role != roleDemonym && m.role != roleOfficial {
					host = m.code
				}
			}
		}
		// "lifting the ambassador and his remaining staff, thirty Americans in all,
		// out of Beirut": the host of the sentence's own measure by the same state
		if host == "" && people != "" && sender == st.sentActor && st.sentTarget != "" && st.sentTarget != sender {
			host = st.sentTarget
		}
		// "about 35 Russian diplomats accredited in the country": the land the story
		// is filed from, or else names most
		// ("the 68 diplomats Moscow has accredited across this country")
		if host == "" && sender != "" && wordBetween(toks, nounAt, min(len(toks), nounAt+8), "country") && (wordBetween(toks, nounAt, min(len(toks), nounAt+8), "in") || wordBetween(toks, nounAt, min(len(toks), nounAt+8), "across")) {
			host = st.dateline
			if host == "" || host == sender {
				host = st.partner(sender)
			}
			// (or else the other state the sentence opens on)
			for _, m := range ments {
				if (host == "" || host == sender) && m.subject && m.code != sender && m.role != roleCity {
					host = m.code
				}
			}
		}
		// "Britain now hosts 33 Russian diplomats": the subject of "hosts" is the host
		if host == "" && hostsBefore(toks, q.start) {
			for i := len(ments) - 1; i >= 0; i-- {
				if m := ments[i]; m.subject && m.end <= q.start && m.code != sender && m.role != roleCity {
					host = m.code
					break
				}
			}
		}
		if host == "" && (fromTo == "from" || fromTo == "to") {
			// "Ljubljana reduced the Russian embassy from 41 people to eight": a state
			// cuts another's mission on its own soil
			for _, m := range ments {
				if m.subject && m.end <= q.start && m.code != sender && m.role != roleCity {
					host = m.code
					break
				}
			}
		}
		// "Canada has twelve diplomats in Russia ... With only twelve diplomats left,
		// a mirror response could close the embassy": a count told again is the
		// same mission's
		if sender == "" && host == "" && q.min != nil && q.max != nil && *q.min == *q.max {
			sender, host = st.levelOf(*q.min)
		}
		// "Britain employs more people in New Delhi than in Paris ... - New Delhi: 266
		// employees": a fact line's town holds the subject's post
		if sender == "" && len(ments) > 0 && isLabel(toks, ments[0]) && ments[0].end+1 == q.start && (ments[0].role == roleCity || ments[0].role == roleCapital) && st.lastSubject != "" && st.lastSubject != ments[0].code && (host == "" || host == ments[0].code) {
			sender, host, labelled = st.lastSubject, ments[0].code, true
		}
		// "North Korea keeps a small mission in Britain. Its embassy in London has
		// six diplomats": "its" post is the state last spoken of as a subject
		if sender == "" && st.lastSubject != "" && st.lastSubject != host && itsPostBefore(x.lx, toks, q.start) {
			sender = st.lastSubject
		}
		if (sender == "" || host == "") && st.postSender != "" {
			// "The mission, which had more than 50 staff at the time, now has no more
			// than 18": the mission the story was about; "The Pakistani High
			// Commission, which has 55 staff": a mission of one side of the story's
			// pair is in the other's land
			// ("How big is the American embassy in Moscow? ... It has 196 Americans":
			// "it" opening the sentence is the post)
			itPost := len(toks) > 0 && toks[0].low == "it"
			switch {
			case sender == "" && (host == "" || host == st.postHost) && (ownerlessPost(x.lx, toks) || itPost):
				sender, host = st.postSender, st.postHost
			case host == "" && sender == st.postSender && (namesPost(x.lx, toks) || itPost):
				host = st.postHost
			case host == "" && sender == st.postHost && (namesPost(x.lx, toks) || itPost):
				host = st.postSender
			case sender == "" && host == st.postSender && ownerlessPost(x.lx, toks):
				// "the embassy in Moscow" in a story of Russia's mission in Prague
				sender = st.postHost
			}
		}
		// "The embassy in Kabul now employs about 1,100 people": a post named by "the"
		// and its town alone, in a story with no post told before and a sentence that
		// names no other state, is the one the story's other state keeps there
		if sender == "" && host != "" && st.postSender == "" && ownerlessPost(x.lx, toks[:q.start]) && !slices.ContainsFunc(ments, func(m mention) bool { return m.code != host }) {
			sender = st.partner(host)
		}
		// "Britain withdrew most of its staff from Yemen. Only seven senior diplomats
		// stayed behind": those who stay are the drawn-down mission's
		drawdown := st.lastKind == "withdraw_staff" && st.lastActor != "" && st.lastTgt != "" && staysAfter(toks, nounAt)
		if drawdown && sender == "" && (host == "" || host == st.lastTgt) {
			sender, host = st.lastActor, st.lastTgt
		}
		// (the level it leaves is as of the drawdown)
		leftBehind := drawdown && sender == st.lastActor
		// "Each high commission currently has 55 staff": both posts of the story's
		// pair have that many
		mutual := false
		if sender == "" && host == "" {
			if a, b := st.pair(); a != "" && x.eachPost(toks, q.start) {
				sender, host, mutual = a, b, true
			}
		}
		if sender == "" || host == "" || sender == host {
			continue
		}
		// a number that a measure in this sentence already counted (an expulsion) is not
		// a head-count; nor are people counted without a stative word near them
		// (the size a cut starts "from" is a fact even when the cut is only
		// demanded; the size it cuts "to" is the cut's, not a head-count)
		if fromTo != "from" && hedgedCount(toks, q.start) || fromTo == "to" && cutBefore(toks, q.start) {
			continue
		}
		total := (totalAfter(toks, q.end) || x.sumOfParts(toks, q)) && lastSender != ""
		// "stands at 23: eight diplomats and 15 other employees": parts told after
		// their total are not head-counts of their own
		if x.partOfTotal(toks, q) {
			continue
		}
		if !elided && !labelled && fromTo != "from" && fromTo != "to" && !total && !numberOf(toks, q.end) && !x.statNear(toks, q.start) {
			continue
		}
		if total {
			// the parts told before the total are not head-counts of their own
			out = slices.DeleteFunc(out, func(o Claim) bool { return o.ActorCode() == sender && o.TargetCode() == host })
		}
		c := Claim{Kind: StaffLevel, Document: st.in.Name, DocumentID: st.in.DocumentID, Cluster: st.in.Cluster, Pos: toks[q.start].start}
		c.Start, c.End, c.Quote = s.start, s.end, st.in.Body[s.start:s.end]
		c.Actor, c.Target = code(sender), code(host)
		c.Count = q.count()
		conf := 0.7
		var d parity.Date
		if fromTo == "from" {
			// the earlier level of a change: "would be cut from 110 people to 55" is
			// the size on the day the cut is ordered
			conf -= 0.2
		}
		// the nearest date, a clause boundary between them counting against it
		// ("cut Russia's embassy from 41 people to eight, and the following
		// month ..."); a deadline still to come is a cut's, not a head-count's
		best, bestDist := -1, 0
		for i, dp := range dates {
			// ("since mid-October the section has had two diplomats" dates the level
			// from then; "the 20 who had kept it going since January" does not)
			if dp.since && !wordBetween(toks, 0, len(toks), "has") && !wordBetween(toks, 0, len(toks), "have") || !st.in.Published.IsZero() && dp.date.Start.After(st.in.Published) || deadline(toks, dp.start) {
				continue
			}
			// ("The embassy in Madrid, which opened in 2014, had three diplomats": a
			// date in a relative clause tells of something else)
			if a, b := relativeClause(toks, dp.start); a >= 0 && (q.start < a || q.start >= b) {
				continue
			}
			lo, hi := dp.end, q.start
			if dp.start > q.start {
				lo, hi = q.end, dp.start
			}
			// (words between, so that "from 1,200 in 2017 to around 120 today" dates
			// the 120 by "today")
			dist := hi - lo
			if boundaryBetween(toks, lo, hi, false) {
				dist += 20
			}
			// ("down to 120 staff from more than 1,200 in 2017" dates the 1,200 alone,
			// as "from 12 a year ago to seven" does the 12)
			if dp.start > q.start && x.fromNumberBetween(toks, lo, hi) || dp.start < q.start && fromTo == "to" && x.fromNumberBetween(toks, max(0, dp.start-4), dp.start) {
				continue
			}
			// ("down to about 120 people, against roughly 1,200 in early 2017": nor
			// does a date of the level set against it)
			if dp.start > q.start && (wordBetween(toks, lo, hi, "against") || wordBetween(toks, lo, hi, "versus")) {
				continue
			}
			// ("still has nine diplomats working in Tehran, despite the sacking of its
			// embassy there six weeks ago": a level told in the present is not dated
			// by the event a later clause sets it against)
			if dp.start > q.start && presentLevel(toks, q) && anyBetween(toks, q.end, dp.start, earlierEvent) {
				continue
			}
			if best < 0 || dist < bestDist {
				best, bestDist = i, dist
			}
		}
		switch {
		case !st.in.Published.IsZero() && !pastTense(toks) && wordBetween(toks, max(0, q.start-10), q.start, "now"):
			// "the embassy is now working with a skeleton staff of six after a cut
			// on Tuesday": a level as it stands now, whatever date made it so
			d = day(st.in.Published)
		case best >= 0 && !st.in.Published.IsZero() && presentLevel(toks, q) && figuresTold(toks, dates[best].start):
			// "Britain's embassy in Paris has 72 staff, ... in a written answer
			// published on Monday" (or "questions that were answered on Thursday"):
			// the day names when it was told, and a level told in the present is the
			// story's
			d = day(st.in.Published)
			conf -= 0.1
		case best >= 0:
			d = dates[best].date
		case st.bullet && st.inList && !st.listDate.IsZero() && !nowNear(toks, q):
			// "WEDNESDAY 11 JANUARY / - At that point the embassy has 21 diplomats": a
			// timeline's items tell the present of the day above them
			d = st.listDate
			conf -= 0.1
		case !st.in.Published.IsZero() && presentLevel(toks, q):
			// "pointed out that the embassy has 21 military personnel", "Five
			// employees remain at the compound": the verb that holds the number is
			// in the present, whatever the rest of the sentence tells of the past
			d = day(st.in.Published)
			conf -= 0.1
		case (pastTense(toks) || leftBehind) && !nowNear(toks, q) && (!st.paraDate.IsZero() || !st.lastDate.IsZero()):
			// "some 70 American staff were still posted there": a past level is
			// as of the date the paragraph tells, or else the story last told
			// ("twelve employees would stay on": so is the level a drawdown leaves)
			d = st.paraDate
			if d.IsZero() {
				d = st.lastDate
			}
			conf -= 0.1
		case !st.in.Published.IsZero():
			d = day(st.in.Published)
			conf -= 0.1
		}
		// "Syria keeps 25 diplomats in London and Iraq 29": a level with its verb
		// left out is dated as the level it shares the verb with
		if elided && lastSender != "" && best == lastBest && !lastDate.IsZero() {
			d = lastDate
		}
		lastBest, lastDate = best, d
		c.Date = dateOf(d)
		c.Background = background(d, st.in.Published)
		c.Confidence = clamp(conf)
		out = append(out, c)
		if q.min != nil && q.max != nil && *q.min == *q.max {
			st.levels = append(st.levels, levelTold{*q.min, sender, host})
		}
		if mutual {
			c.Actor, c.Target = code(host), code(sender)
			out = append(out, c)
		}
		lastSender, lastHost = sender, host
	}
	return out
}

// toAfter reports whether "to" follows the level a change starts from, right after it
// or past a date of its own ("from 12 a year ago to seven", "from 12 in 2008 to seven").
func toAfter(toks []token, q quantity, dates []datePhrase) bool {
	if q.end < len(toks) && toks[q.end].low == "to" {
		return true
	}
	for _, d := range dates {
		if (d.start == q.end || d.start == q.end+1 && toks[q.end].low == "in") && d.end < len(toks) && toks[d.end].low == "to" {
			return true
		}
	}
	return false
}

// figuresTold reports whether the date at k names when figures were given out: "said
// on Monday", "a written answer published on Monday", "questions that were answered
// on Thursday".
func figuresTold(toks []token, k int) bool {
	return reported(toks, k) || anyBetween(toks, max(0, k-3), k, releaseWords)
}

// releaseWords give out figures in writing.
var releaseWords = map[string]bool{"published": true, "answered": true}

// wordClassIn reports whether a word of the class stands in toks[from:to].
func wordClassIn(lx *Lexicon, toks []token, from, to int, class string) bool {
	for k := from; k < min(to, len(toks)); k++ {
		if lx.inClass(class, toks[k].low) {
			return true
		}
	}
	return false
}

// hasBefore reports whether "has" (or "had", "have"), with at most "just", "only",
// "still" or "now" after it, stands right before k.
func hasBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		switch toks[j].low {
		case "just", "only", "still", "now":
			continue
		case "has", "had", "have":
			return true
		}
		return false
	}
	return false
}

// hasStaff reports whether "has", "have" or "had" owns the staff noun at k, across
// an article and its qualifiers: "has a diplomatic staff".
func hasStaff(toks []token, k int) bool {
	j := k
	for j > max(0, k-3) && (toks[j-1].low == "a" || toks[j-1].low == "an" || toks[j-1].low == "its" || toks[j-1].low == "their" || isAdjectiveLike(toks[j-1].low)) {
		j--
	}
	return hasBefore(toks, j)
}

// eachPost reports whether "each" or "both" and a mission noun stand shortly before
// k: "each high commission has 55 staff", "both embassies have 40 diplomats".
func (x *Extractor) eachPost(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-8); j-- {
		if w := toks[j].low; w == "each" || w == "both" {
			for i := j + 1; i < min(k, j+4); i++ {
				if x.lx.inClass("mission", toks[i].low) {
					return true
				}
			}
		}
	}
	return false
}

// itsPostBefore reports whether "its" or "their" and a mission noun stand before k:
// "Its embassy ... has six diplomats".
func itsPostBefore(lx *Lexicon, toks []token, k int) bool {
	for j := 0; j+1 < k; j++ {
		if (toks[j].low == "its" || toks[j].low == "their") && lx.inClass("mission", toks[j+1].low) {
			return true
		}
	}
	return false
}

// staysAfter reports whether a verb of staying follows the counted noun at k:
// "seven senior diplomats stayed behind", "would remain".
func staysAfter(toks []token, k int) bool {
	for j := k + 1; j < min(len(toks), k+4); j++ {
		switch toks[j].low {
		case "stayed", "stay", "stays", "remained", "remain", "remains":
			return true
		}
	}
	return false
}

// pastTense reports whether the sentence tells of the past: "had", "was", "were".
func pastTense(toks []token) bool {
	for _, t := range toks {
		switch t.low {
		case "had", "was", "were", "numbered", "stood", "remained", "worked", "served", "totalled", "totaled":
			return true
		}
	}
	return false
}

// hostsBefore reports whether "hosts" (or "hosted", "hosting") stands within four
// words before k.
func hostsBefore(toks []token, k int) bool {
	from := max(0, k-4)
	return wordBetween(toks, from, k, "hosts") || wordBetween(toks, from, k, "hosted") || wordBetween(toks, from, k, "hosting")
}

// presentLevel reports whether the verb next to the number is in the present: "has
// 21 military personnel", "the mission counts five", "five employees remain".
func presentLevel(toks []token, q quantity) bool {
	if q.start > 0 {
		switch toks[q.start-1].low {
		case "has", "have", "employs", "counts", "numbers", "keeps", "maintains":
			return true
		case "with":
			// "is working with five people"
			if q.start > 2 && (toks[q.start-3].low == "is" || toks[q.start-3].low == "are") {
				return true
			}
		}
	}
	for k := q.end; k < min(len(toks), q.end+3); k++ {
		switch toks[k].low {
		case "remain", "remains":
			return true
		}
		if toks[k].punct {
			break
		}
	}
	return false
}

// nowNear reports whether "now" stands by the number: "the two diplomats now
// remaining" is a level of the day the story is told, whatever tense frames it
// (not "had about 80 staff, and ... the 23 employees now leaving").
func nowNear(toks []token, q quantity) bool {
	for k := max(0, q.start-5); k < min(len(toks), q.end+4); k++ {
		if w := toks[k].low; w == "now" || w == "currently" || w == "today" {
			return true
		}
	}
	return false
}

// statNear reports whether a stative word stands within three words of the number.
func (x *Extractor) statNear(toks []token, k int) bool {
	for j := max(0, k-4); j < min(len(toks), k+8); j++ {
		// ("Some 400 Russian diplomats and staff work in Austria": a verb of serving
		// may stand past a long noun)
		if j >= k+6 && !servesIn(toks[j].low) && toks[j].low != "work" && toks[j].low != "works" && toks[j].low != "serve" && toks[j].low != "serves" {
			continue
		}
		switch toks[j].low {
		case "compared":
			// "about 120 in Prague, compared with 25 Czech diplomats in Moscow"
			if j < k {
				return true
			}
		case "has", "have", "had":
			// "had ordered out about 25": an auxiliary, not a possession
			if j+1 < len(toks) && (strings.HasSuffix(toks[j+1].low, "ed") || toks[j+1].low == "been" || toks[j+1].low == "to" || toks[j+1].low == "left" || toks[j+1].low == "gone") {
				continue
			}
			return true
		case "employs", "employed", "employ", "staffed", "numbers", "numbered", "against", "versus", "remain", "remained", "remaining", "stay", "stayed", "stays", "stood", "stands", "totals", "totalled", "totaled", "there",
			"work", "works", "worked", "working", "serve", "serves", "served", "serving", "posted", "accredited", "stationed", "based", "assigned", "counts", "strong", "hosts", "hosted", "hosting", "registered",
			"keeps", "keep", "kept", "maintains", "maintain", "maintained":
			return true
		case "shows", "showed", "lists", "listed":
			// "the diplomatic list shows 21 staff at the Russian embassy": a roll
			// read out is a head-count
			if j < k {
				return true
			}

		case "were", "are", "was", "is":
			// "15 American diplomats were in Minsk", "the embassy was down to 17": a
			// place or a level after the verb, not a measure's participle
			if j+1 < len(toks) && j > k {
				switch toks[j+1].low {
				case "in", "at", "still", "down", "left", "inside":
					return true
				case "on":
					// "some 35 people were on the embassy's diplomatic staff"
					for i := j + 2; i < min(len(toks), j+7); i++ {
						if staffHeads[toks[i].low] {
							return true
						}
					}
				}
			}
		case "on":
			// "about 1,000 Americans on its staff", "40 people on the embassy's
			// payroll": people told as on a mission's roll
			if j > k {
				for i := j + 1; i < min(len(toks), j+5); i++ {
					if staffHeads[toks[i].low] || toks[i].low == "payroll" {
						return true
					}
				}
			}
		case "run", "manned", "operated":
			// "the office is run by two Israeli diplomats"
			if j < k && j+1 < len(toks) && toks[j+1].low == "by" {
				return true
			}
		case "attached":
			// "245 diplomats attached to the Chinese embassy" (not "officials
			// attached to the interior ministry")
			if j > k && j+1 < len(toks) && toks[j+1].low == "to" && wordClassIn(x.lx, toks, j+2, j+5, "mission") {
				return true
			}
		case "of":
			// "a mission of 192 personnel", "a skeleton staff of six"
			if j > 0 && j < k && (x.lx.inClass("mission", toks[j-1].low) || j > 1 && toks[j-2].low == "skeleton") {
				return true
			}
			// ("has a diplomatic staff of six": a body's size, whatever qualifies it;
			// not "make do with a staff of four", a ceiling)
			if j == k-1 && j > 0 && (toks[j-1].low == "staff" || toks[j-1].low == "workforce" || toks[j-1].low == "complement") && hasStaff(toks, j-1) {
				return true
			}
			// "Of the 400 people at the Russian embassy, a third are ...": a whole
			// the sentence goes on to share out
			if j == 0 && k == 2 && toks[1].low == "the" {
				return true
			}
		case "with":
			// "left Lithuania with only two diplomats in Minsk", "With 60 staff, the
			// embassy is ...", "is considerably larger, with 333 people": a level,
			// where "with" is not a departure's company
			// ("the departures leave the Soviet mission with about 30 diplomats")
			if j == 0 || j < k && leftWith(toks, j) || j > 0 && isLeave(toks[j-1].low) {
				return true
			}
			// ("the mission in Vienna is one of the largest in Europe, with some
			// 500 staff": or a post told just before)
			if j > 1 && toks[j-1].low == "," && (sizeWords[toks[j-2].low] || wordClassIn(x.lx, toks, 0, j, "mission")) {
				return true
			}
		}
	}
	return false
}

// fromNumberBetween reports whether a level a change starts from ("from more than
// 1,200") stands in toks[from:to].
func (x *Extractor) fromNumberBetween(toks []token, from, to int) bool {
	for j := max(from, 1); j < to; j++ {
		if toks[j-1].low != "from" {
			continue
		}
		if q, ok := x.lx.parseQuantity(toks, j); ok && !q.yearLike {
			return true
		}
	}
	return false
}

// servesAfter reports whether w, after a number of people, says they serve in a
// mission: "some 120 Russians worked at the embassy". Only a finite verb does: a
// participle ("21 Russians working at the embassy ... to leave") names the people a
// measure takes.
func servesAfter(w string) bool {
	switch w {
	case "work", "worked", "works", "serve", "served", "serves", "remain", "remained", "stayed":
		return true
	}
	return false
}

// sizeWords compare the size of missions: "considerably larger, with 333 people".
var sizeWords = map[string]bool{"larger": true, "smaller": true, "bigger": true, "large": true, "small": true, "big": true}

func isLeave(w string) bool { return w == "left" || w == "leave" || w == "leaves" || w == "leaving" }

// leftWith reports whether a verb of leaving stands a few words before the "with" at
// j, in the same clause: "left Lithuania with", "leave the Soviet mission with", or
// further back when "behind" closes its object ("left Ambassador W. Nathaniel Howell
// behind in Kuwait City with").
func leftWith(toks []token, j int) bool {
	behind := false
	for i := j - 1; i >= max(0, j-12) && !toks[i].punct; i-- {
		behind = behind || toks[i].low == "behind"
		if isLeave(toks[i].low) && (i >= j-5 || behind) {
			return true
		}
	}
	return false
}

func (lx *Lexicon) isDemonym(t token) bool {
	e, ok := lx.phrases[t.low]
	return ok && t.upper && e.role == roleDemonym
}

// shareClaims reads fractions about missions: "Finland's mission in Russia is half the
// size of Russia's in Finland" (staff_ratio), "a third of the Russian diplomats in
// Sweden are intelligence officers" (intel_share).
func (x *Extractor) shareClaims(st *docState, s span, ments []mention, dates []datePhrase) []Claim {
	toks := st.toks
	var out []Claim
	for k := 0; k < len(toks); k++ {
		f, end, ok := x.lx.fraction(toks, k)
		kind := ""
		if ok {
			// "half the size of", "a third the size", "half as large"
			if end+2 < len(toks) && (toks[end].low == "the" && toks[end+1].low == "size" || toks[end].low == "as" && (toks[end+1].low == "large" || toks[end+1].low == "big" || toks[end+1].low == "many") || toks[end].low == "of" && toks[end+1].low == "what") {
				kind = StaffRatio
			} else {
				for j := end; j < min(len(toks), end+20); j++ {
					if toks[j].low == "intelligence" || toks[j].low == "spies" || toks[j].low == "spy" || toks[j].low == "agents" {
						kind = IntelShare
						break
					}
					if toks[j].low == ";" {
						break
					}
				}
			}
		} else if m, e, ok := x.lx.multiple(toks, k); ok {
			f, end, kind = m, e, StaffRatio
		}
		if kind == "" {
			continue
		}
		if x.hedgedShare(toks, k) {
			continue
		}
		// "Hungary hosts nearly twice as many Russian diplomats as Britain": two
		// hosts of a third state's people, no pair's missions
		if kind == StaffRatio && slices.ContainsFunc(toks[:k], func(t token) bool { return strings.HasPrefix(t.low, "host") }) {
			continue
		}
		actor, target := "", ""
		switch kind {
		case StaffRatio:
			// the mission before the fraction: "Finland's mission in Russia" (the last
			// named: "after the cut Sofia made, Russia's presence in Bulgaria is")
			for _, m := range ments {
				if m.start < k && (m.possessive || m.modifies == "mission" || m.subject) && m.prep == "" && m.code != target {
					actor, target = m.code, ""
				} else if m.start < k && actor != "" && target == "" && (m.prep == "in" || m.prep == "to") {
					target = m.code
				}
			}
			// "Russia's mission is twice the size of Estonia's": the mission it is
			// measured against is the host's
			for _, m := range ments {
				if target == "" && m.start >= end && m.start < end+8 && m.code != actor && m.role != roleCity {
					target = m.code
				}
			}
		case IntelShare:
			for _, m := range ments {
				if m.start > end && m.start < end+12 && actor == "" && (m.role == roleDemonym || m.possessive || m.modifies != "") && m.prep != "in" {
					actor = m.code
				} else if m.start > end && (m.prep == "in" || m.prep == "to") && target == "" {
					target = m.code
				}
			}
			// "Of the 400 people at the Russian embassy in Washington, a third are
			// intelligence officers": the mission named before the share
			if actor == "" {
				for _, m := range ments {
					if m.start < k && actor == "" && (m.role == roleDemonym || m.possessive || m.modifies == "mission") && m.prep != "in" {
						actor = m.code
					} else if m.start < k && actor != "" && target == "" && (m.prep == "in" || m.prep == "to") {
						target = m.code
					}
				}
			}
			if target == "" {
				for _, m := range ments {
					if m.code != actor && m.role != roleCity {
						target = m.code
						break
					}
				}
			}
		}
		if actor == "" || target == "" || actor == target {
			continue
		}
		c := Claim{Kind: kind, Document: st.in.Name, DocumentID: st.in.DocumentID, Cluster: st.in.Cluster, Pos: toks[k].start}
		c.Start, c.End, c.Quote = s.start, s.end, st.in.Body[s.start:s.end]
		c.Actor, c.Target = code(actor), code(target)
		r := float64(int(f*1000+0.5)) / 1000
		c.Ratio = &r
		// (a ratio worked out from counts the paragraph gave is as of their date; one
		// told in the present is as of the story, unless a timeline's heading dates it)
		var d parity.Date
		if len(dates) > 0 {
			d = dates[0].date
		} else if !st.paraDate.IsZero() && (!presentTense(toks) && !wordBetween(toks, 0, len(toks), "has") || !st.headDate.IsZero()) {
			d = st.paraDate
		} else if !st.in.Published.IsZero() {
			d = day(st.in.Published)
		}
		c.Date = dateOf(d)
		c.Background = background(d, st.in.Published)
		c.Confidence = 0.7
		out = append(out, c)
		k = end
	}
	return out
}

// multiple reads a mission's size as a multiple of another's at k: "twice the size
// of", "almost four times the", "more than five times as many as", "one and a half
// times the size", "1.7 times", "40 per cent bigger than". It returns the multiple
// and where the phrase ends.
func (lx *Lexicon) multiple(toks []token, k int) (float64, int, bool) {
	at := func(j int, ws ...string) bool { return matchWords(toks, j, ws) }
	compared := func(j int) bool {
		return at(j, "the", "size") || at(j, "as", "many") || at(j, "as", "large") || at(j, "as", "big") || at(j, "bigger", "than") || at(j, "larger", "than") || at(j, "more", "than")
	}
	if toks[k].low == "twice" {
		return 2, k + 1, compared(k + 1)
	}
	if k > 0 && toks[k-1].num {
		return 0, k, false // (the number began a token earlier)
	}
	// ("three and a half times": "and a" would read as part of the number)
	n, j, ok := lx.number(toks, k)
	if at(k+1, "and", "a", "half") {
		j, ok = k+1, ok && j > k
		if w, wok := lx.wordValue(toks[k].low); wok {
			n = w
		}
	}
	if !ok || n <= 0 || n > 100 {
		return 0, k, false
	}
	if at(j, "and", "a", "half") {
		n, j = n+0.5, j+3
	}
	switch {
	case at(j, "times") && compared(j+1):
		return n, j + 1, n > 1
	case at(j, "percent") && compared(j+1):
		return 1 + n/100, j + 1, true
	case at(j, "per", "cent") && compared(j+2):
		return 1 + n/100, j + 2, true
	}
	return 0, k, false
}

// hedgedShare reports whether a fraction stands in a hypothetical ("could be half").
func (x *Extractor) hedgedShare(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch toks[j].low {
		case "could", "would", "might", "if":
			return true
		}
	}
	return false
}

// hedgedCount reports whether a head-count stands in a proposal or a hypothetical
// ("proposed that Russia send home 35", "could keep 65"). An "if" alone does not
// hedge it: "if the Kremlin has 140 staff in Prague and Prague 65 in Moscow" states
// both figures as facts.
func hedgedCount(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-10); j-- {
		w := toks[j].low
		if w == ";" || w == "." {
			break
		}
		switch {
		case w == "could" || w == "would" || w == "might" || w == "should" || w == "send",
			strings.HasPrefix(w, "propos"), strings.HasPrefix(w, "plan"), strings.HasPrefix(w, "demand"), strings.HasPrefix(w, "want"):
			return true
		}
	}
	return false
}

// ownerlessPost reports whether the sentence names a mission by "the" alone ("the
// embassy has about 16 positions"), a post the story has named before.
func ownerlessPost(lx *Lexicon, toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].low == "the" && lx.inClass("mission", toks[k+1].low) {
			return true
		}
		// "a very large mission of 192 personnel", "an embassy of about 80 people"
		if toks[k].low == "a" || toks[k].low == "an" {
			for j := k + 1; j < min(len(toks)-1, k+4); j++ {
				if lx.inClass("mission", toks[j].low) && toks[j+1].low == "of" {
					return true
				}
				if toks[j].punct || toks[j].num {
					break
				}
			}
		}
	}
	return false
}

// cutVerbs order a mission smaller: "cut its staff from 25 to 14".
var cutVerbs = map[string]bool{"cut": true, "cuts": true, "cutting": true, "reduce": true, "reduced": true, "reducing": true, "shrink": true, "shrank": true, "shrinking": true, "trim": true, "trimmed": true, "slash": true, "slashed": true, "bring": true, "brought": true, "downsize": true, "downsized": true, "lowered": true, "lower": true, "lowering": true}

// cutBefore reports whether a verb of cutting stands within 14 words before the
// number: the number is what a cut brings a mission to.
func cutBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-14); j-- {
		if cutVerbs[toks[j].low] && !shrankItself(toks, j) {
			return true
		}
		// "must come down to 170", "an order that the embassy come down to seven":
		// the bare verb is a size to reach, not one reached ("came down to")
		if toks[j].low == "come" && j+1 < k && toks[j+1].low == "down" {
			return true
		}
	}
	return false
}

// shrankItself reports whether the verb at k tells of a mission growing smaller with
// no object, a change of its level rather than a cut imposed on it: "the U.S. mission
// has shrunk from about 1,200 to around 120" (not "Russia shrank the mission to 455").
func shrankItself(toks []token, k int) bool {
	switch toks[k].low {
	case "shrink", "shrinks", "shrank", "shrunk", "shrinking", "dwindled", "declined", "fell", "dropped":
		// (not "must now shrink to half that size": a shrinking ordered)
		for j := k - 1; j >= max(0, k-2); j-- {
			switch toks[j].low {
			case "must", "to", "will", "would", "should", "shall":
				return false
			}
		}
		return k+1 < len(toks) && (toks[k+1].low == "from" || toks[k+1].low == "to")
	}
	return false
}

// namesPost reports whether the sentence names a mission at all.
func namesPost(lx *Lexicon, toks []token) bool {
	for _, t := range toks {
		if lx.inClass("mission", t.low) {
			return true
		}
	}
	return false
}

// willHave reports whether "will" or "would" stands before the "have" or "has" that
// leads to the number at k: "by May 31 each embassy will have seven diplomats".
func willHave(toks []token, k int) bool {
	for j := k - 1; j >= max(1, k-4); j-- {
		if toks[j].low == "have" || toks[j].low == "has" {
			return toks[j-1].low == "will" || toks[j-1].low == "would" || toks[j-1].low == "shall"
		}
	}
	return false
}

// sumOfParts reports whether an exact number after a comma sums the numbers told
// just before it in the sentence: "eight diplomats and 15 other staff, 23 people".
func (x *Extractor) sumOfParts(toks []token, q quantity) bool {
	if q.min == nil || q.max == nil || *q.min != *q.max || q.start == 0 || toks[q.start-1].low != "," {
		return false
	}
	parts := x.numbersIn(toks, max(0, q.start-30), q.start-1)
	sum := 0
	for i := len(parts) - 1; i >= 0; i-- {
		sum += parts[i]
		if sum == *q.min && i < len(parts)-1 {
			return true
		}
	}
	return false
}

// partOfTotal reports whether the number follows a colon, dash or comma after an
// exact number that the numbers from it on sum to: "stands at 23: eight diplomats
// and 15 others", "45 people - the 22 diplomats and the 23 employees".
func (x *Extractor) partOfTotal(toks []token, q quantity) bool {
	for k := q.start - 1; k >= max(1, q.start-12); k-- {
		if w := toks[k].low; w != ":" && !dashWord(w) && w != "(" && w != "," {
			continue
		}
		before := x.numbersIn(toks, max(0, k-4), k)
		// ("35 diplomats in London, 20 in Warsaw and 15 in Bratislava": counts of
		// posts in other places are no parts, whatever they add up to)
		if len(before) == 0 || q.end < len(toks) && (toks[q.end].low == "in" || toks[q.end].low == "at") {
			continue
		}
		if x.sumAfter(toks, k) == before[len(before)-1] {
			return true
		}
	}
	return false
}

// sumAfter returns the sum of the numbers told in the 16 words after k: the parts
// a colon, dash or comma at k opens.
func (x *Extractor) sumAfter(toks []token, k int) int {
	sum := 0
	for _, n := range x.numbersIn(toks, k+1, min(len(toks), k+17)) {
		sum += n
	}
	return sum
}

// numbersIn returns the exact whole numbers that are no years or days in toks[from:to].
func (x *Extractor) numbersIn(toks []token, from, to int) []int {
	var out []int
	for k := from; k < to; k++ {
		q, ok := x.lx.parseQuantity(toks, k)
		if !ok || q.yearLike || q.frac > 0 || q.min == nil || q.max == nil || *q.min != *q.max || q.end > to {
			continue
		}
		out = append(out, *q.min)
		k = q.end - 1
	}
	return out
}

// totalWords after a head-count make it the sum of the parts told before it: "27
// diplomats and 67 technical staff, 94 people in all".
func totalAfter(toks []token, end int) bool {
	for j := end; j < min(len(toks)-1, end+3); j++ {
		if toks[j].low == "in" && (toks[j+1].low == "all" || toks[j+1].low == "total") || toks[j].low == "altogether" || toks[j].low == "all" && toks[j+1].low == "told" {
			return true
		}
	}
	return false
}

// numberOf reports whether a number at k's end is told as "the number of" people:
// "455 was the number of Russian staff".
func numberOf(toks []token, end int) bool {
	return end+3 < len(toks) && (toks[end].low == "was" || toks[end].low == "is" || toks[end].low == "-") && toks[end+1].low == "the" && toks[end+2].low == "number" && toks[end+3].low == "of"
}

// isLabel reports whether the name opens a fact line as its label: "New Delhi: 98
// people work at Pakistan's high commission" is about the place, not said by it.
func isLabel(toks []token, m mention) bool { return m.end < len(toks) && toks[m.end].low == ":" }

// relativeClause returns the bounds of the relative clause set off by commas (",
// which opened in 2014,") that holds the word at k, or -1, -1.
func relativeClause(toks []token, k int) (int, int) {
	a := -1
	for j := k - 1; j > 0 && j >= k-10; j-- {
		if toks[j].punct {
			if toks[j].low == "," && (toks[j+1].low == "which" || toks[j+1].low == "who") {
				a = j
			}
			break
		}
	}
	if a < 0 {
		return -1, -1
	}
	// (the clause may close the sentence: "..., which France opened in 1998.")
	for j := k; j < len(toks); j++ {
		if toks[j].punct {
			if toks[j].low == "," || toks[j].low == "." || toks[j].low == ";" {
				return a, j
			}
			return -1, -1
		}
	}
	return a, len(toks)
}

// postedWords tell that a state keeps people in a post: "the 68 diplomats Moscow has
// accredited", "the 40 staff it had stationed there".
var postedWords = map[string]bool{"accredited": true, "posted": true, "stationed": true, "deployed": true, "assigned": true}

// forceWords name a service whose officers serve at home, not in a mission.
var forceWords = map[string]bool{"police": true, "army": true, "border": true, "prison": true, "customs": true, "fire": true}

// populationWords name a people living somewhere, not a mission's staff.
var populationWords = map[string]bool{"minority": true, "minorities": true, "community": true, "communities": true, "population": true, "diaspora": true, "nationals": true, "citizens": true, "expatriates": true, "refugees": true, "crowd": true}

// populationBefore reports whether a people is named in the few words before k, back
// to the clause's start: "the Polish minority, some 400,000 strong".
func populationBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-6); j-- {
		if populationWords[toks[j].low] {
			return true
		}
		if toks[j].low == ";" || toks[j].low == "." {
			break
		}
	}
	return false
}

// sideOf returns the state a sentence opens on as one side of a pair ("On the
// Chinese side, ..."), or "" when it opens otherwise or that state is not.
func sideOf(toks []token, ments []mention, not string) string {
	for _, m := range ments {
		if m.start == 2 && toks[0].low == "on" && toks[1].low == "the" && m.end < len(toks) && toks[m.end].low == "side" && m.code != not && m.role != roleCity {
			return m.code
		}
	}
	return ""
}

// earlierEvent are the words that set what follows them apart as an earlier event
// a level is told against: "despite the sacking of its embassy six weeks ago".
var earlierEvent = map[string]bool{"despite": true, "after": true, "since": true, "following": true, "when": true}
