package claims

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"parity"
)

// measureClaims builds the claims one trigger states: usually one, several for a list
// ("four each from France and Poland") or for joint actors ("Germany and France each
// expelled").
func (x *Extractor) measureClaims(st *docState, s span, tr trigger, trigs []trigger, ments []mention, dates []datePhrase, used map[int]bool) []Claim {
	toks := st.toks
	kind := tr.rule.kind
	// "ordered 36 Iraqi envoys to leave": envoys counted are diplomats expelled
	if kind == "expel_ambassador" && x.countedEnvoys(toks, tr) {
		r := *tr.rule
		r.kind = "expel"
		tr.rule = &r
		kind = r.kind
	}
	// "nationals who need help are told to go to the embassy": a way, not a departure
	if toks[tr.end-1].low == "go" && tr.end < len(toks) && toks[tr.end].low == "to" {
		return nil
	}
	// "everyone who had asked to leave": a wish to go, not an order to
	if (kind == "expel" || kind == "expel_ambassador") && askedToGo(toks, tr.start) {
		return nil
	}
	// "while other Arab governments downgraded relations": states the text does not
	// name act, and the states named before them did something else
	// (unless a list that names them follows: "By Sunday three Arab states had
	// broken relations with Bonn:")
	groupActs := false
	if unnamedGroupActs(x.lx, toks, tr.start) {
		if len(toks) == 0 || toks[len(toks)-1].low != ":" {
			return nil
		}
		groupActs = true
	}
	// "the Dominican Republic broke with Taipei": a break told without "relations"
	// is one with a state named right after it (not "broke with tradition"), or with
	// its government ("broke with the government of Nicolas Maduro")
	if kind == "break_relations" && toks[tr.end-1].low == "with" && !slices.ContainsFunc(ments, func(m mention) bool {
		return (m.start == tr.end || m.start == tr.end+1 && toks[tr.end].low == "the" || m.start == tr.end+3 && toks[tr.end].low == "the" && governing[toks[tr.end+1].low] && toks[tr.end+2].low == "of") && m.role != roleCity && m.role != roleDemonym
	}) {
		return nil
	}
	// "under Saudi mediation, Isaias held talks with President Guelleh of
	// Djibouti": a mediator is no party to the talks it brings about
	// ("The two countries' ambassadors to the United Nations ... signed a joint
	// communique": nor is the body the envoys are posted to)
	if mutual(kind) && slices.ContainsFunc(ments, func(m mention) bool { return x.notParty(toks, m) }) {
		ments = slices.DeleteFunc(slices.Clone(ments), func(m mention) bool { return x.notParty(toks, m) })
	}
	// "EU foreign ministers meeting in Brussels agreed ...": a council of many
	// states meets; no two of them hold talks
	if kind == "talks" && x.councilMeets(toks, ments, tr) {
		return nil
	}
	// the clause the trigger governs: up to the next trigger of another kind or ";"
	limit := len(toks)
	for _, o := range trigs {
		// another trigger of the same kind past a comma starts a clause of its own:
		// "shut its consulate in Chengdu, hitting back at the decision to close ..."
		if o.start > tr.start && (o.rule.kind != kind || commaBetween(toks, tr.end, o.start)) {
			limit = min(limit, o.start)
		}
	}
	for k := tr.end; k < limit; k++ {
		if toks[k].low == ";" && !isListTail(toks, k) {
			limit = k
			break
		}
		// "closing its consulate in Antwerp ... and told Brussels to shut its
		// consulate general in Lubumbashi": a new order to another state opens a
		// clause of its own (not "... and told the families of everyone working at
		// the embassy in Riyadh to leave as well", the same act told on)
		if k+1 < len(toks) && toks[k].low == "and" && orderVerbs[toks[k+1].low] && slices.ContainsFunc(ments, func(m mention) bool {
			return m.start > k+1 && m.start <= k+4 && !m.isTown()
		}) {
			limit = k
			break
		}
	}
	// "France, which had recalled its ambassador on February 7, went further ... in
	// Brussels": a relative clause ends at its comma
	if relativeOpen(toks, tr.start) {
		for k := tr.end; k < limit; k++ {
			if toks[k].low == "," {
				limit = k
				break
			}
		}
	}
	// "Twenty-three staff, together with their families, were required to leave":
	// families who go with people named before tell nothing of their own
	if kinWords[toks[tr.start].low] && tr.start > 1 && toks[tr.start-1].low == "their" && toks[tr.start-2].low == "with" {
		return nil
	}
	// "he was closing a gap that had lasted 23 years": what is closed right after
	// the verb is no mission
	if kind == "close_mission" && tr.end-tr.start == 1 && x.closesOther(toks, ments, tr.end) {
		return nil
	}
	// "was a shuttered building", "the shuttered embassy": a state described, no act
	if kind == "close_mission" && strings.HasPrefix(toks[tr.start].low, "shutter") && tr.start > 0 && isArticle(toks[tr.start-1].low) {
		return nil
	}
	// "the mission has shrunk from 1,200 to 120": levels, no cap
	if kind == "staff_cap" && shrankItself(toks, tr.start) {
		return nil
	}
	// ("brought the number of countries with which South Korea has relations to
	// 137": states counted, not people)
	if kind == "staff_cap" && countsStates(toks, tr) {
		return nil
	}
	// "diplomats from Britain and France have left", not "diplomats from a string
	// of attacks that have left 22 people ill"
	if isPeopleWord(toks[tr.start].low) && tr.start+2 < tr.end && toks[tr.start+1].low == "from" && !slices.ContainsFunc(ments, func(m mention) bool {
		return m.start == tr.start+2 || m.start == tr.start+3 && toks[tr.start+2].low == "the"
	}) {
		return nil
	}
	c := Claim{Kind: kind, Document: st.in.Name, DocumentID: st.in.DocumentID, Cluster: st.in.Cluster, Pos: toks[tr.start].start}
	c.Start, c.End = s.start, s.end
	c.Quote = st.in.Body[s.start:s.end]
	conf := 0.8
	// "the expulsions leave Lithuania with two diplomats", "after the expulsions":
	// a plural noun with "the" and no "of" points back at acts told before (and
	// leaves its numbers to the head-counts)
	if referenceBack(toks, tr) {
		return nil
	}
	// "the diplomats had already left Moscow" speaks again of people told before;
	// "the embassy has 184 employees left." counts who remain
	// ("15 American diplomats now left in Managua", "staff still left in the
	// country": those who remain, not a departure)
	if peopleLeft(toks, tr) && (tr.start > 0 && toks[tr.start-1].low == "the" || tr.end >= len(toks) || toks[tr.end].punct || remainLeft(toks, ments, tr)) {
		return nil
	}

	// count
	var q *quantity
	if kind != "talks" && kind != "agreement" && kind != "restore_relations" && kind != "break_relations" && kind != "downgrade_relations" && kind != "recall_ambassador" && kind != "expel_ambassador" && kind != "ambassador_departed" {
		q = x.countFor(toks, tr, limit, kind, st.lastCount)
		if q != nil && kind == "expel" {
			q = x.conjoinedCount(toks, ments, *q, limit)
			// "ordered 90 Soviet officials to leave and said another 15 would not be
			// allowed back, bringing to 105 the number": the total is the act's
			if t, ok := x.broughtTo(toks, q.end); ok {
				q = &t
			}
			// ("ordered 90 Soviet officials to go and barred 15 more from returning,
			// 105 in all": or the total told after the parts)
			if t, ok := x.statedTotal(toks, *q, len(toks)); ok && t.min != nil && q.min != nil && *t.min > *q.min {
				q = &t
			}
			// ("expelling a first secretary ... and an employee of the trade mission,
			// two people in all": the people listed, summed)
			if t := x.listedTotal(toks, tr, limit); t != nil && t.min != nil && q.min != nil && *t.min > *q.min {
				q = t
			}
			// ("Two other Syrian diplomats are being expelled with him": the one
			// told of before goes too)
			if q.end < tr.start && toks[q.end].low == "other" && q.min != nil && q.max != nil && tr.end+1 < len(toks) && toks[tr.end].low == "with" && (toks[tr.end+1].low == "him" || toks[tr.end+1].low == "her") {
				lo, hi := *q.min+1, *q.max+1
				q = &quantity{min: &lo, max: &hi, qualifier: q.qualifier, start: q.start, end: q.end}
			}
		}
		// "no more than five diplomats and 20 other employees, 25 people in all": the
		// cap is the total
		if q != nil && kind == "staff_cap" {
			// "to one diplomat and one support employee": a ceiling of two
			q = x.conjoinedCount(toks, ments, *q, limit)
			if t, ok := x.statedTotal(toks, *q, limit); ok {
				q = &t
			}
		}
	}
	// "22 of its 41 staff had to leave", "three of the embassy's 12 staff": the part
	// acted on, not the whole, whichever of the two numbers was picked first
	if q != nil && q.end < len(toks) && toks[q.end].low == "of" {
		for k := q.end + 1; k < min(len(toks), q.end+7); k++ {
			if p, ok := x.lx.parseQuantity(toks, k); ok && !p.yearLike && p.frac == 0 {
				// (not "670 of the 770 military dependants": the whole is a staff)
				if x.ofWhole(toks, &p) == q.end && slices.ContainsFunc(toks[p.end:min(len(toks), p.end+3)], func(t token) bool { return staffNouns[t.low] }) {
					st.whole = p.count()
				}
				break
			}
		}
	}
	// ("one of the six British diplomats whom Moscow expelled": the act of a
	// relative clause on the whole is the whole's)
	if of := x.ofWhole(toks, q); of >= 0 && !relativeOnWhole(toks, q.end, tr.start) {
		for k := max(0, of-3); k < of; k++ {
			if p, ok := x.lx.parseQuantity(toks, k); ok && p.end == of && !p.yearLike && p.frac == 0 {
				st.whole = q.count()
				q = &p
				break
			}
		}
	}
	if q != nil {
		used[q.start] = true
		c.Count = q.count()
		// "keep no more than three diplomats": the bound of a ceiling is the ceiling
		if kind == "staff_cap" && c.Count.Qualifier == parity.AtMost && c.Count.Max != nil {
			c.Count.Min, c.Count.Qualifier = c.Count.Max, parity.Exact
		}
	}
	// "to tell him to leave", "expelled her": one person
	if q == nil && kind == "expel" && toldOne(toks, tr) {
		one := 1
		c.Count = &Count{Min: &one, Max: &one, Qualifier: parity.Exact}
	}

	// actor and target
	actor, aFrom := x.actorFor(st, tr, ments)
	// "severed relations with Venezuela, shut Paraguay's embassy in Caracas and
	// brought its diplomats home": verbs joined in one sentence share its subject
	if actor == "" && st.sentActor != "" && tr.start > st.sentEnd {
		shared := true
		for _, m := range ments {
			if m.subject && m.start >= st.sentEnd && m.start < tr.start {
				shared = false
			}
		}
		if shared {
			actor, aFrom = st.sentActor, "subject"
		}
	}
	var postOwners []string
	// "and Angola's embassy has moved its work to South Korea": a post that empties
	// or moves itself acts for its owner, whoever the sentence began with
	if ownPeopleKind(kind) && (actor == "" || aFrom == "subject") {
		if i := x.postOwnerSubject(toks, ments, tr); i >= 0 {
			actor, aFrom = ments[i].code, "post"
			// "the Dutch, Italian and Polish embassies have withdrawn": each owner
			postOwners = x.lx.listedOwners(toks, ments, i)
		}
	}
	target := x.targetFor(st, tr, ments, limit, actor)
	// "expelled the six American members of the UN Special Commission": people of a
	// body are the body's, whatever their nationality
	if kind == "expel" || kind == "deny_accreditation" {
		if o := x.bodyOfPeople(toks, ments, target); o != "" {
			target = o
		}
	}
	// "Ghana restored relations with Israel. Nigeria restored its own relations in
	// 1992": a state that restores on its own account does so with the state the
	// story's subject restored relations with
	if target == "" && kind == "restore_relations" && wordBetween(toks, tr.start, tr.end, "own") && st.lastSubject != "" && st.lastSubject != actor {
		target = otherThan(st.lastSubject, st.lastActor, st.lastTgt)
	}
	// "handed the premises to the Palestinians": a host that gives a post away
	// seizes it from its owner, not from the one it goes to
	handed := kind == "seize_property" && tr.rule.says("to") && tr.rule.says("the")
	if handed {
		target = handedFrom(st, ments, tr, actor, target)
	}
	// "The South Korean embassy's work is suspended": with no one else acting, the
	// post's owner calls its own people out
	if ownPeopleKind(kind) && actor == "" && target != "" {
		for _, m := range ments {
			if m.code == target && (m.role == roleDemonym || m.possessive) && m.modifies == "mission" && m.end < tr.start && x.lx.inClass("mission", toks[m.end].low) {
				actor, aFrom, target = target, "post", ""
				// ("BELGRADE - ... The British embassy is sending its staff out"): the
				// land the story is filed from holds the post
				if st.dateline != actor {
					target = st.dateline
				}
				break
			}
		}
	}
	// "Saudi Arabia and Iran. On 10 March ... the two Gulf rivals announced": the
	// pair the paragraph named joined acts, when the sentence names no actor
	if (actor == "" || aFrom == "context") && st.duoIn(s.para) && mutual(kind) && pairActs(toks, tr) {
		a, b := st.duo[0], st.duo[1]
		// (in the order of the story's pair when it is the same)
		if pa, _ := st.pair(); actor == b || actor != a && pa == b {
			a, b = b, a
		}
		actor, target, aFrom = a, b, "subject"
	}
	// "Washington had 15 days to reduce its embassy to 17 people": the state given
	// time to cut is the one capped; who set the time caps it
	if kind == "staff_cap" && aFrom == "subject" && x.givenTime(toks, tr.start) {
		other := ""
		for _, m := range ments {
			if m.start < tr.start && m.code != actor && m.role != roleCity && (m.subject || m.possessive) {
				other = m.code
				break
			}
		}
		if other == "" {
			other = st.partner(actor)
		}
		if other != "" {
			actor, target = other, actor
		}
	}
	// "they had been told on Tuesday to shut the mission": the subject was ordered;
	// the one who ordered it is the story's other side
	// ("Czechoslovakia was told to close its consulates in Cleveland and Pittsburgh":
	// a state told to shut its own posts has them closed by the other)
	toldState := aFrom == "subject" && passiveOrder(toks, tr.start) && slices.ContainsFunc(ments, func(m mention) bool { return m.code == actor && m.subject && m.modifies == "" && m.end <= tr.start })
	if toldState && kind == "close_mission" && target != "" && target != actor {
		actor, target = target, actor
	}
	if aFrom == "subject" && passiveOrder(toks, tr.start) && (target == "" || target == actor) {
		target, actor, aFrom = actor, "", ""
		if st.lastActor != target {
			actor, aFrom = st.lastActor, "context"
		} else if st.lastTgt != target {
			actor, aFrom = st.lastTgt, "context"
		}
	}
	// "The Swedish and Japanese governments pulled their diplomats out": states that
	// act together do not act on each other
	together := aFrom == "subject" && !bilateral(kind) && kind != "talks" && kind != "agreement"
	var joint []string
	if together {
		joint = x.jointActors(toks, ments, tr, actor)
		together = !st.pairwise(toks, joint)
	}
	if aFrom == "post" {
		joint, together = postOwners, true
	}
	if together && target != "" && target != actor && slices.Contains(joint, target) {
		target = ""
	}
	// "The embassy last sent its non-emergency staff away": a post with no owner
	// named acts for the state the story's acts are about
	if actor == "" && ownPeopleKind(kind) && st.lastActor != "" && st.lastActor != target && x.postSubject(toks, tr) {
		actor, aFrom = st.lastActor, "post"
	}
	// ("in October it recalled its ambassador from Paris after remarks by President
	// Emmanuel Macron": "it" is the story's subject, not a state named later)
	if actor == "" && target != "" && !(st.lastSubject != "" && pronounSubject(toks, tr.start)) {
		// a nominal trigger ("the expulsion of ten Russian diplomats") with another state
		// in the sentence: that state acts
		for i, m := range ments {
			// "its embassies in Cairo, Manama and Rabat": a list takes its first
			// name's preposition (a list holds names of one sort: "In Seoul,
			// Taiwanese diplomats closed" is a place, then who acts)
			for j := i; j > 0 && (m.prep == "" || m.prep == "and") && listGap(toks, ments[j-1], ments[j]) && (ments[j].role != roleDemonym || ments[j-1].role == roleDemonym); j-- {
				m.prep = ments[j-1].prep
			}
			// "in solidarity with Britain", "a protest to Moscow": a party named after a
			// preposition does not act
			switch m.prep {
			case "in", "at", "with", "to", "against", "for", "over", "across", "throughout", "within", "around", "into", "toward", "towards", "near", "inside", "outside", "beyond", "along", "amid":
				continue
			}
			// "Warnings of a Russian attack grew, and on Monday it said it was
			// moving its embassy": a pronoun between is the subject
			if m.end <= tr.start && (wordBetween(toks, m.end, tr.start, "it") || wordBetween(toks, m.end, tr.start, "they")) {
				continue
			}
			// ("..., leaving five embassies, Amman included, without diplomats": a
			// capital after the trigger is where, not who)
			// ("ordered the Soviet and Czechoslovak embassies out": a name listed
			// with the target's shares its part)
			if i > 0 && ments[i-1].code == target && x.lx.ownersListed(toks, ments[i-1], m) && !mutual(kind) {
				continue
			}
			if m.code != target && m.role != roleCity && !m.ordered && (m.role != roleCapital || m.start < tr.end) {
				actor, aFrom = m.code, "sentence"
				break
			}
		}
	}
	var headList []string // the states a heading lists, acting together
	if actor == "" && st.head != "" && s.para == st.headPara {
		if st.head != target {
			actor, aFrom = st.head, "subject"
			if len(st.heads) > 1 && allOfThem(toks, tr.start) && !slices.Contains(st.heads, target) {
				headList = st.heads
			}
		} else if o := st.owner(target); o != "" && ownPeopleKind(kind) && placeIn(ments, target) {
			// "TURKEY / - Embassy in Ankara: diplomats left on October 19": a heading
			// whose land holds the post is the host; the people are the story's owner's
			actor, aFrom = o, "context"
		} else if ownPeopleKind(kind) {
			// "ITALY / Ambassador Tommasi and his staff were flown out aboard an Italian
			// Air Force flight": the people a state calls home are its own, so the
			// heading's state, named again, calls them
			actor, aFrom, target = st.head, "subject", ""
		}
	}
	byPronoun := false // the actor is the state "it" stands for
	if actor == "" {
		actor, aFrom = st.lastActor, "context"
		// a round-up of answers to one state ("- Denmark: seven staff of the Danish
		// embassy were given two weeks to leave. Copenhagen had expelled 15 Russians
		// ..."): the state the story's acts turn on answers, not the last one named
		if hub := st.hub(target); hub != "" && st.bullet && (target == "" || target != st.lastTgt) {
			actor = hub
		}
		// "In March 2018 it expelled two Russian diplomats": "it" is the state the
		// story last spoke of as a subject
		if st.lastSubject != "" && (pronounSubject(toks, tr.start) || peopleLeft(toks, tr) && tr.start > 0 && (toks[tr.start-1].low == "its" || toks[tr.start-1].low == "their")) {
			actor = st.lastSubject
			byPronoun = itActs(toks, tr.start)
		}
		if actor == "" {
			actor = st.firstActor
		}
		// "- The Netherlands: 15 Dutch diplomats were declared personae non gratae":
		// the story's state that the sentence does not hit acts against the one it does
		if actor == target && target != "" && st.bullet {
			actor = otherThan(target, st.lastTgt, st.lastActor, st.firstActor)
		}
		// ("Mali recalled its ambassador from Algiers. Algeria answered the next
		// day. Its foreign ministry said it recalled its ambassador from Bamako"):
		// the story's last actor cannot act on itself; the state last spoken of as
		// a subject does
		if actor == target && target != "" && kind != "close_mission" && st.lastSubject != "" && st.lastSubject != target && !namedBefore(ments, tr.start) {
			actor = st.lastSubject
		}
		// ("The notes follow the cabinet's decision to suspend relations with
		// China", after a count of China's people: the other side of the story)
		if actor == target && target != "" && kind == "break_relations" {
			actor = otherThan(target, st.lastTgt, st.firstActor)
		}
		// ("Tripoli's order, which expelled 25 Italians. On April 26 the government
		// told the Libyan People's Bureau to cut its staff": the story's state that
		// the order does not hit gives it)
		if actor == target && target != "" && kind == "staff_cap" {
			actor = otherThan(target, st.lastTgt, st.firstActor)
		}
		// ("Russia expelled 18 Polish diplomats. The move was a reply to the
		// expulsion of 19 Russian diplomats on April 5": the people a story's state
		// lost were expelled by the state it answers)
		if actor == target && target != "" && kind == "expel" && !ownOrMutual(toks, tr) {
			if o := otherThan(target, st.lastTgt, st.firstActor); o != "" {
				actor = o
			}
		}
	}
	// "the embassy's operations had been relocated to Stockholm": staff moved to the
	// capital of the story's post owner go home from its host
	if kind == "withdraw_staff" && aFrom == "context" && st.postSender != "" && st.postHost != "" {
		for _, m := range ments {
			if m.code == st.postSender && m.role == roleCapital && whereTo(toks, tr, m) {
				actor, target, aFrom = st.postSender, st.postHost, "post"
			}
		}
	}
	// "The French embassy closes, the foreign ministry in Paris says": a mission that
	// closes with no state shutting it is closed by its owner
	selfClosed := false
	// ("the embassy shuts once more" in a story of Japan's embassy in Libya: the
	// story's post, closed by its owner)
	// (not when the story has turned to another state: "The United States has not
	// resumed operations at its embassy. The embassy was closed in February 2012.")
	storyPostCloses := kind == "close_mission" && st.postSender != "" && st.postHost != "" && (st.lastSubject == "" || st.lastSubject == st.postSender || st.lastSubject == st.postHost || actor == st.postHost) && !slices.ContainsFunc(ments, func(m mention) bool { return m.prep == "" && m.role != roleCity && m.role != roleCapital }) && x.lx.ownerlessCloses(toks, tr)
	if kind == "close_mission" && (aFrom != "subject" && aFrom != "by" || storyPostCloses) {
		o := missionCloses(toks, ments, tr)
		if o == "" && storyPostCloses {
			o, target = st.postSender, st.postHost
		}
		if o != "" {
			actor, aFrom, selfClosed = o, "subject", true
			if target == o {
				target = ""
			}
			if target == "" || !mentioned(ments, target) {
				target = otherThan(o, st.leftHost, st.postHost, st.lastTgt)
			}
			if t := x.targetFor(st, tr, ments, limit, o); t != "" && t != o {
				target = t
			}
		}
	}
	// "the Belgian foreign ministry said a dozen of its diplomats had been told to
	// go": a state that tells of its own people sent away is hit, not acting
	// ("MADRID - Spain has protested ... over the expulsion of a Spanish diplomat":
	// people the actor's own demonym names, whatever told the actor)
	named := kind == "expel" && protestedOwnNamed(toks, ments, tr, actor)
	protested := kind == "expel" && protestedOwn(toks, tr) || named
	if kind == "expel" && (aFrom == "subject" && (ownPeopleHit(toks, ments, tr, actor) || protested) || named) {
		target = actor
		actor = otherThan(target, st.hub(target), st.lastActor, st.lastTgt)
		// (the other state the protest names: "summoned Lithuania's charge d'affaires
		// to protest against the expulsion of its staff member")
		if protested {
			for _, m := range ments {
				if m.code != target && m.role != roleCity && m.end <= tr.start {
					actor = m.code
					break
				}
			}
		}
		aFrom = "context"
	}
	// "Qatar had shut the mission in 2011", "The mission, closed since 2012, is starting
	// with a small team": the post the story is about, the actor's own or its host's
	postOwn := false
	if (kind == "close_mission" || kind == "reopen_mission") && (target == "" || target == actor || !mentioned(ments, target)) && st.postSender != "" && x.missionRef(toks, ments, tr, actor) {
		switch actor {
		case st.postHost:
			target = st.postSender
		case "":
		default:
			// (another state's "the embassy" in a story of missions in one host, as
			// in a round-up of who is back in Damascus, is its own post there)
			target, postOwn = st.postHost, true
		}
	}
	// "The envoys meet for the first time, in Moscow": talks told only by their venue
	// are between the story's parties, of which the venue's state may be one
	if (kind == "talks" || kind == "agreement") && actor != "" && venueOnly(ments, actor) {
		if p := st.partner(actor); p != "" {
			target = p
		}
	}
	guessed := false // the target is any other name of the sentence, not one the grammar gives
	if target == "" || target == actor {
		target, guessed = "", true
		// ("Nigeria announced its own break": no name of the sentence is the party)
		guessable := ments
		if bareBreak(toks, tr) {
			guessable = nil
		}
		for _, m := range guessable {
			if together && slices.Contains(joint, m.code) {
				continue
			}
			// ("NAIROBI - China declared its embassy in Mogadishu reopened": where
			// the report was filed yields to a state the sentence names)
			if isDateline(toks, m) && slices.ContainsFunc(ments, func(o mention) bool {
				return o.start > m.start && o.code != actor && o.code != m.code && o.role != roleOfficial
			}) {
				continue
			}
			// a state acting in a clause of its own ("Bolivia broke off relations on
			// the day Chile recalled its ambassador") is not what the measure hits
			// ("Spain evacuated its diplomats, following the Netherlands, which had
			// pulled out its staff", "When Saudi Arabia broke with Iran, Kuwait called
			// its ambassador home": nor is a state whose example is followed)
			if m.subject && (m.end < tr.start || m.start >= tr.end) && (st.lastTgt != "" && st.lastTgt != actor && st.lastTgt != m.code && hasVerb(toks, m) || ownPeopleKind(kind) && (followsExample(toks, m) || hasVerb(toks, m) && subordinate(toks, m.start, m.end, tr.start))) {
				continue
			}
			// (nor a name in a clause of cause or time after the act: "ordered
			// Ambassador Moussi home after French diplomats helped an activist leave
			// Tunisia")
			if ownPeopleKind(kind) && m.start >= tr.end && anyBetween(toks, tr.end, m.start, subordinators) {
				continue
			}
			// people called home leave a host named with "from" or "in"; any other
			// name ("thanked Djibouti for its help") yields to the story's host
			if (kind == "withdraw_staff" || kind == "recall_ambassador") && st.lastTgt != "" && st.lastTgt != actor && (!hostIn(toks, tr, m) && !(m.start == tr.end && peopleLeft(toks, tr)) || m.start >= limit) {
				continue
			}
			// (nor is where they go or work on from)
			if (kind == "withdraw_staff" || kind == "recall_ambassador" || kind == "close_mission") && whereTo(toks, tr, m) {
				continue
			}
			if m.code != actor && m.role != roleOfficial && (m.role != roleCity) {
				target = m.code
				break
			}
		}
	}
	if target == "" && st.lastTgt != actor {
		target = st.lastTgt
		conf -= 0.15
	} else if target == "" && st.lastActor != "" && st.lastActor != actor && !(ownPeopleKind(kind) && st.hostless[st.lastActor]) {
		// (a state that calls its own people home after another did the same, the
		// other's host untold, follows its example: "- United States: ... Ambassador
		// Carrington was being recalled. - Britain: London recalled its high
		// commissioner" leaves the same host, not Washington)
		// the state the story's last measure hit answers it: "Ottawa expelled a senior
		// Indian diplomat. India expelled a senior Canadian diplomat; it also recalled
		// its ambassador" hits the first actor
		target = st.lastActor
		conf -= 0.15
	}
	// ("Foreign Minister Alpha Barry said his government had decided to sever
	// relations with Taiwan", in a story of Beijing's gains: Beijing and Taipei hold
	// no ties to break, so the state that breaks is the story's third)
	if kind == "break_relations" && target != "" && rivalRecognition[actor] == target {
		if o := st.partnerBesides(target, map[string]bool{actor: true}); o != "" {
			actor = o
		}
	}
	// "Mr Moussavian, recalled by his government, flew home": people called home
	// leave the land the story names most besides their own
	// ("Santos said both governments had decided to re-establish relations": ties
	// between two are with the story's other side)
	if (target == "" || target == actor) && (ownPeopleKind(kind) || kind == "restore_relations" || kind == "break_relations" || kind == "downgrade_relations") {
		skip := st.hostless
		if !ownPeopleKind(kind) {
			skip = nil
		}
		if p := st.partnerBesides(actor, skip); p != "" {
			target = p
			conf -= 0.15
		}
	}
	if aFrom == "context" {
		conf -= 0.2
	}
	if target == actor {
		target = ""
	}
	// "bring all South African diplomats in Tel Aviv home", "recalled Kuwait's
	// ambassador from Beirut": whoever speaks, the state calling people home is theirs
	if kind == "recall_ambassador" || kind == "withdraw_staff" {
		if own := staffNationality(toks, tr, ments, limit); own != "" && (own != actor || aFrom == "sentence") {
			if target == own || target == "" {
				target = actor
			}
			actor, aFrom = own, "subject"
			for _, m := range ments {
				// "... left Kabul on Friday": the land left right after the verb
				// (or "landed in Amman after leaving Khartoum": the land left, not
				// the one landed in)
				left := m.prep == "" && (m.start == tr.end && leftVerbs[toks[tr.end-1].low] || m.start > tr.end && leftVerbs[toks[m.start-1].low])
				if m.code != own && m.start >= tr.start-8 && m.start < limit && (m.prep == "in" || m.prep == "from" || m.prep == "out of" || m.prep == "to" || left) && !wentTo(toks, tr, ments, m.code) {
					target = m.code
					break
				}
			}
		}
	}
	// "Bolivia, which cut ties with Israel, and Venezuela, which broke them": the
	// relations of the measure told just before
	if toks[tr.end-1].low == "them" {
		prev := st.sentTarget
		if prev == "" {
			prev = st.lastTgt
		}
		if prev != "" && prev != actor {
			target = prev
		}
	}
	// an envoy the story named: "France recalled Hallade", "the junta gave Itte 48
	// hours to leave": who serves whom is known from the envoy's introduction
	if e := st.envoyIn(toks, tr, limit); e != nil {
		switch {
		case e.rank != "":
			// "Ivanov had seven days to leave": the state the diplomat serves is hit
			if kind == "expel" && e.state != actor && (target == "" || target == actor || !mentioned(ments, target)) {
				target = e.state
				if c.Count == nil {
					one := 1
					c.Count = &Count{Min: &one, Max: &one, Qualifier: parity.Exact}
				}
			}
		case kind == "recall_ambassador" || kind == "ambassador_departed":
			if e.state != "" && aFrom != "subject" && actor != e.state {
				actor, aFrom = e.state, "envoy"
				target = x.targetFor(st, tr, ments, limit, actor)
			}
			if e.host != "" && e.host != actor && (target == "" || target == actor || !mentioned(ments, target)) {
				target = e.host
			}
		case kind == "expel_ambassador":
			if e.state != "" {
				if (actor == e.state || actor == "") && e.host != "" {
					actor, aFrom = e.host, "envoy"
				} else if actor == e.state && st.lastTgt != e.state {
					// the envoy's host is the story's other side
					actor, aFrom = st.lastTgt, "envoy"
				}
				target = e.state
			}
		}
	}
	if actor == "" {
		conf -= 0.3
	}
	if target == "" {
		conf -= 0.2
	}

	// "Iran's embassy in Riyadh is reopened": with no subject acting, the owner
	// reopens its own post in the host where it stands
	if kind == "reopen_mission" && aFrom != "subject" && aFrom != "by" {
		for _, m := range ments {
			if m.modifies == "mission" && m.role != roleCity && m.prep == "" {
				for _, h := range ments {
					if h.code != m.code && h.start > m.start && (h.prep == "in" || h.prep == "at") {
						actor, target, aFrom = m.code, h.code, "subject"
						break
					}
				}
				break
			}
		}
	}
	// closing one's own post is a withdrawal of one's staff from the host (the
	// ledger's convention): "Mexico closed its embassy in Quito"
	ordered := false
	for _, m := range ments {
		// (or inside the trigger: "told Norway to run its embassy with three")
		if m.ordered && (m.start < tr.start || m.start < tr.end && tr.rule.kind == "staff_cap") {
			ordered = true
		}
	}
	abroad := ""
	if kind == "close_mission" && aFrom != "context" {
		abroad = x.abroadPost(toks, ments, tr, limit, actor)
	}
	actorOwns, postHost := actorsPost(toks, ments, tr, actor)
	if kind == "close_mission" && (x.ownPost(toks, tr, limit) || actorOwns || abroad != "" || postOwn || selfClosed) && !ordered && !toldState {
		if abroad != "" {
			target = abroad
		}
		if postHost != "" {
			target = postHost
		}
		c.Kind = "withdraw_staff"
		c.Count = nil // the posts counted are not the people withdrawn
		if target == actor || target == "" {
			target = x.targetFor(st, tr, ments, limit, actor)
		}
	}
	// "Three Chilean officers posted to the embassy in Tel Aviv are being sent home,
	// the foreign ministry in Santiago announced": people their own state announces
	// are sent home are withdrawn by it
	if kind == "expel" && passiveTrigger(toks, tr) {
		if own := announcedByOwn(toks, ments, tr); own != "" {
			c.Kind, actor, aFrom = "withdraw_staff", own, "subject"
			c.Count = nil
			target = x.targetFor(st, tr, ments, limit, own)
			// (the land of the post they served at: "posted to the embassy in Tel Aviv")
			for _, m := range ments {
				if (target == "" || target == own) && m.prep == "in" && m.code != own && x.missionBefore(toks, m.start) {
					target = m.code
				}
			}
			if target == own {
				target = ""
			}
		}
	}
	// "closed Qatar's embassy in N'Djamena and expelled its diplomats": the people of
	// the post just named
	if c.Kind == "expel" {
		if o := x.itsPostOwner(toks, ments, tr, limit, actor); o != "" {
			target = o
		}
	}
	// sending one's own people away is a withdrawal: "ordered the departure of most of
	// its staff", "ordered non-emergency staff to leave its embassy"
	// (a state declares only another's people unwelcome: "declared twenty-one of its
	// officials, most of them consular staff, unwelcome" speaks of the other's)
	if kind == "expel" && !declares(toks, tr) && !protested && x.ownPeople(toks, ments, tr, limit, actor, aFrom != "context") && !ordered {
		r := *tr.rule
		r.kind = "withdraw_staff"
		own := tr
		own.rule = &r
		c.Kind = r.kind
		// "the department ordered non-emergency staff out of Libya": the land the
		// people leave is the host, and the story's state sends them
		// ("out of the US embassy in Havana": the owner of the post left is who sends)
		if (aFrom == "from" || aFrom == "leave") && !qualifiesPost(ments, actor) {
			left := actor
			actor, aFrom = "", ""
			if st.head != "" && st.head != left && s.para == st.headPara {
				actor, aFrom = st.head, "subject"
			} else if st.lastActor != "" && st.lastActor != left {
				actor, aFrom = st.lastActor, "context"
			}
			target = left
		} else if t := x.targetFor(st, own, ments, limit, actor); t != "" {
			target = t
		}
	}
	// "The State Department ordered the mission's staff out of Kabul": a state expels
	// from its own soil only, so people it sends out of another's land are its own
	// (not an order passed on: "told that he ... must leave the United Kingdom")
	if c.Kind == "expel" && aFrom == "subject" && actor != "" && !passiveTrigger(toks, tr) && !wordBetween(toks, tr.start, tr.end, "must") {
		land := leftLand(toks, ments, tr, limit)
		if land == "" {
			land = x.postCountryLeft(toks, ments, tr)
		}
		if land != "" && land != actor {
			if own := staffNationality(toks, tr, ments, limit); own == "" || own == actor {
				c.Kind, target, c.Count = "withdraw_staff", land, nil
			}
		}
	}
	// "Non-essential staff at the British embassy in Tehran were told to leave": no
	// host sends away only the staff a mission can spare; their own state draws them
	// down (the host read as the one who expels is the land they leave)
	if c.Kind == "expel" && target != "" && spareStaff(toks, tr, limit) {
		switch owner := x.spareOwner(toks, tr, ments, limit); owner {
		case target:
			c.Kind = "withdraw_staff"
			actor, target = target, actor
		case actor:
			c.Kind = "withdraw_staff"
		}
	}
	// a state shrinking its own mission draws its people down, it caps no one: "Greece
	// cut its embassy in Kyiv to essential staff only", "reduce our footprint to
	// essential employees"
	if kind == "staff_cap" && !ordered && (x.shrinksOwn(toks, tr, limit) || x.lx.ownStaffCut(toks, ments, tr, actor, limit)) {
		c.Kind = "withdraw_staff"
		c.Count = nil
		// ("shrunk the consular section of its embassy to just two diplomats": the
		// size it comes down to is its level)
		if q != nil && toCount(toks, q.start) {
			c.Kind = "staff_level"
			c.Count = &Count{Min: q.min, Max: q.max, Qualifier: q.qualifier}
		}
		if t := x.targetFor(st, tr, ments, limit, actor); t != "" && t != actor {
			target = t
		}
	}
	// a state caps missions on its own soil only: "Washington instructed the Kampala
	// embassy to cut its staff" thins its own post in Uganda
	if kind == "staff_cap" && c.Kind == kind {
		if host := x.unownedPostBefore(toks, ments, tr, actor); host != "" {
			c.Kind = "withdraw_staff"
			c.Count = nil
			target = host
		}
	}
	// closing a compound, a dacha or a warehouse is taking property, not a mission
	if kind == "close_mission" && x.propertyObject(toks, tr, limit) {
		c.Kind = "seize_property"
	}
	// a claim with nothing from its own sentence but the trigger says too little:
	// "the consulate has to be closed by Saturday", "taken together, over 100 ..."
	targetInSentence := target != "" && mentioned(ments, target)
	// ("when relations were formally restored": relations restored in the passive
	// are the story's pair's)
	passiveRestore := kind == "restore_relations" && len(ments) == 0 && target != "" && (toks[tr.start].low == "relations" || toks[tr.start].low == "ties") && tr.end-tr.start > 2
	// ("notes expelling a first secretary and an employee of the trade mission, two
	// people in all": the act's own people summed, no tally of acts)
	sum := aggregate(toks) && x.listedTotal(toks, tr, limit) == nil
	// (a group the story just listed, "all four countries", is the sentence's own)
	if aFrom == "context" && !byPronoun && !pairActs(toks, tr) && (!targetInSentence || sum) && (q == nil || sum) && !((kind == "talks" || kind == "agreement") && venueOnly(ments, actor)) && !passiveRestore && !st.groupToldBack(x.lx, toks) && groupOf(x.lx, toks).n >= 0 {
		// (but "its envoys have been called home from, among others:" names the
		// states in the list it announces)
		return nil
	}
	// "its closure leaves ...": a reference back to a closure told before
	if tr.start > 0 && (toks[tr.start-1].low == "its" || toks[tr.start-1].low == "their") && q == nil && !peopleLeft(toks, tr) {
		return nil
	}

	// "whatever became of that ceiling": a measure told before (not "said that
	// closing the embassy ...", a verb after "that")
	if tr.start > 0 && tr.end-tr.start == 1 && (toks[tr.start-1].low == "that" || toks[tr.start-1].low == "those") && !strings.HasSuffix(toks[tr.start].low, "ed") && !strings.HasSuffix(toks[tr.start].low, "s") && !(strings.HasSuffix(toks[tr.start].low, "ing") && takesObject(toks, tr.end)) {
		return nil
	}
	// "the expelled diplomats", "those expelled", "its four expelled diplomats": a
	// reference back, not a new act
	if tr.start > 0 && strings.HasSuffix(toks[tr.start].low, "ed") {
		switch p := toks[tr.start-1]; {
		case p.low == "the" || p.low == "those" || p.low == "these":
			return nil
		case (p.num || p.low == "its" || p.low == "their" || isWordNumber(x.lx, p.low)) && tr.end-tr.start == 1 && tr.end < len(toks) && (x.lx.inClass("diplomat", toks[tr.end].low) || x.lx.isDemonym(toks[tr.end])):
			return nil
		}
	}
	// "Bulgaria told Russia to withdraw 70 of its staff": an expulsion by Bulgaria;
	// "told Chile, Peru and Uruguay to withdraw their diplomats": one per state told
	// "France's last diplomats sailed out on July 30, and Britain announced it was
	// pulling its staff out": a withdrawal whose sentence names no land left leaves
	// the one the story's withdrawals left
	if c.Kind == "withdraw_staff" {
		if hostNamed(toks, ments, tr, target) {
			st.leftHost = target
		} else if st.leftHost != "" && st.leftHost != actor {
			target = st.leftHost
		} else if target == "" {
			// "France has temporarily shut its embassy" in a story of Tripoli's
			// embassies emptying: the land the story names most
			target = st.partner(actor)
		}
	}
	// "The embassy reopened when the ambassador drove back into Kyiv, a week after
	// Johnson had told reporters in New Delhi": a return goes back to the land the
	// story's people left, unless its own clause names another
	if c.Kind == "reopen_mission" && st.leftHost != "" && st.leftHost != actor && target != st.leftHost && !hostInClause(toks, ments, tr, target) {
		target = st.leftHost
	}
	// "the small team left behind": people who stay
	if (c.Kind == "withdraw_staff" || c.Kind == "ambassador_departed") && tr.end < len(toks) && toks[tr.end-1].low == "left" && toks[tr.end].low == "behind" {
		return nil
	}
	// "Twenty-two Russian diplomats left Moldova under a government order": people
	// leaving as they were told to carry out an expulsion, not a withdrawal
	// ("Georgia said all its diplomats would leave Moscow": a state telling of its
	// own people's departure)
	if c.Kind == "withdraw_staff" && peopleLeft(toks, tr) && (forcedOut(toks) || toldToLeave(toks, tr) && !ownAnnounced(toks, ments, tr, actor)) {
		return nil
	}
	var targets []string
	if kind == "withdraw_staff" || kind == "staff_cap" && toks[tr.end-1].low == "home" {
		// (not "ordered Chile's diplomats out of the country and brought its own
		// diplomatic staff home": a state's own people are withdrawn)
		for i, m := range ments {
			if m.ordered && m.start < tr.start && m.code == target && !(m.possessive && wordBetween(toks, tr.start, min(len(toks), tr.end+3), "own")) {
				c.Kind = "expel"
				last := i
				for last+1 < len(ments) && ments[last+1].ordered && listedBefore(toks, ments[last], ments[last+1]) {
					last++
				}
				targets = conjoined(toks, ments, last)
				// "Gil had told Argentina, Chile, ... to withdraw": an unnamed
				// speaker acts for the story's protagonist, not the last state named
				if aFrom == "context" && st.firstActor != "" && !slices.Contains(targets, st.firstActor) {
					actor = st.firstActor
				}
			}
		}
	}
	// "Algeria's ambassadors in Bamako and Niamey were called home": one recall a host
	if (kind == "recall_ambassador" || kind == "withdraw_staff") && len(targets) == 0 {
		if hs := hostList(toks, ments, target); len(hs) > 1 {
			targets = hs
		}
	}
	// "Five more envoys are called home: X, high commissioner in New Delhi; Y,
	// ambassador in Brussels; and Z, ambassador in Lisbon": one recall a post listed
	if kind == "recall_ambassador" && len(targets) == 0 {
		if hs := colonPosts(toks, ments, tr, actor); len(hs) > 1 {
			targets = hs
			target = hs[0]
		}
	}
	// "France recalled him, together with its ambassador in Washington": the envoy
	// the story named is recalled from his own host too
	if kind == "recall_ambassador" && len(targets) == 0 && target != "" {
		if e := st.envoyIn(toks, tr, limit); e != nil && e.host != "" && e.host != target && e.host != actor && (e.state == "" || e.state == actor) {
			targets = []string{e.host, target}
		}
	}
	// "Ouagadougou asked Paris to withdraw its ambassador": an expulsion of the envoy
	if kind == "recall_ambassador" {
		for _, m := range ments {
			if m.ordered && m.end < tr.start && tr.start-m.end <= 2 && toks[m.end].low == "to" && m.code == target {
				c.Kind = "expel_ambassador"
			}
		}
	}
	// "pulled its ambassador and embassy staff out of Libya": an envoy who leaves
	// with the mission's people is a withdrawal of the mission
	// ("Brazil's ambassador, Norton de Andrade Mello Rapesta, and his team left Kyiv":
	// or one who leaves with them)
	if kind == "ambassador_departed" && c.Kind == kind && (x.teamBefore(toks, tr.end) || x.teamAfter(toks, tr, limit)) {
		c.Kind = "withdraw_staff"
	}
	if kind == "recall_ambassador" && c.Kind == kind && x.withStaff(toks, tr, limit) {
		c.Kind = "withdraw_staff"
	}
	// "Israel's ambassador was called in and told to go back to his country": the
	// host sends the envoy home
	if kind == "recall_ambassador" && toldBack(toks, tr) {
		c.Kind = "expel_ambassador"
		target = actor
		actor = otherThan(target, st.hub(target), st.lastTgt, st.lastActor)
	}
	// "ordered seven Latin American countries to withdraw their diplomats": an
	// expulsion of a group the story lists later
	// (not "all four countries" after the four were named: see toldGroup)
	if groupActs {
		actor, st.group, st.groupActs = "", -1, true
		if g := groupOf(x.lx, toks); g.n > 0 && g.end <= tr.start {
			st.group = g.n
		}
	} else if g := groupOf(x.lx, toks); g.n > 0 && !st.toldBefore(g.n) && (target == "" || target == st.lastTgt && !targetInSentence) || g.n < 0 && g.start > tr.start {
		if g.ordered && tr.start >= g.end && tr.start <= g.end+2 && kind == "withdraw_staff" {
			c.Kind = "expel"
		}
		target = ""
		st.group = g.n
	}
	// "recalled 12 ambassadors", "recalled some 30 of the country's ambassadors":
	// envoys counted are posts, named in a list that may follow (all of them, or,
	// for a hedged number, some)
	if kind == "recall_ambassador" && target == "" && st.group == 0 {
		if n := x.envoysCounted(toks, tr, limit); n != 0 {
			st.group = n
		}
	}
	// "expelled Iran's charge d'affaires": a mission's head below an ambassador sent
	// away is one diplomat expelled (called home, a recall of the envoy still)
	if c.Kind == "expel_ambassador" && chargeOnly(toks, tr, limit) {
		// ("Venezuela's charge d'affaires, Roland Betancourt, and two of his
		// colleagues": three)
		n := 1
		for k := max(0, tr.start-25); k < limit; k++ {
			if w := toks[k].low; w == "charge" || w == "chargé" {
				n += x.companions(toks, k, limit)
				break
			}
		}
		c.Kind, c.Count = "expel", &Count{Min: &n, Max: &n, Qualifier: parity.Exact}
	}
	// "expelled Israel's ambassador, Shlomo Cohen, and six other Israeli
	// diplomats": the envoy is expelled, and so are the others, counted apart
	var others *Count
	staffToo := false
	if c.Kind == "expel_ambassador" {
		for k := max(0, tr.start-25); k < limit; k++ {
			if strings.HasPrefix(toks[k].low, "ambassador") {
				if n := x.companions(toks, k, limit); n > 0 && (wordBetween(toks, k, limit, "other") || wordBetween(toks, k, limit, "others")) {
					others = &Count{Min: &n, Max: &n, Qualifier: parity.Exact}
					// ("... and one other Iranian diplomat, accusing the pair", "The
					// eight Nicaraguans will have 72 hours": a total told with the
					// envoy in it is the expulsion's count)
					if all := n + 1; groupTold(st.in.Body[s.start:min(len(st.in.Body), s.end+200)], all) {
						c.Kind, c.Count, others = "expel", &Count{Min: &all, Max: &all, Qualifier: parity.Exact}, nil
					}
				}
				if others == nil && x.withMission(toks, k, limit) {
					staffToo = true
				}
				break
			}
		}
	}
	// place
	c.Place = x.placeFor(toks, ments, tr, limit, c.Kind, actor)
	// "Sri Lanka is temporarily closing its embassy in Oslo": a state shuts others'
	// posts on its own soil only, so a post it closes in the other's land is its
	// own, left
	if c.Kind == "close_mission" && !ordered && actor != "" && target != "" && target != actor {
		// ("Israel ordered its embassy in Paraguay closed": the post is the actor's
		// own, told by "its")
		// ("the missions in Colombo, Havana and Geneva would close", told of the
		// Seychelles: posts abroad with no owner named are the actor's)
		if h := hostOf(ments, c.Place); c.Place != "" && (h == target || h != "" && h != actor && x.ownerlessPostIn(toks, ments)) || aFrom == "subject" && x.ownMissionNear(toks, tr) {
			c.Kind = "withdraw_staff"
			c.Count = nil
		}
		// ("when Moscow shut the mission as it scaled back its presence in Africa":
		// a post named bare is the subject's own, unless the story's post is in
		// the subject's land)
		if c.Kind == "close_mission" && c.Place == "" && aFrom == "subject" && st.postHost != actor && x.bareMission(toks, tr.end) {
			c.Kind = "withdraw_staff"
			c.Count = nil
		}
	}

	// "Britain will close nine of its embassies and high commissions", with the
	// posts listed next: one withdrawal from each post's land
	if (c.Kind == "withdraw_staff" || c.Kind == "reopen_mission") && !targetInSentence && st.group == 0 {
		if n := x.postsCounted(toks, tr, limit); n > 1 {
			target, st.group, st.groupPosts = "", n, true
			c.Count = nil
		}
	}

	// date
	d, dconf, byNews := x.dateFor(st, tr, ments, dates)
	conf += dconf
	st.actDate = d
	// a level its sentence does not date is the level as the story is published
	if c.Kind == "staff_level" && dconf < 0 && !st.in.Published.IsZero() {
		d = day(st.in.Published)
	}
	c.Date = dateOf(d)
	if byNews && c.Kind != "staff_level" {
		st.newsDated = append(st.newsDated, c.Pos)
	}
	if q != nil {
		conf += 0.05
	}
	c.Aggregate = aggregate(toks) || hasSince(dates) && q != nil
	c.Background = background(d, st.in.Published)
	// a first post opened is news when it opens, and a story recalls the openings of
	// long ago only in passing ("Argentina opened its embassy in Wellington only in
	// 1977"): only a reopening is claimed from the past
	if kind == "reopen_mission" && tr.rule.says("opened") && c.Background {
		return nil
	}
	// (talks and deals are told often in general; undated, only one that goes on to
	// the step agreed is news: "have agreed to restore full diplomatic relations")
	if (kind == "talks" || kind == "agreement") && len(dates) == 0 && c.Place == "" && !(kind == "agreement" && stepAgreed(toks, tr.end-1)) {
		return nil
	}
	c.Confidence = clamp(conf)

	// "expelled 45 Russian diplomats on Monday and 10 more on Thursday": a second
	// count with a date of its own is a second act
	if q != nil && c.Date != nil {
		if q2, dp, ok := x.laterCount(toks, ments, *q, limit, dates); ok && dateOf(dp.date) != nil && dateOf(dp.date).Start != c.Date.Start {
			used[q2.start] = true
			c.Actor, c.Target = code(actor), code(target)
			c2 := c
			c2.Count, c2.Date, c2.Pos = q2.count(), dateOf(dp.date), toks[q2.start].start
			c2.Background = background(dp.date, st.in.Published)
			return []Claim{c, c2}
		}
	}
	// lists: "four each from France and Poland; three each from Lithuania and ..."
	if items := x.listItems(toks, ments, tr, limit, q, actor, target); len(items) > 0 {
		var out []Claim
		for _, it := range items {
			cc := c
			n := it.n
			cc.Count = &Count{Min: n.min, Max: n.max, Qualifier: n.qualifier}
			a, t := actor, it.code
			if it.asActor {
				a, t = it.code, target
			}
			if a == t {
				continue
			}
			cc.Actor, cc.Target = code(a), code(t)
			cc.Pos = toks[it.at].start
			out = append(out, cc)
		}
		if len(out) > 0 {
			if q != nil && target != "" && !itemsCover(items, target) {
				c.Actor, c.Target = code(actor), code(target)
				out = append([]Claim{c}, out...)
			}
			return out
		}
	}
	// one claim per place: "closed its consulates in Vladivostok and Yekaterinburg"
	if places := x.placesFor(toks, ments, tr, limit, c.Kind); len(places) > 1 {
		var out []Claim
		owner := ""
		hosts := placeHosts(ments, places)
		for i, p := range places {
			cc := c
			cc.Place = p
			cc.Actor, cc.Target = code(actor), code(target)
			// "the staff of its embassies in Cairo, Manama and Rabat": posts in
			// several lands are left from each land
			if (c.Kind == "withdraw_staff" || c.Kind == "reopen_mission") && hosts != nil && hosts[i] != actor {
				cc.Target = code(hosts[i])
			}
			// "the Emirati embassy in Doha had resumed its work, as had Qatar's
			// embassy in Abu Dhabi and its consulate general in Dubai": each post
			// has its owner and its host
			o, host := x.postOwner(toks, ments, p, owner)
			// "Israel's embassies in Cairo and Rabat": a list of posts has one owner
			if o == "" && owner != "" && hosts != nil {
				o, host = owner, hosts[i]
			}
			if o != "" && host != "" && o != host {
				owner = o
				switch c.Kind {
				case "withdraw_staff":
					// "evacuating its staff ..., and ordering Iran's embassy in
					// London shut": another's post is not the actor's to leave (an
					// actor taken from the story yields to the post's owner)
					if o != actor && aFrom != "context" {
						continue
					}
					cc.Actor, cc.Target = code(o), code(host)
				case "reopen_mission":
					cc.Actor, cc.Target = code(o), code(host)
				case "close_mission", "seize_property", "return_property":
					cc.Actor, cc.Target = code(host), code(o)
				}
			}
			out = append(out, cc)
		}
		return out
	}
	// "each side expels ten of the other's diplomats": both directions of the story's pair
	a, b := st.lastActor, st.lastTgt
	if st.sentActor != "" && st.sentTarget != "" {
		// "Morocco cut relations in 1976, and the two countries did not restore
		// them until 1988": the pair of the sentence's own measure
		a, b = st.sentActor, st.sentTarget
	}
	// "Saudi Arabia and Iran. On 10 March ... the two Gulf rivals announced": the
	// pair the paragraph named joined, when this sentence acts on none of its own
	if st.duoIn(s.para) && (st.sentActor == "" || slices.Contains(st.duo[:], st.sentActor) && slices.Contains(st.duo[:], st.sentTarget)) && pairActs(toks, tr) {
		a, b = st.duo[0], st.duo[1]
		if actor == b {
			a, b = b, a
		}
	}
	// "the two governments signed a communique re-establishing relations between
	// Nicaragua and the People's Republic": the pair the sentence names
	for i := 0; i+1 < len(ments); i++ {
		if ments[i].prep == "between" && ments[i].code != ments[i+1].code && listGap(toks, ments[i], ments[i+1]) {
			a, b = ments[i].code, ments[i+1].code
			break
		}
	}
	if pairActs(toks, tr) && (a == "" || b == "" || a == b) && (len(ments) == 0 || venueOnly(ments, "")) {
		// ("both governments called their ambassadors home", the story's pair told
		// before by no measure): the pair this claim found, else the two states the
		// story names most
		a, b = actor, target
		if a == "" || b == "" || a == b {
			a, b = st.pair()
		}
	}
	// (not "MEXICO AND ARGENTINA / - the two governments instructed their
	// ambassadors in Managua": the heading's states act together on a third)
	if pairActs(toks, tr) && a != "" && b != "" && a != b && len(headList) < 2 {
		c1, c2 := c, c
		c1.Actor, c1.Target = code(a), code(b)
		c2.Actor, c2.Target = code(b), code(a)
		// (talks and agreements have two parties and no direction: one claim)
		if symmetric(c.Kind) {
			return []Claim{c1}
		}
		return []Claim{c1, c2}
	}
	if handed && x.givenUp(st, ments, tr, actor) {
		return nil
	}
	// "Malawi told Taipei it was switching its recognition to Beijing": a switch of
	// recognition between the two Chinas breaks with the one left
	if kind == "break_relations" && toks[tr.end-1].low == "to" && (wordBetween(toks, tr.start, tr.end, "recognition") || wordBetween(toks, tr.start, tr.end, "allegiance")) {
		for _, m := range ments {
			if left, ok := rivalRecognition[m.code]; ok && (m.start == tr.end || m.start == tr.end+1 && toks[tr.end].low == "the") {
				target = left
			}
		}
	}
	// joint actors: "Germany, France and Italy expelled ..."
	actors := []string{actor}
	if aFrom == "subject" {
		actors = x.jointActors(toks, ments, tr, actor)
	} else if aFrom == "post" && len(postOwners) > 1 && postOwners[len(postOwners)-1] == actor {
		actors = postOwners
	}
	if len(headList) > 1 && actor == headList[0] {
		actors = headList
	}
	// ("The Dutch, the Danes and the Irish closed their embassies": a state taken
	// from the list of those who act is not the one hit; the land the report is
	// filed from is)
	if len(actors) > 2 && !mutual(kind) && !symmetric(kind) && !bilateral(kind) && slices.Contains(actors, target) {
		target = ""
		if !slices.Contains(actors, st.dateline) {
			target = st.dateline
		}
	}
	var out []Claim
	// ("have been expelling each other's diplomats since the invasion of Ukraine":
	// whatever else the sentence names)
	// ("met in the Polish city of Lodz and agreed to restore relations": or the
	// state the sentence names is only where they met)
	// ("Ankara and Cairo called their envoys home": two states calling their own
	// envoys home, with no other land named, call them home from each other)
	// (not "Several European countries, including Italy and Spain, began evacuating
	// their diplomats": examples of many acting alike)
	theirOwn := kind == "recall_ambassador" && target == "" && wordBetween(toks, tr.start, tr.end, "their") && (st.lastTgt == "" || slices.Contains(actors, st.lastTgt)) && !wordBetween(toks, 0, tr.start, "including") && !wordBetween(toks, 0, tr.start, "among")
	// ("South Korea and Cuba established diplomatic relations through notes
	// between their missions to the United Nations": a state after the act that
	// nothing ties to it by "with" is where it happened, not a party)
	// ("Djibouti and Eritrea restored relations this month, with Libya's leader
	// acting as go-between": a state set off by a comma after the act is no party)
	// ("restored diplomatic relations on Wednesday, ..., dealing a fresh blow to
	// Taiwan": nor is one in a participle's clause)
	asideTarget := false
	if i := slices.IndexFunc(ments, func(m mention) bool { return m.code == target && m.start >= tr.end }); i >= 0 {
		for c := tr.end; c+1 < ments[i].start; c++ {
			if toks[c].low == "," && (toks[c+1].low == "with" || strings.HasSuffix(toks[c+1].low, "ing")) {
				asideTarget = true
				break
			}
		}
	}
	followed := false
	// ("Saudi Arabia cut relations with Iran on Sunday. On Monday Bahrain and Sudan
	// broke off ties": two states that break with no one named, after a break
	// with a third, break with it, not with each other)
	if len(actors) == 2 && (target == "" || guessed && (slices.Contains(actors, target) || target == st.lastTgt)) && (kind == "break_relations" || kind == "downgrade_relations") && st.lastTgt != "" && !slices.Contains(actors, st.lastTgt) && !reciprocal(toks) {
		target, guessed, followed = st.lastTgt, false, true
	}
	if len(actors) == 2 && !tr.rule.follows && (target == "" || guessed || target == actors[0] || target == actors[1] || eachOthers(toks, tr.end) || venueState(toks, ments, target) && !followed || kind == "agreement" && onlyAfter(toks, ments, tr, target) || asideTarget) && (mutual(kind) || theirOwn || st.pairwise(toks, actors)) {
		// "Saudi Arabia and Iran agreed to restore relations": each with the other
		for i, a := range actors {
			cc := c
			cc.Actor, cc.Target = code(a), code(actors[1-i])
			out = append(out, cc)
			if symmetric(kind) {
				break
			}
		}
		return out
	}
	// "took power in Sanaa, Saudi Arabia, the UAE and Kuwait all evacuated their
	// staff": a host list that runs into the list of those who act ends where it does
	if len(actors) > 1 && len(targets) > 1 {
		targets = slices.DeleteFunc(targets, func(t string) bool { return slices.Contains(actors, t) })
	}
	// "expelled the diplomats of Argentina and Peru", "Argentine and Peruvian
	// diplomats were told to leave": one measure against each state listed (a count
	// is a total the sentence does not share out, so a counted list stays one claim)
	// ("severed relations with the United States, Britain, France and Germany":
	// or the states a break or a restoration is "with")
	// ("to bring their staff down to three each": a count for each of them)
	cutSends := c.Kind == "staff_cap" && c.Count != nil && q != nil && q.start > 0 && toks[q.start-1].low == "by" && q.end < len(toks) && (isPeopleWord(toks[q.end].low) || toks[q.end].low == "people") && !slices.ContainsFunc(trigs, func(t trigger) bool { return t.rule.kind == "expel" })
	perEach := q != nil && q.end < len(toks) && toks[q.end].low == "each"
	if len(targets) == 0 && target != "" && (c.Count == nil || perEach) && (!mutual(kind) && !symmetric(kind) && !bilateral(kind) || (kind == "break_relations" || kind == "restore_relations") && len(actors) == 1 && (withAfter(ments, tr, target) || withInside(toks, ments, tr, target))) {
		targets = x.lx.targetList(toks, ments, tr, target, actors)
	}
	// "set up relations with Guinea in 1969 and with Senegal in 1972": each state
	// after the first with a date of its own
	var later map[string]parity.Date
	if len(targets) == 0 && target != "" && c.Date != nil {
		if ts, ds := datedTargets(toks, ments, tr, target, dates, *c.Date); len(ts) > 0 {
			targets = append([]string{target}, ts...)
			later = map[string]parity.Date{}
			for i, t := range ts {
				later[t] = ds[i]
			}
		}
	}
	if len(targets) < 2 {
		if len(targets) == 1 {
			target = targets[0]
		}
		targets = []string{target}
	}
	for _, a := range actors {
		for _, t := range targets {
			cc := c
			cc.Actor, cc.Target = code(a), code(t)
			if a == t {
				cc.Target = nil
			}
			if d, ok := later[t]; ok {
				cc.Date, cc.Background = dateOf(d), background(d, st.in.Published)
			}
			out = append(out, cc)
			if others != nil || staffToo {
				rest := cc
				rest.Kind, rest.Count = "expel", others
				out = append(out, rest)
			}
			// "ordered Slovenia to reduce the staff of its embassy by four people":
			// a cut counted in people sends that many home
			if cutSends {
				gone := cc
				gone.Kind = "expel"
				out = append(out, gone)
			}
			if bilateral(kind) && cc.Target != nil {
				rev := cc
				rev.Actor, rev.Target = cc.Target, cc.Actor
				out = append(out, rev)
			}
		}
	}
	return out
}

// datedTargets reads the states that follow the target, each with a date of its
// own, when the target has one that dates the claim: "with Guinea in 1969 and with
// Senegal in 1972", "Chile in 1971, Peru in 1972 and Mexico in 1973".
func datedTargets(toks []token, ments []mention, tr trigger, target string, dates []datePhrase, d Date) ([]string, []parity.Date) {
	i := slices.IndexFunc(ments, func(m mention) bool { return m.code == target && m.start >= tr.end })
	if i < 0 {
		return nil, nil
	}
	dateAt := func(k int) (datePhrase, bool) {
		for _, dp := range dates {
			if (dp.start == k || dp.start == k+1 && (toks[k].low == "in" || toks[k].low == "on")) && !dp.since && !dp.relative {
				return dp, true
			}
		}
		return datePhrase{}, false
	}
	dp, ok := dateAt(ments[i].end)
	if !ok {
		return nil, nil
	}
	first := dp.date
	prep := ments[i].prep
	var ts []string
	var ds []parity.Date
	for k, j := dp.end, i+1; j < len(ments); j++ {
		// ", and with", "and", ","
		for k < len(toks) && (toks[k].low == "," || toks[k].low == "and") {
			k++
		}
		if k < len(toks) && prep != "" && toks[k].low == prep {
			k++
		}
		m := ments[j]
		if m.start != k || m.isTown() || m.code == target || slices.Contains(ts, m.code) || k == dp.end {
			break
		}
		next, ok := dateAt(m.end)
		if !ok {
			break
		}
		ts, ds = append(ts, m.code), append(ds, next.date)
		k = next.end
		dp = next
	}
	// (the target's own date must be the one the claim took; checked last, as
	// formatting a date costs more than reading the words)
	if len(ts) == 0 || dateOf(first) == nil || dateOf(first).Start != d.Start {
		return nil, nil
	}
	return ts, ds
}

// ownMissionNear reports whether a state orders "its" own mission shut: "Israel
// ordered its embassy in Paraguay closed".
func (x *Extractor) ownMissionNear(toks []token, tr trigger) bool {
	for k := max(1, tr.start-6); k+1 < tr.start; k++ {
		if w := toks[k].low; (w == "its" || w == "their") && x.lx.inClass("mission", toks[k+1].low) && obliges(toks[k-1].low) && !boundaryBetween(toks, k, tr.start, false) {
			return true
		}
	}
	return false
}

// onlyAfter reports whether the state is named only after the trigger and not as
// what it is "with" (a dateline aside): "established diplomatic relations ...
// between their missions to the United Nations".
func onlyAfter(toks []token, ments []mention, tr trigger, code string) bool {
	return !withAfter(ments, tr, code) && !slices.ContainsFunc(ments, func(m mention) bool { return m.code == code && m.start < tr.end && !isDateline(toks, m) })
}

// withAfter reports whether the target is named after the trigger with "with": the
// other side of relations ("severed relations with the United States").
func withAfter(ments []mention, tr trigger, target string) bool {
	for _, m := range ments {
		if m.start >= tr.end && m.code == target {
			return m.prep == "with"
		}
	}
	return false
}

// withInside reports whether the target is named with "with" inside a passive
// trigger: "Diplomatic relations with Indonesia and the Philippines were broken
// off by Malaysia".
func withInside(toks []token, ments []mention, tr trigger, target string) bool {
	if w := toks[tr.start].low; w != "relations" && w != "ties" {
		return false
	}
	return slices.ContainsFunc(ments, func(m mention) bool {
		return m.code == target && m.prep == "with" && m.start > tr.start && m.start < tr.end
	})
}

// targetList returns the states listed with the target's mention nearest the
// trigger in the same form ("Argentine and Peruvian", "of Argentina and Peru"), or
// nil when it stands alone or the list holds an actor or a town.
func (lx *Lexicon) targetList(toks []token, ments []mention, tr trigger, target string, actors []string) []string {
	at, best := -1, 1<<30
	for i, m := range ments {
		if m.code != target {
			continue
		}
		// (inside the trigger's words is nearest: "declared the ambassadors of
		// Estonia and Latvia persona non grata")
		d := max(m.start-tr.end, tr.start-m.end, 0)
		if d < best {
			at, best = i, d
		}
	}
	if at < 0 || ments[at].isTown() || ments[at].role == roleOfficial {
		return nil
	}
	last := lx.lastOwnerListed(toks, ments, at, len(toks))
	// ("re-establish relations with Colombia, and Venezuela reopened its border": a
	// name that a verb follows opens a clause of its own)
	if last > at && hasVerb(toks, ments[last]) {
		last--
	}
	list := lx.listedOwners(toks, ments, last)
	if len(list) < 2 {
		return nil
	}
	for _, c := range list {
		if slices.Contains(actors, c) {
			return nil
		}
	}
	return list
}

// spareStaff reports whether the people the trigger sends away are those a mission
// can spare ("non-essential staff", "non-emergency personnel"), named in its clause
// before it or just after it.
func spareStaff(toks []token, tr trigger, limit int) bool {
	spare := func(w string) bool {
		switch strings.ReplaceAll(w, "-", "") {
		case "nonessential", "nonemergency", "noncritical", "nonessentials":
			return true
		}
		return false
	}
	// (back to a comma or a clause of its own: not "ordered its non-emergency
	// employees to leave, a day after Maduro told American diplomats ...")
	for k := tr.start - 1; k >= max(0, tr.start-12) && !toks[k].punct && !subordinators[toks[k].low]; k-- {
		if spare(toks[k].low) {
			return true
		}
	}
	for k := tr.start; k < min(limit, tr.end+6, len(toks)); k++ {
		if spare(toks[k].low) {
			return true
		}
	}
	return false
}

// spareOwner is the state whose spare staff leave: the nationality of the people,
// else a demonym in the words that name them ("Non-emergency American government
// employees").
func (x *Extractor) spareOwner(toks []token, tr trigger, ments []mention, limit int) string {
	if o := staffNationality(toks, tr, ments, limit); o != "" {
		return o
	}
	for _, m := range ments {
		if m.role == roleDemonym && (m.prep == "" || m.modifies != "") && m.end <= tr.start && m.start >= tr.start-12 && !boundaryBetween(toks, m.end, tr.start, true) {
			return m.code
		}
	}
	return ""
}

// envoyIn returns the named envoy the trigger's clause speaks of, or nil.
func (st *docState) envoyIn(toks []token, tr trigger, limit int) *envoy {
	// the trigger's own words first: "calling Lajous home, giving Bolanos 48 hours
	// to leave" gives Bolanos his hours
	if e := st.envoyFrom(toks, tr.start, limit); e != nil {
		return e
	}
	return st.envoyFrom(toks, max(0, tr.start-8), tr.start)
}

// envoyFrom returns the first named envoy in tokens from..to, or nil.
func (st *docState) envoyFrom(toks []token, from, to int) *envoy {
	for k := from; k < to; k++ {
		if readAsEnvoy(toks[k]) {
			if e := st.envoyNamed(toks[k].text); e != nil {
				return e
			}
			// ("recalled him": the envoy the sentence or the one before named)
			if w := strings.ToLower(toks[k].text); w == "him" || w == "her" {
				if e := st.envoyNamed(st.curEnvoy); e != nil {
					return e
				}
				if e := st.envoyNamed(st.prevEnvoy); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// mentioned reports whether the sentence names the state.
func mentioned(ments []mention, code string) bool {
	for _, m := range ments {
		if m.code == code {
			return true
		}
	}
	return false
}

// actorsPost reports whether the mission closed is the actor's own, named with a
// possessive: "Paraguay shut Paraguay's embassy in Caracas" as the text puts it when
// verbs share a subject ("severed relations ..., shut Paraguay's embassy").
// The post may also be what closes, with no object after the verb: "announced that
// the French embassy in Damascus would close"; host is then the state it stands in,
// when named right after it.
func actorsPost(toks []token, ments []mention, tr trigger, actor string) (own bool, host string) {
	for _, m := range ments {
		if m.start >= tr.end && m.start <= tr.end+2 && m.possessive && m.code == actor && m.modifies == "mission" {
			return true, ""
		}
		if m.code == actor && m.modifies == "mission" && (m.possessive || m.role == roleDemonym) && m.end <= tr.start && tr.start-m.end <= 5 && !boundaryBetween(toks, m.end, tr.start, true) && !takesObject(toks, tr.end) {
			for _, h := range ments {
				if h.start > m.end && h.start <= m.end+3 && h.end <= tr.start && (h.prep == "in" || h.prep == "at") && h.code != actor {
					return true, h.code
				}
			}
			return true, ""
		}
	}
	return false, ""
}

// toldBack reports whether the trigger tells someone, in the passive, to go home:
// "was called in and told to go back", "were asked to return home".
func toldBack(toks []token, tr trigger) bool {
	told := false
	for k := tr.start; k < tr.end; k++ {
		switch w := toks[k].low; {
		case w == "told" || w == "asked" || w == "instructed":
			told = true
		case w == "its" || w == "their" || w == "his" && k+1 < tr.end && toks[k+1].low == "ambassador":
			// "told its ambassador to come home" is a recall
			return false
		}
	}
	if !told {
		return false
	}
	for k := tr.start - 1; k >= max(0, tr.start-8); k-- {
		switch toks[k].low {
		case "was", "were", "been":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// otherThan returns the first of the candidates that is a state other than not, or "":
// the story's other side.
func otherThan(not string, candidates ...string) string {
	for _, o := range candidates {
		if o != "" && o != not {
			return o
		}
	}
	return ""
}

// peopleLeft reports whether the trigger tells of people who left: "diplomats left",
// "staff had departed".
func peopleLeft(toks []token, tr trigger) bool {
	switch toks[tr.end-1].low {
	case "left", "departed", "leave", "leaves":
	default:
		return false
	}
	// ("staff have been authorised to leave." is a departure, not who remains)
	if tr.end >= 3 && toks[tr.end-2].low == "to" && permitted(toks[tr.end-3].low) {
		return false
	}
	return staffWord(toks[tr.start].low)
}

// remainLeft reports whether "left" tells who remains: "now left in Managua",
// "still left in the country".
func remainLeft(toks []token, ments []mention, tr trigger) bool {
	if toks[tr.end-1].low != "left" || tr.end >= len(toks) || toks[tr.end].low != "in" {
		return false
	}
	if w := toks[tr.end-2].low; w == "now" || w == "still" || w == "only" {
		return true
	}
	// ("has eight diplomats left in the Chinese capital": or the land's capital)
	return slices.ContainsFunc(ments, func(m mention) bool {
		return m.start == tr.end+1 && m.isPlace() || m.start == tr.end+2 && toks[tr.end+1].low == "the" && m.end < len(toks) && toks[m.end].low == "capital"
	}) || tr.end+2 < len(toks) && toks[tr.end+1].low == "the" && toks[tr.end+2].low == "country"
}

// staffNationality returns the state of the people a recall or withdrawal moves when
// the text names it on them: the object after the trigger ("recalled Kuwait's
// ambassador"), or the subject of a passive ("Somali diplomats in Kenya were
// recalled"). A name that is told or ordered does not count.
func staffNationality(toks []token, tr trigger, ments []mention, limit int) string {
	passive := passiveTrigger(toks, tr)
	// "All Canadian diplomatic staff had left Iran", "Polish diplomats drove out":
	// the trigger opens on the people
	passive = passive || staffWord(toks[tr.start].low)
	for _, m := range ments {
		// "Canadian diplomats", "the staff of Israel's embassies"
		// ("the families of American officials posted to ...")
		people := (m.prep == "" || kinOf(toks, m)) && (m.modifies == "diplomat" || m.modifies == "ambassador") || missionPeople(toks, m)
		// "the ambassadors of Argentina and Brazil to Venezuela were recalled"
		if passive && peopleOfBefore(toks, m) {
			return m.code
		}
		if !people || m.ordered || m.role != roleDemonym && !m.possessive {
			continue
		}
		// (not "ordered Ambassador Said Moussi home after French diplomats were
		// accused ...": people in the clause of cause after it)
		if m.start >= tr.end && m.start < limit && m.start <= tr.end+3 && !anyBetween(toks, tr.end, m.start, subordinators) {
			return m.code
		}
		if m.start < tr.end && m.end > tr.start-8 && m.start >= tr.start-8 && (passive || m.start >= tr.start) {
			return m.code
		}
		// "The last American diplomats in Caracas, about 20 people, drive to the
		// airport and fly home": the people are the clause's subject
		if m.end <= tr.start && m.start >= tr.start-20 && opensClause(toks, clauseStart(toks, tr.start, 20), m.start) && !slices.ContainsFunc(ments, func(o mention) bool { return o.subject && o.start > m.end && o.end <= tr.start }) {
			return m.code
		}
	}
	return ""
}

// passiveOrder reports whether a passive order verb stands shortly before k: "were
// told to", "had been ordered on Tuesday to".
func passiveOrder(toks []token, k int) bool {
	for j := k - 1; j >= max(1, k-6); j-- {
		if orderVerbs[toks[j].low] && isPassiveAux(toks[j-1].low) {
			return true
		}
		// ("Syria is given 14 days to close": time granted is an order too)
		if toks[j].low == "given" && isPassiveAux(toks[j-1].low) && k >= 1 && toks[k-1].low == "to" && j+1 < k-1 {
			return true
		}
	}
	return false
}

// bilateral kinds take two states whoever the sentence names as the subject:
// relations are restored by an exchange between both ("Britain restored relations with
// Libya" restores Libya's with Britain too), unlike a break, which one state can make.
func bilateral(kind string) bool { return kind == "restore_relations" }

// mutual kinds are done by two states to each other when both are named as subjects.
func mutual(kind string) bool {
	switch kind {
	case "talks", "agreement", "restore_relations", "break_relations", "downgrade_relations":
		return true
	}
	return false
}

func code(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func clamp(f float64) float64 {
	if f < 0.05 {
		return 0.05
	}
	if f > 0.95 {
		return 0.95
	}
	return float64(int(f*100+0.5)) / 100
}

// isListTail reports whether a ";" at k separates items of one list ("four each from
// France and Poland; three each from ...").
func isListTail(toks []token, k int) bool {
	for j := k + 1; j < min(len(toks), k+4); j++ {
		if toks[j].low == "each" {
			return true
		}
	}
	return false
}

// reciprocal reports whether the sentence tells of states acting on each other:
// "Canada and India sent home a diplomat of one another's", "mutual expulsions".
func reciprocal(toks []token) bool {
	for k, t := range toks {
		switch t.low {
		// (not "Brazil and Uruguay both called their ambassadors home")
		case "mutual", "mutually", "reciprocal", "reciprocally", "tit-for-tat", "traded", "swapped":
			return true
		case "another", "other":
			// ("each ordered half a dozen of the other's diplomats out")
			if k > 0 && (toks[k-1].low == "one" || toks[k-1].low == "each") || k+1 < len(toks) && toks[k+1].low == "'s" {
				return true
			}
		}
	}
	return false
}

// eachOthers reports whether "each other's" or "one another's" follows k closely:
// the people or posts hit are those of the states acting.
func eachOthers(toks []token, k int) bool {
	for j := k; j+2 < len(toks) && j < k+3; j++ {
		if (toks[j].low == "each" || toks[j].low == "one") && (toks[j+1].low == "other" || toks[j+1].low == "another") && toks[j+2].low == "'s" {
			return true
		}
	}
	return false
}

// pairwise reports whether two states named together act on each other: the
// sentence says so ("mutual", "one another"), or says each acted ("Canada and India
// each sent home a diplomat") when the story has no third state they could both act
// on ("Brazil and Uruguay both called their ambassadors home" from Paraguay).
func (st *docState) pairwise(toks []token, pair []string) bool {
	if len(pair) != 2 {
		return false
	}
	if reciprocal(toks) {
		return true
	}
	if st.lastTgt != "" && !slices.Contains(pair, st.lastTgt) {
		return false
	}
	for _, t := range toks {
		if t.low == "each" || t.low == "both" {
			return true
		}
	}
	return false
}

// rivalRecognition pairs the states that claim one seat, so that recognising one
// breaks with the other.
var rivalRecognition = map[string]string{"CHN": "TWN", "TWN": "CHN"}

// pairActs reports whether the pair of states acts: "the two countries broke off
// relations", or, in the passive, "relations, broken off by both countries".
func pairActs(toks []token, tr trigger) bool {
	if eachSide(toks, tr.start) {
		return true
	}
	j := tr.end
	if j < len(toks) && toks[j].low == "by" {
		j++
	} else if toks[j-1].low != "by" {
		return false
	}
	if j+1 < len(toks) && toks[j].low == "the" && toks[j+1].low == "two" {
		j++
	}
	return j+1 < len(toks) && (toks[j].low == "both" || toks[j].low == "each" || toks[j].low == "two") && pairNouns[toks[j+1].low]
}

// allOfThem reports whether the subject of the sentence before k stands for every
// state named before it: "All three recalled", "On June 21, the two governments
// instructed", "Both", "They".
func allOfThem(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		switch toks[j].low {
		case "all", "both", "they", "two", "three", "four", "five", "six":
		default:
			continue
		}
		p := j - 1
		if p >= 0 && toks[p].low == "the" {
			p--
		}
		if p < 0 || toks[p].low == "," || toks[p].low == "-" {
			return true
		}
	}
	return false
}

// eachSide reports whether the subject before the trigger is "each side", "both
// sides", "the two countries".
func eachSide(toks []token, k int) bool {
	// "the two sides agreed on October 19 to restore": the subject of the verb the
	// trigger completes, back to a comma
	from := k - 1
	for from > max(0, k-12) && toks[from-1].low != "," && toks[from-1].low != ";" {
		from--
	}
	for j := from; j+1 < k; j++ {
		a, b := toks[j].low, toks[j+1].low
		// (not "governments on both sides of the Atlantic")
		if j+2 < len(toks) && toks[j+2].low == "of" {
			continue
		}
		// ("The two men first met in April, and their governments restored
		// relations": the governments of the pair told)
		if (a == "each" || a == "both") && (b == "side" || b == "sides" || b == "country" || b == "countries" || b == "governments" || b == "nations") || a == "two" && pairNouns[b] || a == "their" && (b == "governments" || b == "countries") && j+2 == k {
			return true
		}
		// ("the two foreign ministers signed": the pair's ministers)
		if a == "two" && j+2 < k && (b == "foreign" || b == "prime") && toks[j+2].low == "ministers" {
			return true
		}
		// ("the two Gulf rivals", "the two Asian neighbours", not "two Western
		// governments", a group acting together)
		if a == "two" && j+2 < k && toks[j+1].upper && pairNouns[toks[j+2].low] && !jointNouns[toks[j+2].low] {
			return true
		}
		// "The two restored full ties in May 2023": the pair standing alone
		if a == "the" && b == "two" && (j == 0 || toks[j-1].punct) && (j+2 == k || j+2 < k && pairVerbs[toks[j+2].low]) {
			return true
		}
	}
	return false
}

// countsStates reports whether the measure's words count states: "the number of
// countries".
func countsStates(toks []token, tr trigger) bool {
	for k := tr.start; k+2 < tr.end; k++ {
		if toks[k].low == "number" && toks[k+1].low == "of" && stateNouns[toks[k+2].low] {
			return true
		}
	}
	return false
}

// stateNouns name states as a plural body: "the number of countries", "and six
// other governments".
var stateNouns = map[string]bool{"countries": true, "states": true, "nations": true, "governments": true, "capitals": true}

// pairNouns name two states together after "two": "the two countries", "the two
// Gulf rivals", or their leaders acting for them, "the two presidents".
var pairNouns = map[string]bool{"sides": true, "countries": true, "governments": true, "nations": true, "neighbours": true, "neighbors": true, "capitals": true, "rivals": true, "adversaries": true, "foes": true, "presidents": true, "leaders": true, "ministers": true, "premiers": true}

// jointNouns after "two" may name states acting together as well as a pair.
var jointNouns = map[string]bool{"countries": true, "governments": true, "nations": true, "capitals": true}

// pairVerbs may stand between "The two" and the act they do together.
var pairVerbs = map[string]bool{"have": true, "had": true, "then": true, "also": true, "finally": true, "later": true, "agreed": true, "decided": true, "eventually": true, "formally": true}

// clauseEnd is where the clause going on at k ends, at most n tokens on: at a comma,
// semicolon or full stop ("... to leave Venezuela, a day after Maduro told American
// diplomats ..." ends before "a day after").
func clauseEnd(toks []token, k, n int) int {
	for j := k; j < min(len(toks), k+n); j++ {
		switch toks[j].low {
		case ",", ";", ".":
			return j
		}
	}
	return min(len(toks), k+n)
}

// peopleOf reports whether the clause after mention s names that state's people as
// the ones sent away, before the end: "- The Netherlands: 15 Dutch diplomats were
// declared personae non gratae". The label (or subject) is then the state hit, not
// the one acting.
func peopleOf(toks []token, ments []mention, s mention, end int) bool {
	for _, m := range ments {
		if m.code != s.code || m.start <= s.start || m.start >= end {
			continue
		}
		// "the State Department ordered all non-emergency US personnel to leave": the
		// state's own people sent home, a withdrawal
		if ownWords(toks, max(s.end, m.start-3), m.start) || kinOf(toks, m) {
			continue
		}
		if m.prep == "" && (m.modifies == "diplomat" || m.modifies == "ambassador") {
			return true
		}
		// "34 staff of French diplomatic missions"
		if m.prep == "of" && m.modifies == "diplomat" && staffOfBefore(toks, m.start) {
			return true
		}
		// "seven staff of the Danish embassy", "40 employees of German missions"
		if missionPeople(toks, m) {
			return true
		}
	}
	return false
}

// ownOutOf reports whether the state of subject s sends its own people out of another
// state's land named after the trigger: "Spain ordered all Spanish diplomats to leave
// Haiti".
func ownOutOf(toks []token, ments []mention, tr trigger, s mention) bool {
	if !s.subject || s.modifies != "" || s.end > tr.start || boundaryBetween(toks, s.end, tr.start, false) {
		return false
	}
	// (the people are the order's object, after its verb: not "Two Indian diplomats
	// thrown out of China")
	if !slices.ContainsFunc(ments, func(m mention) bool { return m.code == s.code && m.start > tr.start && m.start < tr.end }) {
		return false
	}
	land := leftLand(toks, ments, tr, clauseEnd(toks, tr.end, 8))
	return land != "" && land != s.code
}

// kinWords name the households of a mission's staff: "the families of American staff".
// partWords take a part of a group after "of": "half of the American staff".
var partWords = map[string]bool{"half": true, "most": true, "all": true, "some": true, "part": true, "many": true, "rest": true, "third": true, "two-thirds": true}

// partOf reports whether a part word and "of" stand before k: "half of the".
func partOf(toks []token, k int) bool {
	j := beforeThe(toks, k)
	return j > 0 && toks[j].low == "of" && partWords[toks[j-1].low]
}

var kinWords = map[string]bool{"children": true, "families": true, "family": true, "relatives": true, "dependants": true, "dependents": true, "spouses": true}

// followsExample reports whether a state is named as one another follows or
// resembles: "following the Netherlands", "like Italy", "joining Spain".
func followsExample(toks []token, m mention) bool {
	k := m.start - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "following", "like", "unlike", "joining", "as":
		return true
	}
	return false
}

// withStaff reports whether the envoy a trigger calls home goes with the mission's
// people: "its ambassador and embassy staff", "the ambassador and his team".
func (x *Extractor) withStaff(toks []token, tr trigger, limit int) bool {
	for k := tr.start; k+2 < min(limit, tr.end+4); k++ {
		if !x.lx.inClass("ambassador", toks[k].low) || toks[k+1].low != "and" {
			continue
		}
		for j := k + 2; j < min(limit, k+6); j++ {
			w := toks[j].low
			// ("withdrawing Verma and other officials": his own recall, others')
			if w == "other" {
				break
			}
			if isPeopleWord(w) || w == "team" {
				return true
			}
			if w != "his" && w != "her" && w != "its" && w != "the" && w != "all" && !x.lx.inClass("mission", w) && !isAdjectiveLike(w) {
				break
			}
		}
	}
	return false
}

// teamAfter reports whether the envoy who leaves takes his people with him, told
// after the verb: "left Santiago on Thursday with the roughly 160 members of his
// mission".
func (x *Extractor) teamAfter(toks []token, tr trigger, limit int) bool {
	for k := tr.end; k+1 < min(limit, tr.end+8); k++ {
		if toks[k].low == "," {
			return false
		}
		if toks[k].low != "with" {
			continue
		}
		for j := k + 1; j < min(limit, k+7); j++ {
			w := toks[j].low
			if isPeopleWord(w) || w == "team" {
				return true
			}
			// (a count may stand between: "the roughly 160", "more than 100")
			if !x.lx.opensQuantity(toks[j]) && w != "than" && w != "his" && w != "her" && w != "its" && w != "the" && w != "all" && !isAdjectiveLike(w) {
				return false
			}
		}
		return false
	}
	return false
}

// teamBefore reports whether the envoy who leaves at k is joined by his people in
// the subject before it: "the ambassador ... and his team left".
func (x *Extractor) teamBefore(toks []token, k int) bool {
	envoy := false
	for j := max(0, k-14); j+2 < k; j++ {
		if x.lx.inClass("ambassador", toks[j].low) {
			envoy = true
		}
		// ("and his diplomatic team", "and the rest of the staff", "and the mission's
		// military personnel": the group may come a few words on)
		// (not "Levanon, his family and the embassy's staff left": an envoy who leaves
		// with his household departs, and the staff with him are told apart)
		if envoy && toks[j].low == "and" && (toks[j+1].low == "his" || toks[j+1].low == "her" || toks[j+1].low == "the") && !household(toks[j-1].low) {
			for i := j + 2; i < min(k, j+7); i++ {
				if w := toks[i].low; w == "team" || isPeopleWord(w) {
					return true
				}
				if toks[i].low == "," || toks[i].low == "and" || x.lx.inClass("ambassador", toks[i].low) {
					break
				}
			}
		}
		// ("the last 17 American staff, Ambassador Robert Ford among them, left")
		if envoy && toks[j].low == "among" && toks[j+1].low == "them" {
			return true
		}
		// ("Spain's own ambassador and diplomats had left Tripoli")
		if envoy && toks[j].low == "and" && isPeopleWord(toks[j+1].low) {
			return true
		}
	}
	return false
}

// household reports whether w names an envoy's household: his kin (kinWords) or
// spouse.
func household(w string) bool {
	return kinWords[w] || w == "wife" || w == "husband" || w == "spouse"
}

// noOtherOwner reports whether nothing before the trigger in its sentence could own
// the people after it but the actor: no other state, no post but the actor's own.
func (x *Extractor) noOtherOwner(toks []token, ments []mention, tr trigger, actor string) bool {
	for k := 0; k < tr.start; k++ {
		// (the actor's own posts may: "said their embassies would stay open")
		if x.lx.inClass("mission", toks[k].low) && (k == 0 || toks[k-1].low != "its" && toks[k-1].low != "their") {
			return false
		}
	}
	joint := x.jointActors(toks, ments, tr, actor)
	for _, m := range ments {
		// (a host named where the posts are is no owner: "their embassies in Kyiv")
		if m.start < tr.start && !slices.Contains(joint, m.code) && m.prep != "in" && m.prep != "at" && !m.isTown() {
			return false
		}
	}
	return true
}

// kinOf reports whether a mention after "of" names whose families are meant: "the
// families of American embassy staff", "family members of U.S. government employees".
func kinOf(toks []token, m mention) bool {
	k := m.start - 1
	// ("the families of all U.S. staff")
	if k >= 0 && (toks[k].low == "the" || toks[k].low == "all") {
		k--
	}
	if m.prep != "of" && (k < 1 || toks[k].low != "of") {
		return false
	}
	k-- // the word before "of"
	if k > 0 && toks[k].low == "members" {
		k--
	}
	return k >= 0 && kinWords[toks[k].low]
}

// staffNoun reports whether a mention qualifies a mission's or government's people,
// "American embassy staff", "U.S. government employees", as well as "diplomats".
func (x *Extractor) staffNoun(toks []token, m mention) bool {
	if m.modifies == "diplomat" {
		return true
	}
	if m.modifies != "mission" && m.modifies != "government" {
		return false
	}
	for k := m.end; k < min(len(toks), m.end+3); k++ {
		if isPeopleWord(toks[k].low) {
			return true
		}
		// "every U.S. government employee" is all of them; "an Algerian consular
		// employee" is one person, no staff
		if toks[k].low == "employee" && m.start > 0 && (toks[m.start-1].low == "every" || toks[m.start-1].low == "each") {
			return true
		}
		if !x.lx.inClass("mission", toks[k].low) && !governing[toks[k].low] && !isAdjectiveLike(toks[k].low) {
			return false
		}
	}
	return false
}

// nonEssential reports whether a word marks the staff a state sends home itself:
// "non-emergency staff", "non-essential personnel".
func nonEssential(w string) bool {
	return w == "non-emergency" || w == "non-essential" || w == "nonessential" || w == "nonemergency"
}

// ownWords reports whether a word that marks one's own people stands between two
// positions: "its", "their", "non-emergency", "non-essential".
func ownWords(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if w := toks[k].low; w == "its" || w == "their" || nonEssential(w) {
			return true
		}
	}
	return false
}

// missionPeople reports whether a mention names the people of its state's mission:
// "four members of the Iranian embassy staff", "seven staff of the Danish embassy".
func missionPeople(toks []token, m mention) bool {
	if m.modifies != "mission" {
		return false
	}
	if m.prep == "of" && staffOfBefore(toks, m.start) {
		return true
	}
	// "45 people working for Russia's embassy", "staff employed at the Iranian mission"
	if (m.prep == "for" || m.prep == "at") && m.start > 1 {
		switch toks[m.start-2].low {
		case "working", "employed", "serving", "posted", "accredited":
			return true
		}
	}
	// "the Iranian embassy staff", "the Dutch embassy's diplomatic team": the
	// mission's noun, then its people
	k := m.end + 1
	if k < len(toks) && toks[k].low == "'s" {
		k++
	}
	if k+1 < len(toks) && isAdjectiveLike(toks[k].low) && !staffNouns[toks[k].low] {
		k++
	}
	return k < len(toks) && (staffNouns[toks[k].low] || toks[k].low == "team")
}

// staffOfBefore reports whether "staff of (the)" or "employees of" stands just before
// k: the people of a mission.
func staffOfBefore(toks []token, k int) bool {
	j := beforeThe(toks, k)
	if j < 1 || toks[j].low != "of" {
		return false
	}
	return staffNouns[toks[j-1].low] || toks[j-1].low == "members"
}

// wordBetween reports whether the word stands between two token positions.
func wordBetween(toks []token, from, to int, w string) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].low == w {
			return true
		}
	}
	return false
}

// missionBefore reports whether the "in" or "at" before k may belong to the post
// closed: after a noun of missions or property ("the consulate (general) in", "the
// one in", "two compounds, in"), not after another noun ("a shopping centre in").
func (x *Extractor) missionBefore(toks []token, k int) bool {
	// ("the consulate in the port city of Klaipeda": through the town's phrase)
	if t := townOf(toks, k); t > 0 {
		k = t
	}
	for j := k - 2; j >= max(0, k-4); j-- {
		w := toks[j].low
		switch {
		case w == "general" || w == "generals":
			continue
		case toks[j].punct, w == "one" || w == "ones", x.lx.inClass("mission", w), x.lx.inClass("property", w):
			return true
		}
		return false
	}
	return false
}

// movesStaff reports whether the trigger moves people or a post somewhere: its "to"
// names the destination, not the host.
// moveWords carry people somewhere: "its staff were taken to Tunisia".
var moveWords = map[string]bool{"taken": true, "took": true, "driven": true, "drove": true, "ferried": true, "escorted": true, "bused": true, "bussed": true, "carried": true, "fly": true, "flying": true, "flies": true, "shipped": true}

func movesStaff(toks []token, tr trigger) bool {
	return moveIn(toks, tr.start, tr.end)
}

// moveIn reports whether a verb of moving people stands in toks[from:to].
func moveIn(toks []token, from, to int) bool {
	for k := max(0, from); k < to && k < len(toks); k++ {
		w := toks[k].low
		if strings.HasPrefix(w, "mov") || strings.HasPrefix(w, "relocat") || strings.HasPrefix(w, "transferr") || strings.HasPrefix(w, "shift") || strings.HasPrefix(w, "evacuat") || strings.HasPrefix(w, "flew") || strings.HasPrefix(w, "flown") || strings.HasPrefix(w, "airlift") || moveWords[w] {
			return true
		}
	}
	return false
}

// hostList returns the hosts listed from the target's mention after "in" or "from":
// "in Bamako and Niamey" gives both; nil when the target is not named so.
func hostList(toks []token, ments []mention, target string) []string {
	for i, m := range ments {
		if m.code != target || !hostPrep(m.prep) {
			continue
		}
		out := []string{m.code}
		for j := i + 1; j < len(ments) && listGap(toks, ments[j-1], ments[j]); j++ {
			if !slices.Contains(out, ments[j].code) {
				out = append(out, ments[j].code)
			}
		}
		return out
	}
	return nil
}

// colonPosts returns the hosts of the posts a list after a colon names, one an item
// between semicolons: "called home: X, high commissioner in New Delhi; Y, permanent
// representative to the United Nations in New York". Each item gives the first state
// or town named after "in" or "to"; nil when the trigger has no such list after it.
func colonPosts(toks []token, ments []mention, tr trigger, actor string) []string {
	colon := -1
	for k := tr.end; k < min(len(toks), tr.end+6); k++ {
		if toks[k].low == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return nil
	}
	var out []string
	item := colon
	for item < len(toks) {
		next := item + 1
		for next < len(toks) && toks[next].low != ";" {
			next++
		}
		for _, m := range ments {
			if m.start > item && m.end <= next && (m.prep == "in" || m.prep == "to") && m.code != "" && m.code != actor {
				if !slices.Contains(out, m.code) {
					out = append(out, m.code)
				}
				break
			}
		}
		item = next
	}
	return out
}

// beforeThe returns the position of the word before k, past one "the", or -1.
func beforeThe(toks []token, k int) int {
	j := k - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	return j
}

// itsPostOwner returns the state whose post, named before the trigger, owns the
// "its diplomats" the trigger hits: "closed Qatar's embassy and expelled its
// diplomats". It returns "" when the people are not told with "its" or "their", or
// no other state's post stands before.
func (x *Extractor) itsPostOwner(toks []token, ments []mention, tr trigger, limit int, actor string) string {
	k := tr.end
	if k+1 >= min(limit+1, len(toks)) || toks[k].low != "its" && toks[k].low != "their" || !x.lx.inClass("diplomat", toks[k+1].low) {
		return ""
	}
	owner := ""
	for _, m := range ments {
		if m.end > tr.start {
			break
		}
		j := m.end
		if j < len(toks) && toks[j].low == "'s" {
			j++
		}
		if m.code != actor && m.code != "" && (m.possessive || m.modifies == "mission") && j < len(toks) && x.lx.inClass("mission", toks[j].low) {
			owner = m.code
		}
	}
	return owner
}

// countedEnvoys reports whether the trigger's envoys come with a count above one
// ("36 Iraqi envoys", "senior Syrian envoys"): a body of diplomats, not one state's
// envoy.
func (x *Extractor) countedEnvoys(toks []token, tr trigger) bool {
	for j := tr.start; j < min(len(toks), tr.end+4); j++ {
		if toks[j].low != "envoys" {
			continue
		}
		for i := j - 1; i >= max(0, j-3); i-- {
			if v, _, ok := x.lx.number(toks, i); ok {
				return v > 1
			}
			// ("told senior Syrian envoys to go": a rank or a vague number is
			// several of them)
			switch toks[i].low {
			case "senior", "several", "some", "other", "more", "junior":
				return true
			}
		}
	}
	return false
}

// forSubject reports whether the "leave" before k has a subject of its own, a
// state after "for": "the deadline for Iraq to leave Kuwait".
func forSubject(toks []token, ments []mention, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 2 || toks[j-1].low != "to" {
		return false
	}
	for _, m := range ments {
		if m.end == j-1 && m.start > 0 && toks[m.start-1].low == "for" {
			return true
		}
	}
	return false
}

// leaveBefore reports whether "leave" (or "leave the") stands just before k.
// placedElsewhere reports whether the post a state's name qualifies is placed in
// another state right after: "the U.S. missions in Bahrain" (not "the Kuwait
// embassy", which may be anyone's post in Kuwait).
func placedElsewhere(toks []token, ments []mention, m mention) bool {
	k := m.end + 1
	if k >= len(toks) || toks[k].low != "in" {
		return false
	}
	for _, p := range ments {
		if p.start == k+1 && p.code != "" && p.code != m.code {
			return true
		}
	}
	return false
}

// permitted reports whether w lets people go: "authorised to leave".
func permitted(w string) bool {
	switch w {
	case "authorised", "authorized", "allowed", "permitted", "cleared":
		return true
	}
	return false
}

// countsPosts reports whether a number ending at k counts posts, not people: "five
// embassies", "six U.S. consulates" (past a capitalised word naming whose they are),
// but not "five embassy diplomats".
func (x *Extractor) countsPosts(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k].upper && !toks[k].punct {
		k++
	}
	return k < len(toks) && x.lx.inClass("mission", toks[k].low) && (k+1 >= len(toks) || !x.lx.inClass("diplomat", toks[k+1].low))
}

// leftLand returns the state whose land or town the trigger sends people out of,
// named right at the trigger's end: "ordered ... out of Kabul", "to leave Iraq".
func leftLand(toks []token, ments []mention, tr trigger, limit int) string {
	for _, m := range ments {
		if m.start < tr.end-1 || m.start > tr.end+2 || m.start >= limit || m.code == "" || m.modifies != "" || m.possessive {
			continue
		}
		if m.prep == "out of" || m.start > 0 && isLeave(toks[m.start-1].low) || leaveBefore(toks, m.start) {
			return m.code
		}
	}
	return ""
}

// postCountryLeft returns the host of the post whose people the trigger sends out
// of "the country": "told the staff of the embassy in Beirut to leave the country".
func (x *Extractor) postCountryLeft(toks []token, ments []mention, tr trigger) string {
	if tr.end+1 >= len(toks) || toks[tr.end].low != "the" || toks[tr.end+1].low != "country" {
		return ""
	}
	for _, m := range ments {
		// (not "everyone working at the Libyan embassy in Banjul": a post another
		// state owns)
		if m.start > tr.start && m.start < tr.end {
			if m.prep == "in" && m.end < tr.end && m.start >= 2 && x.lx.inClass("mission", toks[m.start-2].low) {
				return m.code
			}
			return ""
		}
	}
	return ""
}

func leaveBefore(toks []token, k int) bool {
	j := beforeThe(toks, k)
	return j >= 0 && toks[j].low == "leave"
}

// hostPrep reports whether a preposition introduces the place people leave or serve in.
func hostPrep(p string) bool {
	return p == "from" || p == "in" || p == "out of" || p == "to" || p == "at"
}

// hostIn reports whether mention m names the host the trigger's people leave or serve
// in; a move's "to" names where they go instead ("moved staff to Djibouti", "flown
// out aboard a flight to Djibouti").
func hostIn(toks []token, tr trigger, m mention) bool {
	return hostPrep(m.prep) && !(m.prep == "to" && movesStaff(toks, tr)) && !whereTo(toks, tr, m)
}

// whereTo reports whether mention m, after the trigger, names where the people go
// or work on from rather than the land they leave: "driven across the border into
// Tunisia", "a core team would work from the embassy in Tunis", "relocated to the
// support unit in Amman".
func whereTo(toks []token, tr trigger, m mention) bool {
	if m.start < tr.end {
		return false
	}
	for k := m.start - 1; k >= tr.end-1 && k >= m.start-8; k-- {
		switch toks[k].low {
		case "into", "towards", "toward":
			return true
		case "in", "at":
			// "landed in Amman after leaving Khartoum": where the flight came down
			if k == m.start-1 && k > 0 && (toks[k-1].low == "landed" || toks[k-1].low == "arrived" || toks[k-1].low == "arriving" || toks[k-1].low == "landing") {
				return true
			}
		case "for":
			// "on a chartered aircraft bound for Yaounde"
			if k > 0 && (toks[k-1].low == "bound" || toks[k-1].low == "headed" || toks[k-1].low == "heading" || toks[k-1].low == "destined") {
				return true
			}
		case "to":
			// ("did the same, moving its staff to Riyadh": the move may follow the act)
			// ("sent the families out to Baghdad": where the way out led)
			// ("drove all of its personnel ... overland to Tunisia": a way taken)
			if movesStaff(toks, tr) || moveIn(toks, k-4, k) || k > 0 && (toks[k-1].low == "out" || toks[k-1].low == "overland") {
				return true
			}
		case "from":
			// "work from", "run the embassy from Tunisia": where the post goes on
			for j := k - 1; j >= 0 && j >= k-3 && !toks[j].punct; j-- {
				switch toks[j].low {
				case "work", "works", "working", "operate", "operates", "operating", "run", "runs", "running", "based", "continue", "continues":
					return true
				}
			}
		case ",", ";", "and", "but":
			// ("to the consulates in Basra and Erbil": a list of places goes on)
			if toks[k].low == "and" && k == m.start-1 && m.prep == "and" {
				continue
			}
			// ("bound for Yaounde, in Cameroon": the land of the town before)
			if toks[k].low == "," && k == m.start-2 && m.prep == "in" {
				continue
			}
			return false
		}
	}
	return false
}

// chargeOnly reports whether the envoy the trigger's words speak of, up to the
// next "and" or comma either side, is a charge d'affaires and no ambassador.
func chargeOnly(toks []token, tr trigger, limit int) bool {
	charge := false
	from, to := tr.start, tr.end
	for from > 0 && tr.start-from < 12 && !conjunct(toks[from-1].low) {
		from--
		// ("the Syrian charge d'affaires, Salah Soukkar, was told": a name in
		// apposition does not end the envoy's phrase)
		if o := apposition(toks, from-1, -1); o >= 0 {
			from = o
		}
	}
	for to < min(limit+4, len(toks)) && !conjunct(toks[to].low) {
		to++
	}
	for k := from; k < to; k++ {
		switch w := toks[k].low; {
		// ("New Zealand's acting high commissioner": one who stands in for the envoy
		// is a diplomat below him)
		case (strings.HasPrefix(w, "ambassador") || w == "envoy" || strings.Contains(w, "commissioner") || w == "nuncio") && actingBefore(toks, k):
			charge = true
		// ("Russia's military envoy": an attaché, not the head of mission)
		case w == "envoy" && k > 0 && attacheFields[toks[k-1].low]:
			charge = true
		case strings.HasPrefix(w, "ambassador") || w == "envoy" || strings.Contains(w, "commissioner") || w == "nuncio":
			return false
		case (w == "charge" || w == "chargé") && k+1 < len(toks) && strings.HasPrefix(toks[k+1].low, "d'"):
			charge = true
		}
	}
	return charge
}

// attacheFields are the fields an attaché serves in, which make an "envoy" one of
// the mission's people rather than its head: "the military envoy".
var attacheFields = map[string]bool{"military": true, "defence": true, "defense": true, "naval": true, "trade": true, "commercial": true, "cultural": true, "press": true}

// actingBefore reports whether "acting" qualifies the envoy's title at k: "acting
// ambassador", "acting high commissioner", "interim high commissioner".
func actingBefore(toks []token, k int) bool {
	return k > 0 && standIn(toks[k-1].low) || k > 1 && standIn(toks[k-2].low) && toks[k-1].low == "high"
}

// standIn reports whether w marks one who holds a post for the time being:
// "acting", "interim".
func standIn(w string) bool { return w == "acting" || w == "interim" }

// conjunct reports whether w joins two clauses or list items.
func conjunct(w string) bool {
	return w == "and" || w == "," || w == ";" || w == "but" || w == "."
}

// missionCloses returns the owner of the mission that is the subject of an
// intransitive closing verb: "The French embassy closes", "the Dutch embassy in
// Damascus closed on Tuesday"; "" when none.
func missionCloses(toks []token, ments []mention, tr trigger) string {
	start := closingStart(toks, tr)
	if start < 0 {
		return ""
	}
	for _, m := range ments {
		if m.modifies != "mission" || m.prep != "" || m.end > start || start-m.end > 5 || m.role != roleDemonym && !m.possessive {
			continue
		}
		// the name opens its clause: nothing but "the" before it
		if j := beforeThe(toks, m.start); j >= 0 && !toks[j].punct {
			continue
		}
		return m.code
	}
	return ""
}

// closingStart returns where the subject of an intransitive or agentless closing
// verb ends ("The French embassy closes", "the embassy was shut"), or -1 when the
// trigger is no such verb or has an object.
func closingStart(toks []token, tr trigger) int {
	if tr.start == 0 || tr.end < len(toks) && toks[tr.end].low == "the" {
		return -1
	}
	start := tr.start
	switch w := toks[tr.start].low; w {
	case "closes", "closed", "shuts", "shut":
	case "closing", "close":
		// "The Japanese embassy said it was temporarily closing": the post speaks
		// of itself
		start = itSaid(toks, tr.start)
		if start < 0 {
			return -1
		}
	default:
		return -1
	}
	for start > 0 && (isPassiveAux(toks[start-1].low) || toks[start-1].low == "temporarily") {
		start--
	}
	return start
}

// ownerlessCloses reports whether a mission named with no owner ("the embassy",
// "the mission") opens its clause as the subject of a closing verb with no agent:
// "the embassy shuts once more", "The mission was closed on Tuesday".
func (lx *Lexicon) ownerlessCloses(toks []token, tr trigger) bool {
	start := closingStart(toks, tr)
	if start < 2 || !lx.inClass("mission", toks[start-1].low) || toks[start-2].low != "the" {
		return false
	}
	if tr.end < len(toks) && toks[tr.end].low == "by" {
		return false
	}
	j := start - 3
	return j < 0 || toks[j].punct || toks[j].low == "and" || toks[j].low == "when" || toks[j].low == "after"
}

// itSaid returns where the speech verb stands when "it", told of by it, is the
// subject of the verb at k: "said it was temporarily closing", "announced on Monday
// that it would close"; -1 otherwise.
func itSaid(toks []token, k int) int {
	j := k - 1
	for j > 0 && (isPassiveAux(toks[j].low) || toks[j].low == "temporarily" || toks[j].low == "would" || toks[j].low == "will" || toks[j].low == "to") {
		j--
	}
	if j <= 0 || toks[j].low != "it" {
		return -1
	}
	for i := j - 1; i >= 0 && i >= j-7 && !toks[i].punct; i-- {
		switch toks[i].low {
		case "said", "says", "announced", "announces", "stated":
			return i
		}
	}
	return -1
}

// toldToLeave reports whether people who "leave" in the trigger do so as asked or
// bound to: "asked for 24 staff to leave", "to have 18 diplomats leave", "staff
// must leave" (a measure of the one who asks, or one still to come).
func toldToLeave(toks []token, tr trigger) bool {
	if w := toks[tr.end-1].low; w != "leave" {
		return false
	}
	for k := max(0, tr.start-12); k < tr.end-1; k++ {
		if strings.HasPrefix(toks[k].low, "authori") || toks[k].low == "allowed" || toks[k].low == "permitted" {
			return false // an authorised departure is the state's own
		}
	}
	for k := max(0, tr.start-12); k < tr.end-1; k++ {
		switch toks[k].low {
		case "to", "asked", "ask", "asks", "told", "tell", "tells", "ordered", "order", "orders", "have", "has", "had", "must", "should", "will", "would", "could", "may", "might", "let", "made", "make", "forced", "force":
			return true
		}
	}
	return false
}

// ownAnnounced reports whether the trigger's departure is one its actor announces of
// its own people: "Georgia said all its diplomats would leave", "Vashadze said every
// Georgian diplomat would leave", not "Russia said the Georgian diplomats must leave".
func ownAnnounced(toks []token, ments []mention, tr trigger, actor string) bool {
	if actor == "" || !announced(toks, tr.start) {
		return false
	}
	for _, m := range ments {
		if m.start < tr.end && m.end > tr.start-6 && m.code != actor && (m.role == roleDemonym || m.possessive) {
			return false
		}
	}
	return true
}

// forcedOut reports whether the sentence tells its people leave on another's
// order: "under a government order", "declared persona non grata", "expelled".
func forcedOut(toks []token) bool {
	for k, t := range toks {
		switch t.low {
		case "expelled", "persona", "personae":
			return true
		case "under":
			for j := k + 1; j < min(len(toks), k+5); j++ {
				if w := toks[j].low; w == "order" || w == "orders" || w == "decision" || w == "decree" {
					return true
				}
			}
		}
	}
	return false
}

// hostNamed reports whether the sentence names target as the land the trigger's
// people leave or serve in: "out of Libya", "the embassy in Juba", "left Sudan",
// not where a move takes them ("relocated to Amman, Jordan").
func hostNamed(toks []token, ments []mention, tr trigger, target string) bool {
	for _, m := range ments {
		if m.code == target && target != "" && (hostIn(toks, tr, m) || leaveBefore(toks, m.start)) {
			return true
		}
	}
	return false
}

// hostInClause reports whether target is named as a host in the trigger's own
// clause: "reopened its embassy in Kyiv", "Kyiv's ... reopened", not after a
// "when" or "after".
func hostInClause(toks []token, ments []mention, tr trigger, target string) bool {
	for _, m := range ments {
		if m.code != target {
			continue
		}
		if m.start >= tr.end && hostIn(toks, tr, m) && !boundaryBetween(toks, tr.end, m.start, false) {
			return true
		}
		if m.end <= tr.start && !boundaryBetween(toks, m.end, tr.start, false) {
			return true
		}
	}
	return false
}

// referenceBack reports whether the trigger is a noun that points back: "the
// expulsions", "welcomed the expulsion", "these closures", not followed by what they
// hit ("the expulsion of 20 diplomats").
func referenceBack(toks []token, tr trigger) bool {
	if tr.end-tr.start != 1 || tr.start == 0 {
		return false
	}
	w := toks[tr.start].low
	if !strings.HasSuffix(w, "ion") && !strings.HasSuffix(w, "ure") && !strings.HasSuffix(w, "ions") && !strings.HasSuffix(w, "ures") {
		return false
	}
	switch toks[tr.start-1].low {
	case "the", "these", "those", "such":
	default:
		return false
	}
	return tr.end >= len(toks) || toks[tr.end].low != "of"
}

// ownPeople reports whether the people a departure order sends away are the actor's
// own: "non-emergency staff", "its own diplomats", or "its staff" when nothing between
// the actor and "its" could own them instead ("closing Chad's embassy and giving its
// diplomats 72 hours" sends the embassy's people away). Only an actor the sentence
// names (named) owns "American embassy staff": one taken from context may be the
// state that expels them.
func (x *Extractor) ownPeople(toks []token, ments []mention, tr trigger, limit int, actor string, named bool) bool {
	// ("told Cuba to withdraw 15 officials from its own embassy": the people of the
	// state told)
	if slices.ContainsFunc(ments, func(m mention) bool {
		return m.start < tr.end && m.code != actor && (m.ordered || m.start > 0 && orderVerbs[toks[m.start-1].low] && m.end < len(toks) && toks[m.end].low == "to")
	}) {
		return false
	}
	from, fromActing := -1, -1
	for _, m := range ments {
		if m.code == actor && m.end <= tr.start {
			from = m.end
			// (not a post's place: "closed Qatar's embassy in N'Djamena and expelled
			// its diplomats" speaks of the embassy's people)
			if m.prep != "in" && m.prep != "at" {
				fromActing = m.end
			}
		}
	}
	// "sent 20 diplomats home from Minsk": people sent home from another's land
	// were the sender's own there ("the ministry sent several of its employees home
	// from Kyiv": so are its own, even when the land left reads as the actor)
	own := wordBetween(toks, tr.start, min(tr.end, tr.start+5), "its") || wordBetween(toks, tr.start, min(tr.end, tr.start+5), "their")
	if sendVerbs[toks[tr.start].low] && (actor != "" || own) {
		for _, m := range ments {
			if m.start <= tr.start || m.start >= min(limit, tr.end+10) || m.code == "" {
				continue
			}
			if m.code != actor && m.modifies == "diplomat" {
				break
			}
			if m.prep == "from" && (m.code != actor || own) && m.start >= 2 && toks[m.start-2].low == "home" {
				return true
			}
		}
	}
	// "told non-emergency government employees at its embassy in Yangon, and their
	// family members, that they must leave": the people named before the trigger
	for k := tr.start - 1; k >= max(0, from, tr.start-20); k-- {
		if toks[k].low == ";" || toks[k].low == "." {
			break
		}
		if nonEssential(toks[k].low) {
			return true
		}
	}
	// "ordered the families of American staff at the embassy in Beirut to leave": a
	// state sends its own nationals' staff home, it does not expel them (but "the
	// expulsions of Russian diplomats" says nothing of who expelled them)
	for _, m := range ments {
		// ("sending home as many as half of the American staff at its embassy")
		// (not "ordered 21 officials out after Managua expelled three American
		// diplomats": people in a clause of its own after the act)
		if m.code == actor && m.start > tr.start && m.start < min(limit, tr.end+9) && (m.modifies == "diplomat" || named && x.staffNoun(toks, m)) && (m.prep == "" || kinOf(toks, m) || m.prep == "of" && partOf(toks, m.start)) && !(m.start >= tr.end && anyBetween(toks, tr.end, m.start, causeOpeners)) {
			return true
		}
	}
	// "told their diplomats to leave", "sent home the families of its staff": the
	// subject's own people, named right after the verb, when no post or other state
	// stands before it to own them ("closing Chad's embassy and giving its diplomats
	// 72 hours")
	if x.noOtherOwner(toks, ments, tr, actor) {
		if k := tr.start + 1; k+1 < len(toks) && orderVerbs[toks[tr.start].low] && (toks[k].low == "its" || toks[k].low == "their") && x.lx.inClass("diplomat", toks[k+1].low) {
			return true
		}
		for k := tr.start + 1; k+3 < min(limit, tr.end+6); k++ {
			if kinWords[toks[k].low] && toks[k+1].low == "of" && (toks[k+2].low == "its" || toks[k+2].low == "their") && x.lx.inClass("diplomat", toks[k+3].low) {
				return true
			}
		}
	}
	for k := tr.start + 1; k < min(limit, tr.end+5); k++ {
		w := toks[k].low
		switch {
		case nonEssential(w):
			return true
		case k+1 < len(toks) && toks[k+1].low == "own" && (w == "its" || w == "their"):
			return true
		case w == "its" && fromActing >= 0:
			// ("China condemned Lithuania's decision to expel three members of its
			// mission": "its" is the subject's, not the possessive actor's)
			if slices.ContainsFunc(ments, func(m mention) bool { return m.subject && m.code != actor && m.end < fromActing && m.role != roleCity }) {
				return false
			}
			for j := fromActing; j < k; j++ {
				if x.lx.inClass("mission", toks[j].low) {
					return false
				}
			}
			for _, m := range ments {
				if m.start >= fromActing && m.start < k && m.code != actor {
					return false
				}
			}
			for j := k + 1; j < min(len(toks), k+5); j++ {
				if x.lx.inClass("diplomat", toks[j].low) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// ownOrMutual reports whether an expulsion's words tell of a state's own people sent
// away ("ordered most of its American staff to leave", "were sent home to Belarus")
// or of expulsions both ways, told in passing ("expulsions between US and Russia"):
// neither is one state's act against the other's people.
func ownOrMutual(toks []token, tr trigger) bool {
	return sendVerbs[toks[tr.start].low] || wordBetween(toks, tr.start, tr.end+3, "its") || wordBetween(toks, tr.start, tr.end+3, "their") || wordBetween(toks, tr.start, tr.end+3, "home") || wordBetween(toks, tr.end, tr.end+4, "between")
}

// abroadPost returns the host of a post the text names with "the" and no owner, in a
// place of another state than the actor: "Italy closed the embassy in Khartoum", "The
// embassy in Khartoum was temporarily closed" under a heading naming Japan, "the
// embassy in Nepal will close" told by North Korea's envoy. A state
// closes another's post only on its own soil ("closed the consulate in Poznan"), so
// a post abroad is the actor's own. It returns "" otherwise.
func (x *Extractor) abroadPost(toks []token, ments []mention, tr trigger, limit int, actor string) string {
	if actor == "" {
		return ""
	}
	k := -1
	// (inside the trigger too: "ordered the embassy in Tehran shut")
	for j := tr.start + 1; j < min(limit, tr.end+3); j++ {
		if x.lx.inClass("mission", toks[j].low) {
			k = j
			break
		}
	}
	aux := func(w string) bool { return isPassiveAux(w) || w == "will" || w == "would" }
	// ("ordered the embassy in Tehran shut": the post named just before)
	objectBefore := k < 0 && tr.start > 4 && (toks[tr.start-4].low == "the" && x.lx.inClass("mission", toks[tr.start-3].low) || toks[tr.start-5].low == "the" && x.lx.inClass("mission", toks[tr.start-4].low))
	if k < 0 && tr.start > 0 && aux(toks[tr.start-1].low) || k < 0 && tr.start > 1 && aux(toks[tr.start-2].low) || objectBefore {
		for j := max(1, tr.start-8); j < tr.start; j++ {
			if x.lx.inClass("mission", toks[j].low) {
				k = j
				break
			}
		}
	}
	// "closed the Kyiv embassy": a town qualifying the post says where it is
	if k >= 2 {
		for _, m := range ments {
			if m.end == k && m.start > 0 && toks[m.start-1].low == "the" && (m.role == roleCity || m.role == roleCapital) && m.code != actor && m.code != "" {
				return m.code
			}
		}
	}
	if k < 1 || toks[k-1].low != "the" || k+2 >= len(toks) || toks[k+1].low != "in" && toks[k+1].low != "at" {
		return ""
	}
	for _, m := range ments {
		if m.start == k+2 || m.start == k+3 && toks[k+2].low == "the" {
			if m.code != actor && m.code != "" && m.role != roleDemonym && !m.possessive {
				return m.code
			}
			return ""
		}
	}
	return ""
}

// ownPost reports whether the trigger acts on the actor's own post: "its consulate".
func (x *Extractor) ownPost(toks []token, tr trigger, limit int) bool {
	own := func(w string) bool { return possessivePronoun(w) || w == "own" }
	for k := tr.end; k < min(limit, tr.end+4); k++ {
		if own(toks[k].low) {
			return true
		}
	}
	// "Chavez ordered his embassy in Bogota closed" (not "ordering Estonia's consulate
	// and its office in Pskov to close", where "its" is the other state's)
	for k := max(0, tr.start-6); k+1 < tr.start; k++ {
		if (toks[k].low == "his" || toks[k].low == "her") && x.lx.inClass("mission", toks[k+1].low) {
			return true
		}
		// "announced that its embassy would stop operating": its own post is what
		// the clause is about
		if (toks[k].low == "its" || toks[k].low == "their") && k > 0 && toks[k-1].low == "that" && x.lx.inClass("mission", toks[k+1].low) {
			return true
		}
	}
	return false
}

// postOwner returns the state that owns the post named in place and the state of the
// place, when the text names the owner right before the post: "Qatar's embassy in
// Abu Dhabi", "the Emirati embassy in Doha", "its consulate general in Dubai" (the
// owner named before, last).
func (x *Extractor) postOwner(toks []token, ments []mention, place, last string) (string, string) {
	for _, m := range ments {
		if m.place != place || m.prep != "in" || m.start < 2 {
			continue
		}
		j, n := x.lx.beforePostNouns(toks, m.start-2) // from the word before "in"
		if n == 0 || j < 0 {
			return "", ""
		}
		if toks[j].low == "its" || toks[j].low == "their" {
			return last, m.code
		}
		for _, o := range ments {
			if o.end == j+1 && (o.possessive || o.role == roleDemonym) {
				return o.code, m.code
			}
			if o.end == j && toks[j].low == "'s" {
				return o.code, m.code
			}
		}
		return "", ""
	}
	return "", ""
}

// beforePostNouns walks back from token k over a post's nouns ("consulate general",
// "embassy") and returns the index before them and how many words it passed.
func (lx *Lexicon) beforePostNouns(toks []token, k int) (int, int) {
	j, n := k, 0
	for j >= 0 && n < 3 && (lx.inClass("mission", toks[j].low) || toks[j].low == "general" || toks[j].low == "-") {
		j, n = j-1, n+1
	}
	return j, n
}

// ownerlessPostIn reports whether the sentence's first post is named with no owner
// before it: "the missions in Colombo", "the embassy in Oslo" (not "the
// Russian consulates in Narva", "Israel's embassy in Paraguay").
func (x *Extractor) ownerlessPostIn(toks []token, ments []mention) bool {
	for _, m := range ments {
		if m.prep != "in" || m.start < 3 || !x.lx.inClass("mission", toks[m.start-2].low) && toks[m.start-2].low != "general" {
			continue
		}
		j, n := x.lx.beforePostNouns(toks, m.start-2) // from the word before "in"
		return n > 0 && j >= 0 && toks[j].low == "the"
	}
	return false
}

// postSubject reports whether the trigger's clause opens on "the embassy" or "the
// mission" with no owner named, a few words before the trigger.
func (x *Extractor) postSubject(toks []token, tr trigger) bool {
	for j := tr.start - 1; j >= max(1, tr.start-3); j-- {
		if toks[j-1].low == "the" && x.lx.inClass("mission", toks[j].low) {
			return j == 1 || toks[j-2].punct
		}
	}
	return false
}

// shrinksOwn reports whether a cut falls on the actor's own mission or leaves it its
// essential people: "cut its embassy in Kyiv", "reduce our footprint to essential
// employees" (not "the staff of its embassy" after "told", nor "how many local people
// their missions may hire").
func (x *Extractor) shrinksOwn(toks []token, tr trigger, limit int) bool {
	// (inside the trigger too: "bring the number of its diplomats down to 17", unless
	// told to: "told that London must bring the staff of its embassy down")
	from := tr.end
	if !imposed(toks, tr.start) {
		from = tr.start + 1
	}
	for k := from; k < min(limit, tr.end+8); k++ {
		w := toks[k].low
		if w == "essential" || w == "minimum" || w == "skeleton" {
			return true
		}
		// ("the consular section of its embassy")
		if (w == "its" || w == "our" || w == "their") && k+1 < limit && (x.lx.inClass("mission", toks[k+1].low) || x.lx.inClass("diplomat", toks[k+1].low)) && (k < tr.end+3 || toks[k-1].low == "of" && !toks[k-2].punct) {
			return true
		}
	}
	return false
}

// ownStaffCut reports whether the people a cut counts are the acting state's own,
// named by it after the trigger: "ordered a reduction in the number of U.S.
// government personnel in Yemen".
func (lx *Lexicon) ownStaffCut(toks []token, ments []mention, tr trigger, actor string, limit int) bool {
	if actor == "" {
		return false
	}
	for _, m := range ments {
		if m.code != actor || m.start < tr.start || m.start >= min(limit, tr.end+8) || m.possessive || m.prep == "to" {
			continue
		}
		// ("U.S. government personnel": the people of its government)
		if m.modifies == "diplomat" || m.modifies == "government" && m.end+1 < len(toks) && toks[m.end].low == "government" && lx.inClass("diplomat", toks[m.end+1].low) {
			return true
		}
	}
	return false
}

// imposed reports whether an order, a demand or a "must" stands before k in its
// sentence: what follows is done at another's word.
func imposed(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-20); j-- {
		w := toks[j].low
		if w == "." || w == ";" {
			return false
		}
		if obliges(w) || w == "tell" || w == "demand" {
			return true
		}
	}
	return false
}

// obliges reports whether w puts an act at another's word: an order, a "must", a
// time given.
func obliges(w string) bool {
	switch w {
	case "must", "give", "gave", "given":
		return true
	}
	return orderVerbs[w]
}

// sendVerbs send people somewhere.
var sendVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true}

// toCount reports whether the number at k is what something comes down to: "to 17",
// "to just two", "down to only 40".
func toCount(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].low {
		case "to":
			return true
		case "just", "only", "about", "around", "some", "roughly", "approximately", "a", "mere":
			continue
		}
		return false
	}
	return false
}

// takesObject reports whether a determiner opens an object at k: "closing the
// embassy", "expel its diplomats".
func takesObject(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "the", "a", "an", "its", "their", "his", "her", "our", "all", "some":
		return true
	}
	return false
}

// unownedPostBefore returns the state of a post named with no owner in the trigger's
// clause, before it, when that state is not the actor: "the embassy in Kampala",
// "the Kampala embassy" (not "the American embassy in Kampala").
func (x *Extractor) unownedPostBefore(toks []token, ments []mention, tr trigger, actor string) string {
	for _, m := range ments {
		if m.code == "" || m.code == actor || m.end > tr.start || m.start < tr.start-10 || boundaryBetween(toks, m.end, tr.start, true) {
			continue
		}
		switch {
		case (m.prep == "in" || m.prep == "at") && m.start >= 3 && x.lx.inClass("mission", toks[m.start-2].low) && toks[m.start-3].low == "the":
			return m.code
		case m.isTown() && m.start >= 1 && toks[m.start-1].low == "the" && m.end < len(toks) && x.lx.inClass("mission", toks[m.end].low):
			return m.code
		}
	}
	return ""
}

// postOwnerSubject returns the owner of the post that is the subject of the
// trigger's clause ("Angola's embassy has moved", "and the Dutch embassy has
// closed") as the index of its mention, or -1.
func (x *Extractor) postOwnerSubject(toks []token, ments []mention, tr trigger) int {
	for i, m := range ments {
		// ("Staff at the Indian embassy were flown home": a trigger may open on the
		// post's people)
		inside := isPeopleWord(toks[tr.start].low) && m.start > tr.start && m.start <= tr.start+4 && m.prep != ""
		if m.role == roleCity || m.role == roleCapital || m.end > tr.start && !inside || m.start < tr.start-12 {
			continue
		}
		b, k := m.start, m.end
		switch {
		// "the embassy of Japan suspended operations": the owner after the post
		case m.prep == "of" && b >= 2 && x.lx.inClass("mission", toks[b-2].low):
			b, k = b-2, m.end-1
		// "Diplomats from Britain, France and Germany have left": the people's states
		case inside && m.prep == "from" && m.start == tr.start+2 && m.role != roleDemonym:
			return x.lx.lastOwnerListed(toks, ments, i, len(toks))
		case m.modifies != "mission":
			continue
		case m.prep == "":
		// "Staff at the Indian embassy were flown home", "most of the staff of the
		// Canadian embassy have left": the post's people stand for it
		// ("diplomats from the Kuwait embassy" may be anyone's people in Kuwait)
		// ("the U.S. missions in Bahrain": a post placed elsewhere is the named state's)
		case (m.prep == "at" || m.prep == "of" || m.prep == "from") && (m.role == roleDemonym || m.possessive || placedElsewhere(toks, ments, m)):
			j := b - 1
			if j > 0 && toks[j].low == "the" {
				j--
			}
			if j < 1 || !isPeopleWord(toks[j-1].low) {
				continue
			}
			b = j - 1
			for b > 0 && (toks[b-1].low == "the" || toks[b-1].low == "of" || toks[b-1].low == "most" || toks[b-1].low == "all" || toks[b-1].low == "some" || kinWords[toks[b-1].low] || nonEssential(toks[b-1].low) || isAdjectiveLike(toks[b-1].low)) {
				b--
			}
		default:
			continue
		}
		// the clause opens on the post ("all US embassy personnel", "the large German
		// mission")
		for b > 0 && (toks[b-1].low == "the" || toks[b-1].low == "all" || toks[b-1].low == "most" || sizeWords[toks[b-1].low]) {
			b--
		}
		if b > 0 && !conjunct(toks[b-1].low) && toks[b-1].low != "," && toks[b-1].low != ";" {
			continue
		}
		// then only the post's noun and auxiliaries up to the trigger
		if k < len(toks) && toks[k].low == "'s" {
			k++
		}
		// ("Staff from the French and Italian embassies": the last of listed owners)
		if j := x.lx.lastOwnerListed(toks, ments, i, max(tr.start, tr.end)); j > i {
			i, k = j, ments[j].end
		}
		for k < tr.start && (isAdjectiveLike(toks[k].low) && !x.lx.inClass("mission", toks[k].low)) {
			k++
		}
		if k >= len(toks) || !x.lx.inClass("mission", toks[k].low) && k != m.end-1 {
			continue
		}
		if k+1 < tr.start && isPeopleWord(toks[k+1].low) {
			k++
		}
		// ("The U.S. embassy in East Beirut was evacuated": the post's place may
		// stand between)
		if k+2 < tr.start && (toks[k+1].low == "in" || toks[k+1].low == "at") {
			for _, p := range ments {
				// (and "in Bahrain and Kuwait": the places listed)
				if p.start >= k+2 && p.start <= k+3 && p.end <= tr.start || p.start == k+2 && p.end <= tr.start && (toks[k+1].low == "and" || toks[k+1].low == ",") {
					k = p.end - 1
				}
			}
		}
		if inside && b == tr.start {
			return i
		}
		// ("... may leave at government expense": a permission, taken as done)
		j := k + 1
		if j < tr.start && (toks[j].low == "may" || toks[j].low == "can") && tr.rule.says("expense") {
			j++
		}
		if j < tr.start && !auxChain(toks, j, tr.start) && !(tr.start-k <= 3 && (toks[k+1].low == "has" || toks[k+1].low == "had" || toks[k+1].low == "have")) {
			continue
		}
		return i
	}
	return -1
}

// qualifiesPost reports whether the sentence names the state as a post's owner:
// "the US embassy".
func qualifiesPost(ments []mention, code string) bool {
	for _, m := range ments {
		if m.code == code && m.modifies == "mission" {
			return true
		}
	}
	return false
}

// ownPeopleKind reports whether a measure is taken by a state on its own people.
func ownPeopleKind(kind string) bool {
	return kind == "withdraw_staff" || kind == "recall_ambassador" || kind == "ambassador_departed"
}

// placeIn reports whether the sentence names a city or capital of the state as where
// something is: "the embassy in Ankara".
func placeIn(ments []mention, code string) bool {
	for _, m := range ments {
		if m.code == code && m.isPlace() && (m.prep == "in" || m.prep == "at") {
			return true
		}
	}
	return false
}

// placeHosts returns the land of each place when the places lie in more than one
// land, else nil.
// hostOf returns the land of a place the sentence names, or "".
func hostOf(ments []mention, place string) string {
	for _, m := range ments {
		if m.place == place {
			return m.code
		}
	}
	return ""
}

func placeHosts(ments []mention, places []string) []string {
	hosts := make([]string, len(places))
	for i, p := range places {
		if hosts[i] = hostOf(ments, p); hosts[i] == "" {
			return nil
		}
	}
	for _, h := range hosts[1:] {
		if h != hosts[0] {
			return hosts
		}
	}
	return nil
}

// venueOnly reports whether the only states a sentence names besides the actor are
// where something took place: "the envoys meet for the first time, in Moscow".
// venueState reports whether every mention of the state names only a place: "in
// Madrid", "in the Polish city of Lodz".
func venueState(toks []token, ments []mention, code string) bool {
	seen := false
	for _, m := range ments {
		if m.code != code {
			continue
		}
		// ("a quarrel between two members of the Association of Southeast Asian
		// Nations": a body both belong to)
		if m.prep == "of" && memberOf(toks, m.start) {
			seen = true
			continue
		}
		if m.prep != "in" && m.prep != "at" {
			return false
		}
		town := m.role == roleCapital || m.role == roleCity
		if m.role == roleDemonym && m.end < len(toks) {
			switch toks[m.end].low {
			case "city", "town", "capital", "port", "resort":
				town = true
			}
		}
		if !town {
			return false
		}
		seen = true
	}
	return seen
}

// memberOf reports whether "members of" (or "member of", "member states of") stands
// just before the name at k.
func memberOf(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 1 || toks[j].low != "of" {
		return false
	}
	w := toks[j-1].low
	return w == "member" || w == "members" || w == "states" && j > 1 && toks[j-2].low == "member"
}

func venueOnly(ments []mention, actor string) bool {
	venue := false
	for _, m := range ments {
		if m.code == actor {
			continue
		}
		if (m.prep != "in" && m.prep != "at") || (m.role != roleCapital && m.role != roleCity) {
			return false
		}
		venue = true
	}
	return venue
}

// bareMission reports whether a mission the text names with no owner and no host
// stands at k: "the mission", "the legation", not "the Libyan embassy" or "the
// embassy of Iran".
func (x *Extractor) bareMission(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].low != "the" || !x.lx.inClass("mission", toks[k+1].low) {
		return false
	}
	return k+2 >= len(toks) || toks[k+2].low != "of" && toks[k+2].low != "in" && toks[k+2].low != "'s"
}

// missionRef reports whether the trigger acts on a mission named only by "the" or
// a possessive pronoun, close to it and with no state but the actor named around it: "shut the
// mission", "The mission, closed since 2012".
func (x *Extractor) missionRef(toks []token, ments []mention, tr trigger, actor string) bool {
	lo, hi := max(0, tr.start-6), min(len(toks), tr.end+3)
	for _, m := range ments {
		if m.end > lo && m.start < hi && m.code != actor {
			return false
		}
	}
	for k := lo; k+1 < hi; k++ {
		switch toks[k].low {
		case "the", "its", "their":
			if x.lx.inClass("mission", toks[k+1].low) {
				return true
			}
		}
	}
	return false
}

// countFor finds the number of people (or missions) the trigger acts on: after it, the
// first quantity that qualifies a noun of the rule's class (allowing a demonym and
// adjectives between: "60 Russian intelligence officers") or that stands right after
// it ("expelled 40,"); before it, in a passive ("18 Russian diplomats were ordered
// out"). For a staff cap, "to N" (the ceiling) wins over "by N" (the reduction).
func (x *Extractor) countFor(toks []token, tr trigger, limit int, kind string, last *Count) *quantity {
	lx := x.lx
	class := tr.rule.object
	if class == "" || class == "relations" {
		class = "diplomat"
	}
	if kind == "close_mission" || kind == "reopen_mission" {
		class = "mission"
	}
	if kind == "staff_cap" || kind == "local_staff_ban" {
		class = "diplomat"
	}
	if kind == "deny_accreditation" {
		class = "accreditation"
	}
	var best *quantity
	var bestTo bool
	// "9 - embassy employees Finland ordered out on June 6": a fact line opens on its
	// number, glossed by the words that follow
	if q, ok := lx.parseQuantity(toks, 0); ok && class == "diplomat" && !q.yearLike && q.frac == 0 && q.end < tr.start && tr.start-q.end <= 6 && dashWord(toks[q.end].low) && !boundaryBetween(toks, q.end+1, tr.start, false) {
		return &q
	}
	// "declaring 40 employees personae non gratae, the same number Berlin had
	// expelled": the number just told
	for k := max(0, tr.start-6); k+1 < tr.start; k++ {
		if toks[k].low == "same" && toks[k+1].low == "number" {
			if ns := x.numbersIn(toks, max(0, k-20), k); len(ns) > 0 {
				n := ns[len(ns)-1]
				return &quantity{min: &n, max: &n, qualifier: parity.Exact, start: k, end: k + 2}
			}
		}
	}
	// a count right before the trigger: "60 Russians ordered out", "four diplomats expelled"
	for k := max(0, tr.start-6); k < tr.start; k++ {
		q, ok := lx.parseQuantity(toks, k)
		// ("announced 35 expulsions": the acts counted are people sent away)
		if ok && !q.yearLike && q.frac == 0 && q.end == tr.start && toks[tr.start].low == "expulsions" && kind == "expel" {
			return &q
		}
		if ok && !q.yearLike && q.frac == 0 && !timeUnit(toks, q.end) && q.end < tr.start && x.qualifies(toks, q.end, class) {
			gapOK := true
			for j := q.end; j < tr.start; j++ {
				// ("three Iranian diplomats are being expelled": the auxiliaries of
				// the trigger's own passive)
				// ("ordered 21 officials out after Managua expelled three": a
				// clause of its own opens between)
				if toks[j].punct || isPassiveAux(toks[j].low) && !auxChain(toks, j, tr.start) || causeOpeners[toks[j].low] {
					gapOK = false
				}
				// ("withdraw 70 embassy staff and capped the mission at 48": the
				// object of the verb before)
				// ("160 employees and dependants would leave" joins people)
				if toks[j].low == "and" && j == tr.start-1 && !passiveTrigger(toks, tr) && !kinWords[toks[tr.start].low] && !isPeopleWord(toks[tr.start].low) && !x.lx.inClass("diplomat", toks[tr.start].low) {
					gapOK = false
				}
			}
			if gapOK && tr.start-q.end <= 4 {
				return &q
			}
		}
	}
	listed := false // past a colon: the items of a group counted before ("three of his staff were no longer welcome: the defence attache, ...")
	for k := tr.start + 1; k < limit; k++ {
		listed = listed || toks[k].low == ":"
		// "a senior Indian diplomat", "Israel's consul general": one person
		// (not "told the French charge d'affaires that 15 French agents must
		// leave": the one told is not the one sent)
		// (not "told every North Korean at Pyongyang's embassy to leave": all of them)
		if w := toks[k].low; !listed && (w == "a" || w == "an" || w == "one" || w == "another" || w == "'s" || w == "the" && x.postTitle(toks, k+1)) && kind != "staff_cap" && x.singular(toks, k+1, class) && !wordBetween(toks, k, tr.end, "that") && !wordBetween(toks, tr.start, k, "every") {
			one := 1
			return &quantity{min: &one, max: &one, qualifier: parity.Exact, start: k, end: k + 1}
		}
		// "declared Alexey Grishaev, deputy military attache at the Russian embassy,
		// persona non grata", "ordered one of the other's diplomats to leave": one
		if !listed && kind != "staff_cap" && best == nil && ((k <= tr.start+1 || k == tr.end) && x.namedHolder(toks, k) || x.oneOf(toks, k, class)) {
			one := 1
			return &quantity{min: &one, max: &one, qualifier: parity.Exact, start: k, end: k + 1}
		}
		// ("down to 25 - the same number as ...": the number told wins)
		if toks[k].low == "same" && k+1 < len(toks) && toks[k+1].low == "number" && last != nil && best == nil {
			c := last
			return &quantity{min: c.Min, max: c.Max, qualifier: c.Qualifier, start: k, end: k + 2}
		}
		q, ok := lx.parseQuantity(toks, k)
		if !ok || q.yearLike || q.frac > 0 {
			continue
		}
		if timeUnit(toks, q.end) {
			k = q.end
			continue
		}
		if everyOne(toks, k) {
			continue
		}
		// "leaving five embassies without diplomats": posts, not people withdrawn
		// ("left Ambassador Howell behind with about a dozen people": nor those who stay)
		if kind == "withdraw_staff" && (x.countsPosts(toks, q.end) || q.start > 0 && toks[q.start-1].low == "with" && leftWith(toks, q.start-1)) {
			k = q.end
			continue
		}
		prev := ""
		if q.start > 0 {
			prev = toks[q.start-1].low
		}
		nounOK := x.qualifies(toks, q.end, class) || q.start <= tr.end+1 && q.start >= tr.end
		// "declared the six persona non grata": the people counted inside the
		// declaration
		if q.end < tr.end && q.end < len(toks) && (toks[q.end].low == "persona" || toks[q.end].low == "personae") && declares(toks, tr) {
			nounOK = true
		}
		if kind == "staff_cap" {
			// "an embassy of about 80 people down to 25", "the embassy, then some 50
			// diplomats strong, by about 30": the size before the cut, a level
			if prev == "of" && q.start >= 2 && x.lx.inClass("mission", toks[q.start-2].low) || strongAfter(toks, q.end) {
				k = q.end - 1
				continue
			}
			// ("keep no more than three at its embassy": the trigger's own words
			// bound the count)
			if prev == "to" || prev == "at" || prev == "of" || prev == "than" || q.start < tr.end && ceilingVerb(prev) {
				if best == nil || !bestTo {
					qq := q
					best, bestTo = &qq, true
				}
				k = q.end - 1
				continue
			}
			if prev == "by" && best == nil {
				qq := q
				best = &qq
				k = q.end - 1
				continue
			}
		}
		if kind == "close_mission" || kind == "reopen_mission" {
			nounOK = x.qualifies(toks, q.end, "mission")
		}
		if nounOK && best == nil {
			qq := q
			best = &qq
			if kind != "staff_cap" {
				return best
			}
		}
		k = q.end - 1
	}
	if best != nil {
		return best
	}
	// passive: "18 Russian diplomats were ordered out", "a senior Canadian diplomat
	// was being expelled"
	whole := false // a whole named before its part: "Of the 58 ..., 15 must leave"
	from := clauseStart(toks, tr.start, 20)
	if kind == "staff_cap" && !passiveTrigger(toks, tr) && from < tr.start && toks[tr.start-1].low == "," {
		// ("asked 18 Russian diplomats to leave, bringing the embassy down to the
		// size of ...": the people sent away are no ceiling)
		from = tr.start
	}
	for k := from; k < tr.start; k++ {
		if w := toks[k].low; (w == "a" || w == "an" || w == "one" || w == "'s" && x.postTitle(toks, k+1) || w == "the" && x.postTitle(toks, k+1)) && kind != "staff_cap" && x.singular(toks, k+1, class) && !boundaryBetween(toks, k, tr.start, true) {
			one := 1
			return &quantity{min: &one, max: &one, qualifier: parity.Exact, start: k, end: k + 1}
		}
		q, ok := lx.parseQuantity(toks, k)
		if !ok || q.yearLike || q.frac > 0 || q.end > tr.start {
			continue
		}
		if timeUnit(toks, q.end) {
			continue
		}
		// ("posted to six U.S. consulates": posts, not people withdrawn)
		if kind == "withdraw_staff" && x.countsPosts(toks, q.end) {
			continue
		}
		// "Of the 58 Russian diplomats accredited in the Netherlands, 15 must leave":
		// the whole is a head-count, the part after it the measure's
		if q.start > 1 && toks[q.start-1].low == "the" && toks[q.start-2].low == "of" {
			whole = true
			k = q.end - 1
			continue
		}
		if (x.qualifies(toks, q.end, class) || whole) && !boundaryBetween(toks, q.end, tr.start, true) {
			return &q
		}
		k = q.end - 1
	}
	// ("21 members of the diplomatic, administrative and technical staff of the
	// Russian embassy ... and of the consulate general in Antwerp had 15 days to
	// leave": a subject counted further back, when only its own words stand between)
	if far := clauseStart(toks, tr.start, 36); far < from && from == tr.start-20 && kind == "expel" {
		for k := far; k < from; k++ {
			q, ok := lx.parseQuantity(toks, k)
			if ok && !q.yearLike && q.frac == 0 && q.end <= from && !timeUnit(toks, q.end) && x.qualifies(toks, q.end, class) && nounPhraseTo(toks, q.end, tr.start) {
				return &q
			}
		}
	}
	return x.countTold(toks, tr, class)
}

// nounPhraseTo reports whether the words from k to end hold no verb and no clause's
// end: a noun phrase's own modifiers, lists and places.
func nounPhraseTo(toks []token, k, end int) bool {
	for ; k < end; k++ {
		w := toks[k].low
		if w == "." || w == ";" || w == ":" || w == "that" || w == "who" || w == "which" || isPassiveAux(w) || pastVerbs[w] || presentVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// countTold finds the count of the people told that they must go: in "told two
// Venezuelan diplomats that they were no longer welcome" the people told are the
// ones "they" stands for, also past an aside between dashes ("told two Venezuelan
// diplomats - the charge d'affaires ... - that they").
func (x *Extractor) countTold(toks []token, tr trigger, class string) *quantity {
	cs := clauseStart(toks, tr.start, 20)
	if cs <= 2 || cs >= tr.start || toks[cs-1].low != "that" || toks[cs].low != "they" && toks[cs].low != "he" && toks[cs].low != "she" {
		return nil
	}
	from := cs - 2
	if toks[from].low == "-" {
		for j := from - 1; j >= max(0, from-30); j-- {
			if toks[j].low == "-" {
				from = j - 1
				break
			}
		}
	}
	// ("told Yury Bezler, an assistant military attache at the Russian embassy,
	// that he": one person named, with the post he holds between commas)
	one := toks[cs].low != "they"
	if one && toks[from].low == "," {
		from--
	}
	v := from
	for v >= max(0, from-14) && (!toks[v].punct || one && toks[v].low == ",") && !toldWhom(toks[v].low) {
		v--
	}
	if v < max(0, from-14) || toks[v].punct {
		return nil
	}
	for k := v + 1; k < cs-1; k++ {
		if q, ok := x.lx.parseQuantity(toks, k); ok && !q.yearLike && q.frac == 0 && q.end < cs && x.qualifies(toks, q.end, class) {
			return &q
		}
	}
	// ("telling a diplomat at the Canadian embassy that he was no longer welcome",
	// "told Yury Bezler, an assistant military attache, that he had two weeks"):
	// one person told, and "he" is that one
	if one && (isArticle(toks[v+1].low) && x.singular(toks, v+2, class) || x.namedHolder(toks, v+1)) {
		n := 1
		return &quantity{min: &n, max: &n, qualifier: parity.Exact, start: v + 1, end: v + 2}
	}
	return nil
}

// declares reports whether the trigger declares people unwelcome: "declared ...
// persona non grata", "declared ... unwelcome".
func declares(toks []token, tr trigger) bool {
	for k := tr.start; k < tr.end; k++ {
		if w := toks[k].low; strings.HasPrefix(w, "declar") || w == "persona" || w == "personae" {
			return true
		}
	}
	return false
}

// strongAfter reports whether a head-count at end is told as a body's strength: "some
// 50 diplomats strong".
func strongAfter(toks []token, end int) bool {
	for k := end; k < min(len(toks), end+3); k++ {
		if toks[k].low == "strong" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// clauseStart is where the clause of the token at k begins, at most n tokens back:
// after the last "that", semicolon or colon ("told him that 15 French agents had been
// posted ... and must leave").
func clauseStart(toks []token, k, n int) int {
	for j := k - 1; j >= max(0, k-n); j-- {
		switch toks[j].low {
		case "that", ";", ":":
			return j + 1
		}
	}
	return max(0, k-n)
}

// singular reports whether the words at k name one person of the class: "a senior
// Indian diplomat", "a Canadian consular officer".
func (x *Extractor) singular(toks []token, k int, class string) bool {
	// ("Russia's military, air and naval attache": qualifiers listed)
	listed := 0
	for j := k; j < min(len(toks), k+4+listed); j++ {
		w := toks[j].low
		// ("a Russian embassy staffer": the post qualifies the person; "a mission of
		// just eight" names a body, not one of its people, while "the head of
		// Poland's consulate" is one)
		if class == "diplomat" && (w == "mission" || w == "embassy" || strings.HasPrefix(w, "consulate")) {
			if j+1 < len(toks) && x.lx.inClass("diplomat", toks[j+1].low) && !x.lx.inClass("mission", toks[j+1].low) {
				continue
			}
			return k > 0 && toks[k-1].low == "'s"
		}
		// ("its embassy's staff": a body of people, save "a staff member")
		if w == "staff" {
			return j+1 < len(toks) && toks[j+1].low == "member"
		}
		if x.lx.inClass(class, w) {
			return (!strings.HasSuffix(w, "s") || w == "personnel") && !adjectival(toks, j)
		}
		if j > k && j+1 < len(toks) && (w == "," || w == "and") && isAdjectiveLike(toks[j-1].low) && isAdjectiveLike(toks[j+1].low) && listed < 3 {
			listed++
			continue
		}
		if toks[j].punct || toks[j].num {
			return false
		}
		// "Britain's own defence attache"
		if !isAdjectiveLike(w) && !toks[j].upper && w != "own" {
			return false
		}
	}
	return false
}

// everyOne reports whether the "one" at k is "every one" or "each one" ("every one
// of its consular posts"): all of them, no count of one.
func everyOne(toks []token, k int) bool {
	return k > 0 && toks[k].low == "one" && (toks[k-1].low == "every" || toks[k-1].low == "each")
}

// oneOf reports whether the words at k are "one of" a group of the class: "one of
// the other's diplomats", "one of its consular officers".
func (x *Extractor) oneOf(toks []token, k int, class string) bool {
	// (not "several EU diplomats, one of them from the German embassy": a part of
	// a group told before)
	if toks[k].low != "one" || k+2 >= len(toks) || toks[k+1].low != "of" || toks[k+2].low == "them" || toks[k+2].low == "those" || toks[k+2].low == "these" {
		return false
	}
	if everyOne(toks, k) {
		return false
	}
	for j := k + 2; j < min(len(toks), k+7); j++ {
		if x.lx.inClass(class, toks[j].low) {
			return !x.lx.inClass("mission", toks[j].low)
		}
		if toks[j].punct && toks[j].low != "'s" || toks[j].num {
			return false
		}
	}
	return false
}

// namedHolder reports whether the words at k are a person's name with the post the
// person holds after a comma: "Alexey Grishaev, deputy military attache", "Mehmood
// Akhtar, a visa official".
func (x *Extractor) namedHolder(toks []token, k int) bool {
	n := nameRun(toks, k)
	j := k + n
	if n == 0 || j+1 >= len(toks) || toks[j].low != "," {
		return false
	}
	j++
	if isArticle(toks[j].low) {
		j++
	}
	// (the post's qualifiers may be any words: "a visa official", "deputy military
	// attache")
	for i := j; i < min(len(toks), j+4) && !toks[i].punct; i++ {
		if x.lx.inClass("diplomat", toks[i].low) {
			return x.postTitle(toks, i)
		}
	}
	return false
}

// postTitle reports whether the words at k name a post one person holds ("the first
// secretary", "the defence attaché"), not a body ("the embassy staff").
func (x *Extractor) postTitle(toks []token, k int) bool {
	for j := k; j < min(len(toks), k+4); j++ {
		w := toks[j].low
		// "the charge d'affaires": the head of a mission without an ambassador
		if (w == "charge" || w == "chargé") && j+1 < len(toks) && strings.HasPrefix(toks[j+1].low, "d'") {
			return true
		}
		if x.lx.inClass("diplomat", w) {
			// (not "the consulate", nor "the defence attache's office")
			if x.lx.inClass("mission", w) || j+1 < len(toks) && toks[j+1].low == "'s" || adjectival(toks, j) {
				return false
			}
			return strings.HasPrefix(w, "secretar") || strings.HasPrefix(w, "attach") || strings.HasPrefix(w, "consul") || strings.HasPrefix(w, "counsel") || strings.HasPrefix(w, "minister-counsel") || w == "diplomat" || w == "officer" || w == "official"
		}
		// "the minister counsellor": a rank below the ambassador's
		if w == "minister" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].low, "counsel") {
			continue
		}
		// "Britain's own defence attache"
		if !isAdjectiveLike(w) && !toks[j].upper && w != "own" {
			return false
		}
	}
	return false
}

// adjectival reports whether the word at k qualifies the noun after it rather than
// naming a person: "the official news agency", "an official visit".
func adjectival(toks []token, k int) bool {
	return toks[k].low == "official" && k+1 < len(toks) && officialThings[toks[k+1].low]
}

// officialThings are the nouns "official" qualifies as an adjective.
var officialThings = map[string]bool{"news": true, "agency": true, "visit": true, "statement": true, "figures": true, "channels": true, "media": true, "data": true, "count": true, "website": true, "gazette": true, "note": true, "residence": true, "reason": true, "trip": true, "talks": true, "ceremony": true, "language": true, "newspaper": true, "television": true, "broadcaster": true, "radio": true, "documents": true, "complaint": true, "protest": true, "request": true, "letter": true, "communique": true, "communiqué": true, "announcement": true, "figure": true, "line": true, "records": true, "record": true, "version": true, "account": true, "position": true, "policy": true, "status": true, "business": true, "duties": true, "capacity": true, "passport": true, "passports": true}

// qualifies reports whether the words at k name people (or missions) of the class: a
// noun of it within four words, through demonyms and adjectives.
func (x *Extractor) qualifies(toks []token, k int, class string) bool {
	// "four of the five Russian consulates": the part counts what the whole names
	if k+2 < len(toks) && toks[k].low == "of" && toks[k+1].low == "the" {
		if q, ok := x.lx.parseQuantity(toks, k+2); ok && !q.yearLike {
			return x.qualifies(toks, q.end, class)
		}
	}
	// "each ordered four of the other's embassy staff out"
	if matchWords(toks, k, []string{"of", "the", "other", "'s"}) {
		k += 4
	}
	for j := k; j < min(len(toks), k+5); j++ {
		w := toks[j].low
		if x.lx.inClass(class, w) {
			return true
		}
		if class == "diplomat" && x.lx.isDemonymPlural(toks[j]) && (j == k || j == k+1 && moreWords[toks[k].low]) {
			return true // "60 Americans", "six more Britons"
		}
		if toks[j].punct && w != "-" || toks[j].num {
			return false
		}
		if _, ok := x.lx.phrases[w]; ok && toks[j].upper {
			continue
		}
		// "three of the post's diplomats": whose people they are
		if j+1 < len(toks) && toks[j+1].low == "'s" && x.lx.inClass("mission", w) {
			j++
			continue
		}
		// ("14 former Libyan diplomats": the old regime's people, still counted)
		// ("eight South Korean government officials": whose officials they are)
		if !isAdjectiveLike(w) && !toks[j].upper && w != "of" && w != "the" && w != "its" && w != "their" && w != "his" && w != "her" && (w != "former" || j != k) && w != "government" {
			return false
		}
	}
	return false
}

// isDemonymPlural reports whether a token names a people ("Americans", "Russians").
func (lx *Lexicon) isDemonymPlural(t token) bool {
	if !t.upper || len(t.low) < 3 || t.low[len(t.low)-1] != 's' {
		return false
	}
	e, ok := lx.phrases[t.low]
	return ok && e.role == roleDemonym
}

// timeUnit reports whether the word at k is a unit of time ("72 hours", "five days"):
// the number is a deadline, not a count.
func timeUnit(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "-hour", "percent", "%", "km", "kilometres", "kilometers", "miles", "minutes", "countries", "nations", "states", "times":
		return true
	}
	return false
}

// agentBy reports whether "by" stands before the mention, past the title of an
// office holder: "expelled by President Daniel Ortega".
func agentBy(toks []token, m mention) bool {
	if m.prep == "by" {
		// ("blaming rocket fire on militias directed by Iran's Quds Force": the name
		// qualifies who acted; "by Iran's government" still acts)
		return !m.possessive || m.modifies == "government"
	}
	if m.role != roleOfficial {
		return false
	}
	for j := m.start - 1; j > 0 && j >= m.start-3 && toks[j].upper; j-- {
		if toks[j-1].low == "by" {
			return true
		}
	}
	return false
}

// causeBetween reports whether a cause or an object opens between a trigger and a
// "by": in "expelled in reprisal for the search of a residence by U.S. troops" the
// troops searched, they did not expel.
func causeBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "for", "after", "over", "against", "because":
			return true
		case "of":
			// ("an expulsion of four Iranian staff by Baku": the nominal's object)
			if k > from {
				return true
			}
		}
	}
	return false
}

// actorFor finds who acts: "by X" after the trigger, else the nearest name before it
// that can act (not after a preposition, not qualifying a noun of people), else, in a
// passive, "from X" after it ("were expelled from Poland").
func (x *Extractor) actorFor(st *docState, tr trigger, ments []mention) (string, string) {
	kind := tr.rule.kind
	toks := st.toks
	for _, m := range ments {
		// ("six Israeli guards have been brought out by Egyptian commandos": who
		// carries people out is not who withdraws them)
		if m.start >= tr.end && agentBy(toks, m) && m.start <= tr.end+8 && !(ownPeopleKind(kind) && m.role == roleDemonym && m.modifies != "government") && !causeBetween(toks, tr.end, m.start) {
			return m.code, "by"
		}
		// "in reply to Britain's expulsion of four Russian diplomats": a possessive
		// right before a nominal trigger acts, whatever preposition comes before it
		if m.possessive && m.end+1 == tr.start && m.role != roleCity && m.role != roleDemonym && strings.HasSuffix(toks[tr.start].low, "ion") {
			return m.code, "subject"
		}
		// "Washington's decision earlier in the week to close the Chinese consulate"
		// ("Sofia's unmotivated decision in March to expel": a word may qualify it)
		if m.possessive && m.end+1 < tr.start && tr.start-m.end <= 8 && (decisionNouns[toks[m.end+1].low] || m.end+2 < tr.start && !toks[m.end+1].punct && !toks[m.end+1].upper && decisionNouns[toks[m.end+2].low]) && toks[tr.start-1].low == "to" {
			return m.code, "subject"
		}
		// "the American decision to withdraw part of its embassy personnel"
		if m.role == roleDemonym && m.end < tr.start && tr.start-m.end <= 6 && decisionNouns[toks[m.end].low] && toks[tr.start-1].low == "to" {
			return m.code, "subject"
		}
		// "a decision by Turkey's military government to cut the level of relations"
		if m.start >= 2 && toks[m.start-1].low == "by" && decisionNouns[toks[m.start-2].low] && m.end < tr.start && tr.start-m.end <= 5 && toks[tr.start-1].low == "to" && m.role != roleCity {
			return m.code, "subject"
		}
	}
	// "in solidarity with Bolivia, which had expelled its own US envoy": the state a
	// relative clause hangs on acts in it
	// ("the Czech Republic, which five days earlier had expelled 18 Russians": a
	// time told between)
	if j := tr.start - 1; j >= 2 {
		if toks[j].low == "had" || toks[j].low == "has" || toks[j].low == "have" {
			j--
		}
		// ("Caracas, which on February 17 expelled": or a day)
		for k := j; k >= max(2, j-4) && toks[j].low != "which" && (toks[k].num || isWordNumber(x.lx, toks[k].low) || timeWords[toks[k].low] || toks[k].low == "on" || toks[k].low == "in" || months[toks[k].low] != 0 || weekdayName(toks[k].low)); k-- {
			if toks[k-1].low == "which" {
				j = k - 1
			}
		}
		if toks[j].low == "which" && toks[j-1].low == "," {
			for _, m := range ments {
				if m.end == j-1 && m.role != roleCity && m.role != roleDemonym {
					return m.code, "subject"
				}
				// ("Tripoli's order of May 12, which expelled": or a state's decision)
				if n := m.end + 1; m.possessive && n < j-1 && decisionNouns[toks[n].low] && !boundaryBetween(toks, n, j-1, false) && j-1-n <= 5 {
					return m.code, "subject"
				}
			}
		}
	}
	// ambassador_departed: the ambassador's state ("Russian ambassador Anatoly Antonov")
	if kind == "ambassador_departed" {
		for i := len(ments) - 1; i >= 0; i-- {
			m := ments[i]
			if m.start < tr.end && (m.role == roleOfficial || m.modifies == "ambassador" || m.role == roleDemonym || m.subject) && m.prep != "in" && m.prep != "to" {
				return m.code, "subject"
			}
		}
	}
	for i := len(ments) - 1; i >= 0; i-- {
		m := ments[i]
		if m.start >= tr.start {
			continue
		}
		// "days after Saudi Arabia, the Emirates, Bahrain and Egypt cut their ties":
		// a list opened by a subordinator is as subordinate as its first name
		head := m.start
		for j := i; j > 0 && listedBefore(toks, ments[j-1], ments[j]); j-- {
			head = ments[j-1].start
		}
		// "Lebanon's ambassador must leave", "Russian diplomats had 48 hours to go",
		// "Belarus's new ambassador will not be allowed to take up his post": the
		// state whose people are sent away or kept out is hit, not acting
		// (not "Spain ordered all Spanish diplomats to leave Haiti": a state that
		// sends its own people out of another's land calls them home)
		if (kind == "expel" || kind == "expel_ambassador" || kind == "deny_accreditation") && (m.modifies == "ambassador" || m.modifies == "diplomat" || peopleOf(toks, ments, m, clauseEnd(toks, tr.end, 8)) && !ownOutOf(toks, ments, tr, m)) {
			continue
		}
		// ("Guatemala accused Bogota of bad faith and recalled its ambassador": the
		// one accused, thanked or urged does not act in the clause after)
		if m.subject && !m.ordered && !subordinate(toks, head, m.end, tr.start) && !inRelative(toks, m.start, tr.start) && !(m.start > 0 && objectVerbs[toks[m.start-1].low] && !anyBetween(toks, m.end, tr.start, subordinators)) {
			return m.code, "subject"
		}
	}
	// "the personnel cap Russia imposed on ...": the actor right after a noun trigger
	for _, m := range ments {
		if m.start >= tr.end && m.start <= tr.end+1 && m.end < len(toks) && imposeVerbs[toks[m.end].low] {
			return m.code, "subject"
		}
	}
	// "gave Iranian diplomats 48 hours to leave Saudi territory"
	for _, m := range ments {
		if m.start >= tr.end && m.end < len(toks) && (toks[m.end].low == "territory" || toks[m.end].low == "soil") && m.prep == "" {
			return m.code, "subject"
		}
	}
	passive := passiveTrigger(toks, tr) || tr.start > 1 && toks[tr.start-1].low == "been"
	// "two employees of Iran's embassy were ordered to leave the Netherlands": the
	// state they must leave sends them away
	// ("Estonia's ambassador was told to leave Moscow")
	if passive && (kind == "expel" || kind == "expel_ambassador") {
		for _, m := range ments {
			if m.start > tr.start && m.start <= tr.end+1 && m.prep == "" && m.role != roleCity && leaveBefore(toks, m.start) {
				return m.code, "leave"
			}
		}
	}
	// ("Britain's ambassador to Iran has been expelled": the land the envoy is posted
	// to sends him away, unless an agent is named)
	if passive && (kind == "expel" || kind == "expel_ambassador") {
		for _, m := range ments {
			if m.end <= tr.start && m.prep == "to" && m.start >= 2 && m.role != roleCity && x.lx.inClass("ambassador", toks[m.start-2].low) {
				return m.code, "host"
			}
		}
	}
	// ("Ambassador Davis has been recalled from Panama City to Washington": an envoy
	// called home goes to his own capital; the land left is the host)
	if passive && (kind == "recall_ambassador" || kind == "withdraw_staff") {
		for _, m := range ments {
			if m.start >= tr.end && m.start <= tr.end+10 && m.prep == "to" && m.role == roleCapital && slices.ContainsFunc(ments, func(o mention) bool {
				return o.start >= tr.end && o.start < m.start && o.prep == "from" && o.code != m.code
			}) {
				return m.code, "home"
			}
		}
	}
	for _, m := range ments {
		if m.start >= tr.end && (m.prep == "from" || m.prep == "out of") && (passive || kind == "expel") && m.start <= tr.end+10 && !(m.modifies == "mission" && (m.role == roleCity || m.role == roleCapital)) {
			return m.code, "from"
		}
	}
	// "Of the 58 Russian diplomats accredited in the Netherlands, 15 must leave": the
	// state where the people serve sends them away
	if kind == "expel" {
		for _, m := range ments {
			if m.prep == "in" && m.start < tr.start && m.role != roleCity && m.start > 1 && (servesIn(toks[m.start-2].low) || x.lx.inClass("diplomat", toks[m.start-2].low)) {
				return m.code, "host"
			}
		}
	}
	// a demonym acting through a governing noun after the trigger is rare; try context
	return "", ""
}

// servesIn reports whether a word says where people serve: "diplomats in",
// "accredited in", "stationed in".
func servesIn(w string) bool {
	switch w {
	case "diplomats", "staff", "personnel", "employees", "accredited", "stationed", "posted", "based", "serving", "working":
		return true
	}
	return false
}

// opensClause reports whether only determiners and qualifiers stand between the
// clause start and k: "The last American diplomats", "All remaining Dutch staff".
func opensClause(toks []token, from, k int) bool {
	for j := from; j < k; j++ {
		switch w := toks[j].low; {
		case toks[j].punct, isAdjectiveLike(w):
		case w == "the", w == "last", w == "all", w == "every", w == "each", w == "remaining", w == "most", w == "some", w == "many", w == "several", w == "few", w == "of", kinWords[w]:
		default:
			return false
		}
	}
	return true
}

// eventNouns name events a measure may answer, whose own dates are not the measure's.
var eventNouns = map[string]bool{"protests": true, "protest": true, "rally": true, "rallies": true, "demonstrations": true, "demonstration": true, "attack": true, "attacks": true, "killing": true, "killings": true, "poisoning": true, "assassination": true, "explosions": true, "explosion": true, "blasts": true, "bombing": true, "remarks": true, "election": true, "elections": true, "vote": true, "referendum": true, "coup": true, "raid": true, "strike": true, "strikes": true, "shooting": true, "murder": true, "arrest": true}

// eventDay reports whether the date phrase at k names the day of an event: "the
// protests on January 23", "the attack of March 4".
func eventDay(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	if toks[k-1].low == "on" || toks[k-1].low == "of" {
		// (not "called its ambassador home in protest on 23 March")
		return eventNouns[toks[k-2].low] && (k < 3 || toks[k-3].low != "in")
	}
	return eventNouns[toks[k-1].low]
}

// auxChain reports whether only auxiliaries stand from j up to the trigger at end:
// "are being", "have been".
func auxChain(toks []token, j, end int) bool {
	for ; j < end; j++ {
		if !isPassiveAux(toks[j].low) && toks[j].low != "been" && toks[j].low != "being" {
			return false
		}
	}
	return true
}

// passiveTrigger reports whether the trigger opens a passive: "were expelled", not
// "was moving its embassy".
func passiveTrigger(toks []token, tr trigger) bool {
	return tr.start > 0 && isPassiveAux(toks[tr.start-1].low) && !strings.HasSuffix(toks[tr.start].low, "ing")
}

// causeClause reports whether a clause telling a cause ("after a raid on Gaborone,
// the capital of Botswana") opens between i and j: a state named in it is where the
// cause happened, not whom the act hits.
func causeClause(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if w := toks[k].low; w == "after" || w == "because" {
			return true
		}
	}
	return false
}

// decisionNouns name an act whose possessor decided it: "Washington's decision to".
var decisionNouns = map[string]bool{"decision": true, "move": true, "order": true, "orders": true, "instruction": true, "ruling": true}

var imposeVerbs = map[string]bool{"imposed": true, "ordered": true, "set": true, "introduced": true, "announced": true, "demanded": true, "enforced": true}

func isPassiveAux(w string) bool {
	switch w {
	case "was", "were", "been", "be", "being", "is", "are", "got":
		return true
	}
	return false
}

// targetFor finds whom the measure hits: a name qualifying the noun after the trigger
// ("Russian diplomats", "the US consulate", "Russia's embassy"), "diplomats from X",
// "relations with X", "the embassy of X"; in a passive, the name before the trigger.
// For a recall or a closure of one's own post, the host after "from" or "in".
func (x *Extractor) targetFor(st *docState, tr trigger, ments []mention, limit int, actor string) string {
	kind := tr.rule.kind
	// "Nigeria announced its own break two days later": a break with no "with"
	// names no party; the story's does
	if bareBreak(st.toks, tr) {
		return ""
	}
	// talks: the parties named before "talks" ("delegations led by the Saudi adviser and
	// Iran's secretary opened talks") come before those after it
	if kind == "talks" {
		for _, m := range ments {
			if m.start < tr.start && m.code != actor && m.role != roleCity && m.prep != "in" && m.prep != "at" {
				return m.code
			}
		}
	}
	// "The envoys meet for the first time, in Moscow": talks told only by their venue
	// are between the story's parties

	toks := st.toks
	ownPost := x.ownPost(toks, tr, limit)
	switch kind {
	case "recall_ambassador", "withdraw_staff":
		ownPost = true
	case "ambassador_departed":
		// "no ambassador in Washington since ..., when Antonov left his post"; "flew
		// out of Bolivia, heading first to Peru": the place left before the way on;
		// "Levanon, his family and the embassy's staff left Cairo"
		for _, m := range ments {
			if m.code != actor && m.start == tr.end && m.prep == "" && leftVerbs[toks[tr.end-1].low] {
				return m.code
			}
		}
		for _, preps := range [][]string{{"from", "out of"}, {"in", "to"}} {
			for _, m := range ments {
				if m.code != actor && slices.Contains(preps, m.prep) && m.role != roleOfficial {
					return m.code
				}
			}
		}
	}
	for _, m := range ments {
		if m.ordered && m.start < tr.start && m.code != actor {
			return m.code
		}
	}
	// a passive: "the Russian embassy will be limited to 25", "Russian diplomats were
	// expelled": the name before the trigger is hit
	if passiveTrigger(toks, tr) {
		// "Four Russian diplomats said to be linked to an FBI agent were declared
		// persona non grata", "A Russian diplomat accused of spying with the help of an
		// Austrian employee was told to leave": the people the clause opens with
		start := clauseStart(toks, tr.start, tr.start)
		for _, m := range ments {
			if m.start >= start && m.end <= tr.start && m.code != actor && (m.prep == "" && (m.modifies == "diplomat" || m.modifies == "ambassador") || missionPeople(toks, m)) {
				return m.code
			}
		}
		for i := len(ments) - 1; i >= 0; i-- {
			m := ments[i]
			if m.end <= tr.start && m.code != actor && m.prep == "" && (m.modifies != "" && m.modifies != "government" || m.role == roleDemonym || m.possessive) {
				return m.code
			}
		}
	}
	if ownPost {
		// "ordered its non-emergency employees to leave Venezuela": the state left
		for _, m := range ments {
			// (not "the deadline for Iraq to leave Kuwait": a leave with a subject of
			// its own)
			if m.start > tr.start && m.start < limit+2 && m.code != actor && m.prep == "" && leaveBefore(toks, m.start) && !forSubject(toks, ments, m.start) {
				return m.code
			}
		}
		// "recalled its ambassador in Doha for consultations": the host may stand
		// inside the trigger's words, or before them ("ordered his embassy in Bogota
		// closed")
		for _, m := range ments {
			// (a move's "to" is where the staff go: "move staff to Djibouti")
			if m.start > tr.start && m.start < limit+6 && hostIn(toks, tr, m) && m.code != actor && !wentTo(toks, tr, ments, m.code) {
				return m.code
			}
		}
		for _, m := range ments {
			if m.start >= tr.start-5 && m.start < tr.start && (m.prep == "in" || m.prep == "at") && m.code != actor {
				return m.code
			}
		}
		// "travelling in Lisbon, announced that the ambassador in Caracas, Pedro
		// Felipe Ramirez, was being called home": the envoy's own post
		for _, m := range ments {
			// (not "Russia's ambassador in Sofia": another state's envoy)
			if j := beforeThe(toks, m.start); m.start < tr.start && (m.prep == "in" || m.prep == "to") && m.code != actor && j > 0 && x.lx.inClass("ambassador", toks[j-1].low) && !slices.ContainsFunc(ments, func(o mention) bool { return o.end == j-1 && o.code != actor }) {
				return m.code
			}
		}
	}
	for _, m := range ments {
		if m.start <= tr.start || m.start >= limit || m.code == actor || m.role == roleOfficial {
			continue
		}
		// "..., China's foreign ministry said": a government named after the trigger
		// speaks; it is not hit
		// ("breaking off relations because of the persecution of the Palestinian
		// people": nor is a people named in the cause)
		if m.modifies == "government" && m.prep == "" || causeClause(toks, tr.end, m.start) {
			continue
		}
		if m.modifies != "" && m.modifies != "government" || m.possessive || m.role == roleDemonym {
			// "sent its staff away on June 22, the day American aircraft struck":
			// a state qualifying a noun is who the people or the act belong to,
			// never the land they leave
			if (kind == "withdraw_staff" || kind == "recall_ambassador") && m.prep == "" {
				continue
			}
			return m.code
		}
		switch m.prep {
		case "from", "of", "with", "against", "to", "between":
			if whereTo(toks, tr, m) || causeClause(toks, tr.end, m.start) {
				continue
			}
			// "citing its solidarity with Saudi Arabia": a state backed, not hit
			if j := beforeThe(toks, m.start); m.prep == "with" && j > 0 && toks[j-1].low == "solidarity" {
				continue
			}
			if m.prep == "to" && movesStaff(toks, tr) {
				continue
			}
			if m.role != roleCity {
				return m.code
			}
		case "and":
		}
	}
	// passive or nominal: "Russian diplomats were expelled", "the Russian consulate's closure"
	// (not "in solidarity with the Czechs, and Romania was expelling one": a people
	// after a preposition is no object)
	for i := len(ments) - 1; i >= 0; i-- {
		m := ments[i]
		if m.end <= tr.start && m.code != actor && (m.modifies != "" && m.modifies != "government" || m.role == roleDemonym) && m.prep != "with" {
			return m.code
		}
	}
	// "talks between A and B", "A and B restored relations": the other party, first
	// the one listed with the actor ("in a statement with China, Saudi Arabia and
	// Iran announce they will resume relations")
	switch kind {
	case "talks", "agreement", "restore_relations", "break_relations", "downgrade_relations":
		for i := 1; i < len(ments); i++ {
			a, b := ments[i-1], ments[i]
			if listedBefore(toks, a, b) && (a.code == actor) != (b.code == actor) {
				if a.code == actor {
					return b.code
				}
				return a.code
			}
		}
		for _, m := range ments {
			if m.code != actor && m.role != roleCity && m.prep != "in" && m.prep != "at" {
				return m.code
			}
		}
	}
	// the host after "in": "closed the consulate in Seattle" (not the land the
	// people went to: "crossed into Azerbaijan ... and met up again in Baku")
	for _, m := range ments {
		if m.start >= tr.end && m.start < limit && (m.prep == "in" || m.prep == "at") && m.code != actor && !whereTo(toks, tr, m) && !wentTo(toks, tr, ments, m.code) {
			return m.code
		}
	}
	return ""
}

// bareBreak reports whether the trigger is a break told as a noun with no party
// after it: "Nigeria announced its own break two days later" breaks with the story's
// party, not with a state the sentence names otherwise.
func bareBreak(toks []token, tr trigger) bool {
	w := toks[tr.end-1].low
	return tr.rule.kind == "break_relations" && (w == "break" || w == "rupture") && (tr.end == len(toks) || toks[tr.end].low != "with")
}

// wentTo reports whether the trigger's words name state code as where its people
// go ("crossed into Azerbaijan") and not also as the land they leave ("moved its
// diplomats from Kyiv to Lviv", "left Kyiv and drove to Lviv").
func wentTo(toks []token, tr trigger, ments []mention, code string) bool {
	to, from := false, false
	for _, m := range ments {
		if m.code == code {
			to = to || whereTo(toks, tr, m)
			j := beforeThe(toks, m.start)
			from = from || m.prep == "from" || m.prep == "out of" || m.prep == "" && j >= 0 && isLeave(toks[j].low)
		}
	}
	return to && !from
}

// placeFor names the city, mission or property of the measure: a city or capital
// after "in", "at" or "of" near the trigger ("the consulate in Seattle", "talks in
// Istanbul"), or a city named as a noun's qualifier ("the Seattle consulate").
func (x *Extractor) placeFor(toks []token, ments []mention, tr trigger, limit int, kind, actor string) string {
	switch kind {
	case "expel", "staff_cap", "local_staff_ban", "deny_accreditation", "readmit", "recall_ambassador", "expel_ambassador", "ambassador_departed", "break_relations", "restore_relations", "downgrade_relations":
		return ""
	}
	// after the trigger first ("shuts the consulate in St Petersburg"), then before it
	// in the same clause ("orders the consulate in San Francisco closed"); people
	// withdrawn leave a place, not where they go
	for _, m := range ments {
		// (not "a day after the rebel capture of Kisumu": a city "of" names a post
		// only after a mission's noun)
		// ("ordered the dependants of the staff of the American embassy in Beijing
		// out": or a post named inside a long trigger)
		inside := m.start > tr.start && m.start < tr.end && (m.prep == "in" || m.prep == "at") && x.missionBefore(toks, m.start)
		if !m.isPlace() || m.start < tr.end && !inside || m.start >= limit+2 || kind == "withdraw_staff" && (whereTo(toks, tr, m) || wentTo(toks, tr, ments, m.code)) || m.prep == "of" && !x.missionBefore(toks, m.start) {
			continue
		}
		// ("ordered the Libyan embassy in Banjul to close until a government is in
		// place in Tripoli": a town in a clause of time or cause after the act is
		// not where it happens)
		if m.start >= tr.end && anyBetween(toks, tr.end, m.start, laterClauses) {
			break
		}
		// ("withdrew their last diplomats from Kuwait City": the capital left)
		// ("brought its diplomats back to Kyiv": the capital returned to)
		if m.role == roleCity || (m.prep == "in" || m.prep == "at") || kind == "withdraw_staff" && m.role == roleCapital && (m.prep == "from" || m.prep == "out of" || m.prep == "" && m.start > 0 && leftVerbs[toks[m.start-1].low]) || kind == "reopen_mission" && m.role == roleCapital && m.prep == "to" {
			return m.place
		}
	}
	for i := len(ments) - 1; i >= 0; i-- {
		m := ments[i]
		if !m.isPlace() || m.start >= tr.start || m.start < tr.start-8 || boundaryBetween(toks, m.end, tr.start, true) || isDateline(toks, m) && m.code == actor {
			continue
		}
		if m.role == roleCity || (m.prep == "in" || m.prep == "at") {
			return m.place
		}
	}
	// "the Seattle consulate": a capital or city qualifying the mission
	for _, m := range ments {
		if m.place != "" && m.modifies == "mission" && m.start >= tr.start-8 && m.start < limit+2 {
			return m.place
		}
	}
	return ""
}

// placesFor lists the places a closure or seizure names after its trigger, when it
// names several: "a chancery annex in Washington and a consular annex in New York".
func (x *Extractor) placesFor(toks []token, ments []mention, tr trigger, limit int, kind string) []string {
	switch kind {
	case "close_mission", "seize_property", "withdraw_staff", "reopen_mission", "return_property":
	default:
		return nil
	}
	var out []string
	lastEnd := -1
	for _, m := range ments {
		if !m.isPlace() || m.start < tr.start-8 || m.start >= limit+1 || m.start < tr.start && boundaryBetween(toks, m.end, tr.start, true) {
			continue
		}
		// "closed the consulates in Daugavpils and Liepaja, while leaving the embassy in
		// Riga open": a post set against the ones closed is spared
		if m.start > tr.end && anyBetween(toks, tr.end, m.start, spareWords) {
			break
		}
		// "informed the embassy in Beijing that it was withdrawing consent for ...": a
		// place before the trigger in another clause is not closed
		if m.start < tr.start && wordBetween(toks, m.end, tr.start, "that") {
			continue
		}
		// A bare name continues a list of places only right after one ("in Houston,
		// Chicago"); elsewhere it is a capital speaking ("..., which Beijing denounced").
		listed := m.prep == "" && lastEnd >= 0 && m.start == lastEnd+1 && toks[lastEnd].low == ","
		// (not "relocated, some to the consulates in Basra and Erbil": where
		// withdrawn people go is not the post they leave)
		if kind == "withdraw_staff" && whereTo(toks, tr, m) {
			continue
		}
		// "the consulate in Krakow", not "the shopping centre in Warsaw" further on
		// ("its embassies in Bamako and in Ouagadougou": or the place listed after one)
		again := m.prep == "in" && lastEnd >= 0 && m.start == lastEnd+2 && toks[lastEnd].low == "and"
		if (m.prep == "in" || m.prep == "at" || m.prep == "of" && m.role == roleCity) && !x.missionBefore(toks, m.start) && !again {
			continue
		}
		// "in Frankfurt, Hamburg and Munich" goes on a list of places; "between
		// Washington and Tehran" does not
		joined := m.prep == "and" && lastEnd >= 0 && m.start-lastEnd <= 2
		// ("out of both the Baghdad embassy and the consulate-general in Erbil": a
		// post named by its city's name goes on the list too)
		named := m.modifies == "mission" && m.start >= tr.end
		if m.role == roleCity && m.prep != "and" || m.prep == "in" || m.prep == "at" || joined || listed || named {
			lastEnd = m.end
			dup := false
			for _, p := range out {
				if p == m.place {
					dup = true
				}
			}
			if !dup {
				out = append(out, m.place)
			}
		}
	}
	return out
}

// townOf returns, for a place named as "in the port city of Klaipeda", the position
// just after the "in" that the town's phrase hangs on; else -1.
func townOf(toks []token, k int) int {
	if k < 3 || toks[k-1].low != "of" {
		return -1
	}
	switch toks[k-2].low {
	case "city", "town", "port", "capital", "village", "enclave":
	default:
		return -1
	}
	for j := k - 3; j >= max(1, k-6); j-- {
		if toks[j].low == "the" {
			if w := toks[j-1].low; w == "in" || w == "at" {
				return j
			}
			return -1
		}
	}
	return -1
}

// inversionAux are the verbs "as" inverts to tell that another did the same: "as had
// Qatar", "as did Bahrain".
var inversionAux = map[string]bool{"had": true, "has": true, "have": true, "did": true, "does": true, "do": true, "was": true, "were": true, "is": true, "are": true}

// anyBetween reports whether a word of the set stands in toks[from:to].
func anyBetween(toks []token, from, to int, words map[string]bool) bool {
	for k := from; k < to; k++ {
		if words[toks[k].low] {
			return true
		}
	}
	return false
}

// laterClauses open a clause of time, cause or condition after an act: its town is
// not the act's ("closed ... until a government is in place in Tripoli").
var laterClauses = map[string]bool{"until": true, "unless": true, "because": true, "while": true, "whereas": true}

// spareWords set what follows against the act ("while leaving the embassy in Riga
// open", "but not", "except").
var spareWords = map[string]bool{"while": true, "whereas": true, "except": true, "sparing": true, "but": true, "leaving": true}

// propertyObject reports whether the first thing a closure names is property.
func (x *Extractor) propertyObject(toks []token, tr trigger, limit int) bool {
	for k := tr.end; k < min(limit, tr.end+8); k++ {
		w := toks[k].low
		if x.lx.inClass("mission", w) {
			return strings.HasPrefix(w, "compound") || strings.HasPrefix(w, "dacha") || strings.HasPrefix(w, "estate") || strings.HasPrefix(w, "retreat") || strings.HasPrefix(w, "warehouse")
		}
	}
	return false
}

// dateFor picks the date of a trigger: the date phrase nearest to it in the sentence;
// else the last date of the paragraph; else the term of the office holder who acts
// (when the publication falls outside it); else the publication day. It returns a
// confidence adjustment, lower for dates not stated in the sentence, and whether
// only the story's news day, or the day an answer to it is told, dates the act
// (then it may be an act the story dates elsewhere: see echoes).
func (x *Extractor) dateFor(st *docState, tr trigger, ments []mention, dates []datePhrase) (parity.Date, float64, bool) {
	// The date of the trigger's own clause wins; then a date a reporting verb carries
	// ("said on Saturday"); then the nearest. A clause boundary between them costs.
	toks := st.toks
	best, bestDist := -1, 1<<30
	for i, d := range dates {
		// (a day still to come is when the act takes effect, not when it was taken
		// or announced)
		if deadline(toks, d.start) || d.yearless && !st.in.Published.IsZero() && d.date.Start.After(st.in.Published) {
			continue
		}
		// ("declared Green, New Zealand's high commissioner in Suva since December
		// 2004, persona non grata"; "declared Jim Weir, who had been in Moscow since
		// 1977, persona non grata": a date set off inside the act's words tells of
		// the envoy, not the act)
		if d.start > tr.start && d.end < tr.end && (d.since || relativeBetween(toks, tr.start, d.start)) {
			continue
		}
		dist := d.start - tr.end
		lo, hi := tr.end, d.start
		if d.end <= tr.start {
			dist = tr.start - d.end
			lo, hi = d.end, tr.start
		}
		if dist < 0 {
			dist = 0
		}
		// "on Monday, the day Hasina fell, it had ordered": the date's aside is no
		// clause of its own
		if d.end <= tr.start {
			lo = dayAside(toks, lo, hi)
		}
		// ("January 23, 2023 - Latvia lowers ...": a timeline entry's date is its own)
		if boundaryBetween(toks, lo, hi, false) && !entryDate(toks, d) {
			dist += 20
			if reported(toks, d.start) {
				dist -= 15
			}
		}
		if d.date.Precision == parity.Year && !d.explicit {
			dist += 5
		}
		// "BELGRADE, Oct 11 - Serbia expelled Macedonia's ambassador on Friday": a
		// wire's dateline dates the filing; the act's own day, when told, wins
		if datelineDate(toks, d) {
			dist += 25
		}
		// "said on Monday that all remaining staff of the delegation had left Haiti
		// ... on Sunday morning": the day of the saying, not of the act it reports
		if d.end <= tr.start && reported(toks, d.start) && wordBetween(toks, d.end, tr.start, "that") {
			dist += 5
		}
		// ("the first clash since they established relations in 1990": the act
		// the "since" clause tells is dated by it)
		ownSince := d.sinceEvent && d.start >= tr.end && d.start-tr.end <= 4 && wordBetween(toks, max(0, tr.start-6), tr.start, "since")
		if d.since && !ownSince {
			// "who had not set foot in the country since the previous March": a period
			// that runs on dates the act only when nothing else does
			// (not "left at the end of his tour, so for the first time since relations
			// were established in 1979": the event a later clause counts from)
			if onlySince(dates) && !(d.sinceEvent && d.start >= tr.end && wordBetween(toks, tr.end, d.start, "since")) {
				dist += 12
			} else {
				continue
			}
		}
		// "New Delhi called Bisaria home, and three days later Pakistan summoned its
		// own envoy": a date that opens another subject's clause is that clause's
		if d.start >= tr.end && boundaryBetween(toks, tr.end, d.start, false) && subjectAfter(ments, d.end) && !openingClauseTail(toks, tr, d) {
			continue
		}
		// "ordered some employees out, and in October 2023, after the attack, it
		// allowed staff to leave": a date that opens a coordinate clause dates that
		// clause's act, unless nothing else dates this one
		if d.start >= tr.end && boundaryBetween(toks, tr.end, d.start, false) && opensCoordinate(toks, d.start) {
			dist += 30
		}
		// "told her she was persona non grata; she left Managua on October 1": past
		// a semicolon, another act's day
		if d.start >= tr.end && wordBetween(toks, tr.end, d.start, ";") {
			dist += 30
		}
		// "declaring 40 employees personae non gratae, the same number Berlin had
		// expelled on April 4": a date in a clause with a subject of its own
		if d.start >= tr.end && clauseSubjectBetween(toks, ments, tr.end, d.start) {
			continue
		}
		// "restored relations, and the Soviet Union became the last of the
		// governments that walked out on Israel in 1967", "angered by remarks that
		// linked his win last year to ...": a relative clause's own date
		if d.start >= tr.end && relativeBetween(toks, tr.end, d.start) {
			continue
		}
		// "Spain and Portugal, which enter the Community in January, decided to summon
		// their ambassadors": an aside on the subject dates something else
		if d.end <= tr.start && relativeAside(toks, d, tr.start) {
			continue
		}
		// "The military government that seized power on 26 July ordered Itte out on
		// 25 August": the subject's relative clause dates what the subject did before
		if d.end <= tr.start && relativeBetween(toks, max(0, d.start-8), d.start) && !boundaryBetween(toks, d.end, tr.start, false) {
			dist += 10
		}
		// ("declaring two employees personae non gratae, in response, it said, to
		// Sofia's decision in March to expel two": the day of the act answered)
		if d.start >= tr.end && answerBetween(toks, tr.end, d.start) {
			continue
		}
		// "declared persona non grata for taking part in illegal protests on
		// January 23": the day of the event a measure answers
		if d.start >= tr.end && eventDay(toks, d.start) {
			continue
		}
		if inSceneSetting(toks, d, tr) {
			// "After Trudeau spoke of a citizen shot that June, Canada expelled ...":
			// the date belongs to the clause that sets the scene
			continue
		}
		if relativeToEvent(toks, d) && explicitAmong(dates) && !countsFromTrigger(toks, d, tr) {
			// "May 15, 2018: a day after troops killed 60": the phrase dates
			// another event from this one; the explicit date is this one's
			dist += 30
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		d := dates[best]
		// "The note also ends the trade agreement of 1921. At the same time the
		// government is bringing its own mission home": the time of the act told
		// last, not of a date named in passing since
		if st.lastPassing && !st.actDate.IsZero() && sameTime(toks, d.start) > 0 {
			return st.actDate, 0.05, false
		}
		if relativeToEvent(toks, d) && countsFromTrigger(toks, d, tr) {
			return d.back, 0.05, false
		}
		// "France is expelling diplomats in retaliation for Algeria's decision to
		// send 15 French officials home, Barrot said on Wednesday": the act answered
		// came before the day the answer is told
		from := answered(toks, tr.start)
		return d.date, 0.05, from >= 0 && (d.start >= tr.end || d.end <= from)
	}
	pub := st.in.Published
	for _, m := range ments {
		// the office holder who acts, not one a phrase names ("angered by remarks from
		// Erdogan in support of Morsi")
		if m.role != roleOfficial || m.start >= tr.start || len(m.terms) == 0 || m.prep != "" && m.prep != "and" {
			continue
		}
		if t, ok := termAround(m.terms, pub); ok && !t.end.IsZero() && !pub.IsZero() && pub.After(t.end) {
			return dayRange(t.start, t.end), -0.1, false
		}
	}
	// "In the same announcement Minsk called its ambassadors home": the day of the
	// act told last
	if !st.actDate.IsZero() && sameAnnouncement(toks, tr.start) {
		return st.actDate, -0.05, false
	}
	if !st.paraDate.IsZero() {
		return st.paraDate, -0.05, false
	}
	if st.bullet && !st.lastDate.IsZero() {
		return st.lastDate, -0.05, false
	}
	if news := st.newsDate(); !news.IsZero() {
		return news, -0.1, true
	}
	if !pub.IsZero() {
		return day(pub), -0.1, true
	}
	return parity.Date{}, -0.15, false
}

// opensDayAside reports whether an aside that names a day opens at k: ", the day",
// ", the night".
func opensDayAside(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].low == "," && toks[k+1].low == "the" && timeNoun(toks[k+2].low)
}

// dayAside returns where the aside that follows a date at k ends (", the day Hasina
// fell,"), or k when none does before end.
func dayAside(toks []token, k, end int) int {
	if k+3 >= end || !opensDayAside(toks, k) {
		return k
	}
	for j := k + 3; j < end; j++ {
		if toks[j].low == "," {
			return j + 1
		}
		if toks[j].punct {
			return k
		}
	}
	return k
}

// answered returns where a phrase that names the trigger at k as the act answered
// opens ("in retaliation for Algeria's decision to", "in reply to Britain's
// expulsion of"), or -1.
func answered(toks []token, k int) int {
	for j := k - 1; j >= max(1, k-8); j-- {
		if w := toks[j].low; (w == "for" || w == "to") && answerNouns[toks[j-1].low] {
			return j - 1
		}
		if toks[j].punct {
			return -1
		}
	}
	return -1
}

// answerBetween reports whether the words from k to end tell what a measure
// answers: "in response to", "in retaliation for", "its reply to".
func answerBetween(toks []token, k, end int) bool {
	for ; k+1 < end; k++ {
		// ("in protest at the refusal of those governments on July 2": the day of
		// what is protested, not "in protest at ..., the spokeswoman said on Friday")
		if toks[k].low == "protest" && (toks[k+1].low == "at" || toks[k+1].low == "over" || toks[k+1].low == "against") && !wordBetween(toks, k, end, ",") && !wordBetween(toks, k, end, ";") {
			return true
		}
		if !answerNouns[toks[k].low] {
			continue
		}
		// ("in response, it said, to": the aside is skipped)
		for j := k + 1; j < min(end, k+6); j++ {
			if w := toks[j].low; w == "for" || w == "to" {
				return true
			}
		}
	}
	return false
}

// answerNouns tell that a measure answers another: "in retaliation for", "in
// response to".
var answerNouns = map[string]bool{"retaliation": true, "response": true, "reply": true, "answer": true, "reaction": true, "riposte": true}

// entryDate reports whether a date opens its sentence as a timeline entry's does:
// "January 23, 2023 - ...", "March 4: ...".
func entryDate(toks []token, d datePhrase) bool {
	if d.start != 0 || d.end >= len(toks) {
		return false
	}
	return entryMark(toks[d.end].low)
}

// datelineDate reports whether d is the date a wire's dateline carries before its
// dash: "BELGRADE, Oct 11 - ...", "KHARTOUM, March 30 (Reuters) - ...".
func datelineDate(toks []token, d datePhrase) bool {
	// (not "- TAIWAN, December 9, 2021: ...": a list's entry, no wire's dateline)
	if d.start < 2 || d.start > 5 || toks[d.start-1].low != "," || toks[0].punct || toks[0].text != strings.ToUpper(toks[0].text) {
		return false
	}
	for j := d.end; j < min(len(toks), d.end+5); j++ {
		if entryMark(toks[j].low) {
			return true
		}
	}
	return false
}

// opensCoordinate reports whether the date at k opens a clause joined with "and":
// ", and in October 2023", ", and on Friday".
func opensCoordinate(toks []token, k int) bool {
	if k > 0 && (toks[k-1].low == "in" || toks[k-1].low == "on") {
		k--
	} else if toks[k].low != "in" && toks[k].low != "on" {
		return false
	}
	return k > 0 && toks[k-1].low == "and"
}

// entryMark reports whether w ends a timeline entry's date or year: "1984 - ...",
// "March 4: ...".
func entryMark(w string) bool {
	switch w {
	case "-", ":", "–", "—":
		return true
	}
	return false
}

// askedToGo reports whether "asked to" at k is said of one who asked, not of one
// who was asked: "who had asked to leave" (not "was asked to leave").
func askedToGo(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k+1].low != "to" || !strings.HasPrefix(toks[k].low, "ask") && toks[k].low != "requested" {
		return false
	}
	j := k - 1
	// ("was quietly asked to leave")
	if j > 0 && strings.HasSuffix(toks[j].low, "ly") {
		j--
	}
	switch toks[j].low {
	case "was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting", "and", ",":
		return false
	}
	return true
}

// relativeBetween reports whether a relative clause opens in toks[from:to]: "which",
// "who", "whose", or "that" after a noun (not "said that"). A clause that tells the
// act's own announcing ("the expulsion of ten diplomats that Biden announced a day
// earlier") is the act's.
func relativeBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		rel := false
		switch toks[j].low {
		case "which", "who", "whose":
			rel = true
		case "that":
			rel = j > 0 && !toks[j-1].punct && !reported(toks, j+1) && !thatWords[toks[j-1].low]
		}
		if !rel {
			continue
		}
		for k := j + 1; k < to; k++ {
			switch toks[k].low {
			case "announced", "ordered", "decided", "unveiled", "confirmed", "made", "took", "imposed":
				return false
			}
		}
		return true
	}
	return false
}

// thatWords stand before a "that" that opens no relative clause: "so that", "saying
// that", "now that".
var thatWords = map[string]bool{"so": true, "such": true, "now": true, "saying": true, "adding": true, "noting": true, "arguing": true, "claiming": true, "warning": true, "insisting": true, "complaining": true, "explaining": true, "after": true, "given": true, "except": true, "decided": true, "agreed": true, "announcing": true, "stating": true, "ruled": true, "ordered": true, "demanded": true}

// openingClauseTail reports whether the trigger stands in a clause that opens the
// sentence with "when", "after" or the like and the date closes that clause before
// the main one: "When Caracas expelled the diplomats of Argentina, at the end of
// July, Brasilia agreed to ...".
func openingClauseTail(toks []token, tr trigger, d datePhrase) bool {
	if len(toks) == 0 || !subordinators[toks[0].low] || d.start < tr.end {
		return false
	}
	// (", and ..." opens another clause; "Argentina and Peru" does not)
	for k := tr.end; k < d.start; k++ {
		switch toks[k].low {
		case ";", ":", "while", "whereas":
			return false
		case "and", "but":
			if toks[k-1].low == "," {
				return false
			}
		}
	}
	return d.end < len(toks) && toks[d.end].low == ","
}

// inSceneSetting reports whether a date phrase lies inside a clause opened by
// "after", "when" or the like (at the start of the sentence or after a comma) that
// closes with a comma before the trigger, and is not
// that clause's own time ("after March 4, ..." dates the main clause's setting and
// counts as usual).
func inSceneSetting(toks []token, d datePhrase, tr trigger) bool {
	if d.start >= tr.end {
		// "..., after their governments rejected Sunday's election result": the
		// date of the cause that follows the act
		for j := d.start - 1; j >= tr.end; j-- {
			// (not ", as had Qatar's embassy in Abu Dhabi, all with effect from June
			// 19": "as" before an inverted verb tells of the same act again)
			if subordinators[toks[j].low] && !(toks[j].low == "as" && j+1 < len(toks) && inversionAux[toks[j+1].low]) {
				return j < d.start-2 && j > 0 && toks[j-1].punct
			}
		}
		return false
	}
	// (", and in October 2017, after the bombing, it allowed": a date that opens a
	// coordinate clause is that clause's, whatever clause came before it)
	if d.end > tr.start || opensCoordinate(toks, d.start) {
		return false
	}
	opener := -1
	for j := d.start - 1; j >= 0; j-- {
		w := toks[j].low
		if w == ";" || w == ":" {
			break
		}
		if subordinators[w] {
			opener = j
			break
		}
	}
	if opener < 0 || opener == d.start-1 || opener == d.start-2 && toks[d.start-1].low == "the" {
		return false
	}
	// "When the secretary came out of the meeting on Wednesday, he announced ...":
	// a clause of the same moment dates the act
	if toks[opener].low == "when" {
		return false
	}
	// "Before dawn yesterday, Bahrain ...": a time of day, not a clause
	if opener == d.start-2 {
		switch toks[opener+1].low {
		case "dawn", "daybreak", "sunrise", "noon", "midday", "midnight", "sunset", "nightfall", "lunch", "lunchtime":
			return false
		}
	}
	// the clause opens the sentence or follows a comma: "After ..., Canada expelled"
	if opener > 0 && !toks[opener-1].punct {
		return false
	}
	for k := d.end; k < tr.start; k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

// relativeToEvent reports whether a relative date phrase counts from an event it
// names ("a day after troops killed 60") rather than from the story's last date.
func relativeToEvent(toks []token, d datePhrase) bool {
	if !d.relative || d.end >= len(toks) {
		return false
	}
	switch toks[d.end-1].low {
	case "after", "before":
		return !toks[d.end].punct
	}
	return false
}

// countsFromTrigger reports whether an event-relative phrase counts from the act
// itself: the trigger stands in the clause the phrase opens ("a day after Iceland
// suspended its embassy"), so the act lies the other way from the date before it.
func countsFromTrigger(toks []token, d datePhrase, tr trigger) bool {
	return !d.back.IsZero() && tr.start >= d.end && !commaBetween(toks, d.end, tr.start)
}

// commaBetween reports whether a comma stands between two token positions.
func commaBetween(toks []token, from, to int) bool { return wordBetween(toks, from, to, ",") }

// subjectAfter reports whether a state acting as a subject follows a date at once.
func subjectAfter(ments []mention, end int) bool {
	for _, m := range ments {
		if m.subject && m.start >= end && m.start <= end+1 && m.role != roleCity {
			return true
		}
	}
	return false
}

// announcedByOwn returns the state whose people the passive trigger moves when that
// same state announces it after the trigger ("Three Chilean officers ... are being
// sent home, the foreign ministry in Santiago announced"), else "".
func announcedByOwn(toks []token, ments []mention, tr trigger) string {
	people := ""
	for _, m := range ments {
		if m.end <= tr.start && m.role == roleDemonym && m.modifies == "diplomat" {
			people = m.code
		}
	}
	if people == "" {
		return ""
	}
	// ("two Colombian diplomats have been ordered out of Russia, the foreign
	// ministry in Bogota said": the land named as the one they must leave orders
	// them out)
	for _, m := range ments {
		if m.code != people && m.start >= tr.start && m.start <= tr.end+1 && (m.prep == "out of" || m.prep == "from") && m.role != roleCity {
			return ""
		}
	}
	for _, m := range ments {
		if m.start < tr.end || m.end+1 >= len(toks) || m.code != people {
			continue
		}
		switch toks[m.end].low {
		case "said", "says", "announced", "confirmed":
			return people
		}
	}
	return ""
}

// protestedOwn reports whether the expulsion at tr is one of the subject's own
// people that it protests: "summoned Lithuania's charge d'affaires to protest
// against the groundless expulsion of its staff member".
func protestedOwn(toks []token, tr trigger) bool {
	if !strings.HasPrefix(toks[tr.start].low, "expulsion") || tr.end+2 >= len(toks) || toks[tr.end].low != "of" || toks[tr.end+1].low != "its" && toks[tr.end+1].low != "their" {
		return false
	}
	return protestBefore(toks, tr.start)
}

// protestBefore reports whether a protest or condemnation stands shortly before k:
// "protested against", "condemned".
func protestBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-8); j-- {
		switch w := toks[j].low; {
		case strings.HasPrefix(w, "protest"), strings.HasPrefix(w, "condemn"), strings.HasPrefix(w, "denounc"), w == "against":
			return true
		}
	}
	return false
}

// protestedOwnNamed reports whether a protest is against the expulsion of people the
// subject's demonym names as its own: "Spain has protested to Equatorial Guinea over
// the expulsion of a Spanish diplomat".
func protestedOwnNamed(toks []token, ments []mention, tr trigger, actor string) bool {
	if actor == "" || !strings.HasPrefix(toks[tr.start].low, "expulsion") || tr.end >= len(toks) || toks[tr.end].low != "of" {
		return false
	}
	own := slices.ContainsFunc(ments, func(m mention) bool {
		return m.code == actor && m.role == roleDemonym && m.start > tr.end && m.start <= tr.end+4
	})
	return own && protestBefore(toks, tr.start)
}

// ownPeopleHit reports whether the actor found is a speaker telling of its own
// people expelled in the passive: "X said (that) a dozen of its diplomats had been
// told to go".
func ownPeopleHit(toks []token, ments []mention, tr trigger, actor string) bool {
	passive := false
	for k := max(0, tr.start-3); k < min(tr.end, len(toks)); k++ {
		if isPassiveAux(toks[k].low) {
			passive = true
		}
	}
	if !passive {
		return false
	}
	for _, m := range ments {
		if m.code != actor || m.end >= tr.start {
			continue
		}
		saidAt := -1
		for k := m.end; k < tr.start && k <= m.end+4; k++ {
			if w := toks[k].low; w == "said" || w == "says" || w == "announced" || w == "confirmed" {
				saidAt = k
				break
			}
		}
		if saidAt < 0 {
			continue
		}
		for k := saidAt + 1; k < tr.start; k++ {
			if (toks[k].low == "its" || toks[k].low == "their") && k+1 < len(toks) && isPeopleWord(toks[k+1].low) {
				return true
			}
		}
	}
	return false
}

// staffWord reports whether w names a mission's people as a body: "diplomats",
// "staff", "personnel", "employees".
func staffWord(w string) bool {
	switch w {
	case "diplomats", "staff", "personnel", "employees":
		return true
	}
	return false
}

// peopleOfBefore reports whether mention m follows a plural noun of people and "of":
// "the ambassadors of Argentina".
func peopleOfBefore(toks []token, m mention) bool {
	return m.prep == "of" && m.start >= 2 && (isPeopleWord(toks[m.start-2].low) || toks[m.start-2].low == "ambassadors")
}

// isPeopleWord reports whether w names a mission's people, as a body or as
// officials, members or envoys.
func isPeopleWord(w string) bool {
	return staffWord(w) || w == "officials" || w == "members" || w == "envoys"
}

// clauseSubjectBetween reports whether a clause boundary and then a state acting
// as a subject stand between from and to.
func clauseSubjectBetween(toks []token, ments []mention, from, to int) bool {
	for _, m := range ments {
		if m.subject && m.start > from && m.end <= to && m.role != roleCity && (boundaryBetween(toks, from, m.start, false) || contactClause(toks, m)) && hasVerb(toks, m) && !reported(toks, m.end+1) {
			return true
		}
	}
	return false
}

// contactClause reports whether a mention opens a relative clause without "that"
// after a plural noun: "consular offices Israel had opened in Lviv four days
// earlier".
func contactClause(toks []token, m mention) bool {
	if m.start == 0 || m.end+1 >= len(toks) {
		return false
	}
	prev, aux, verb := toks[m.start-1].low, toks[m.end].low, toks[m.end+1].low
	return !toks[m.start-1].punct && len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && (aux == "had" || aux == "has" || aux == "have") && strings.HasSuffix(verb, "ed")
}

// onlySince reports whether every date phrase is the start of a period ("since").
func onlySince(ds []datePhrase) bool {
	for _, d := range ds {
		if !d.since {
			return false
		}
	}
	return true
}

// explicitAmong reports whether a sentence names a date that is not relative.
func explicitAmong(ds []datePhrase) bool {
	for _, d := range ds {
		if !d.relative && !d.since {
			return true
		}
	}
	return false
}

// deadline reports whether a date phrase is a deadline ("by September 1", "until
// Saturday"): it dates what must happen, not the measure.
func deadline(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	// "by midnight tonight", "by noon on Friday": the hour between costs nothing
	for j := k - 1; j > 0 && j >= k-3 && hourWords[toks[j].low]; j-- {
		if toks[j-1].low == "by" || givenUntil(toks, j-1) {
			return true
		}
	}
	// "have until Tuesday to leave", "were given until midnight on Tuesday"
	if givenUntil(toks, k-1) {
		return true
	}
	// "must be out of Russia by the end of May 5"
	// (not "By the end of the same Monday, Ankara had announced": a day by which
	// the act was done)
	if k >= 4 && toks[k-4].low == "by" && toks[k-3].low == "the" && toks[k-2].low == "end" && toks[k-1].low == "of" {
		return !reachedBy(toks, k)
	}
	// "gave December 24 as the deadline for the appointments"
	for j := k + 1; j+2 < min(len(toks), k+7) && !toks[j].punct; j++ {
		if toks[j].low == "as" && (toks[j+1].low == "the" || toks[j+1].low == "a") && toks[j+2].low == "deadline" {
			return true
		}
	}
	switch toks[k-1].low {
	case "by":
		// "by March 27 it had sent enough people home", "by early February the
		// embassy was down to 17": a state reached by then is dated by it
		return !reachedBy(toks, k)
	case "before":
		return true
	case "from":
		// "would close its embassy in Sanaa from Friday": the day an act still to
		// come takes effect
		for j := k - 2; j >= max(0, k-10) && !toks[j].punct; j-- {
			if w := toks[j].low; w == "would" || w == "will" || w == "shall" {
				return true
			}
		}
	case "until", "till":
		// "did not restore them until 1988": the act's own date
		return !notUntil(toks, k-1)
	case "for", "on":
		// "cancelled a summit planned for 17 March": a date set for something to come
		if k > 1 {
			switch toks[k-2].low {
			case "planned", "scheduled", "set", "slated", "due", "fixed":
				return true
			// "will need visas, starting on Thursday": when a step takes effect
			case "starting", "beginning", "effective":
				return true
			}
		}
		// ("said the consulate would lose its authorisation on October 1": the
		// day an act still to come takes effect)
		if toks[k-1].low == "on" {
			// (not "would stay open but on Tuesday sent home": a clause of its own)
			for j := k - 2; j >= max(0, k-8) && !toks[j].punct && !clauseWords[toks[j].low]; j-- {
				if w := toks[j].low; w == "would" || w == "will" || w == "shall" {
					return true
				}
			}
		}
	}
	return false
}

// reachedBy reports whether the clause of a "by" date at k tells what had come to
// pass by then ("had", "was", "were") rather than what must or will ("had to",
// "will", "given until").
func reachedBy(toks []token, k int) bool {
	// ("had crept back to 41 by this week": as the story is published)
	if w := toks[k].low; w == "this" || w == "now" || w == "today" {
		return false
	}
	// (back to the clause's start: "a reduction was ordered on January 11, so
	// that by early February the embassy was down to 17" tells a state reached)
	from := k - 1
	for from > max(0, k-10) && toks[from-1].low != "," {
		from--
	}
	past := false
	for j := max(0, from); j < min(len(toks), k+12); j++ {
		w := toks[j].low
		if w == "." || w == ";" {
			if j < k {
				past = false
				continue
			}
			break
		}
		switch {
		case obliges(w) || w == "will" || w == "would" || w == "should" || w == "shall" || w == "deadline":
			return false
		case w == "had" || w == "has" || w == "have" || w == "was" || w == "were":
			if j+1 < len(toks) && toks[j+1].low == "to" {
				return false
			}
			past = true
		}
	}
	return past
}

// givenUntil reports whether token k is the "until" of a time given to act: "have
// until", "were given until" (not "did not restore them until 1988").
func givenUntil(toks []token, k int) bool {
	if k < 1 || toks[k].low != "until" {
		return false
	}
	switch toks[k-1].low {
	case "have", "has", "had", "given", "gave", "giving":
		return true
	}
	return false
}

// hourWords may stand between a deadline's "by" and its date: a time of day, and the
// "on" of "by noon on Friday".
var hourWords = map[string]bool{"midnight": true, "noon": true, "midday": true, "nightfall": true, "sunset": true, "sundown": true, "dawn": true, "on": true}

// notUntil reports whether the "until" at k closes a negation ("did not restore them
// until 1988", "were not expelled until March"): the act happened then.
func notUntil(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low != "until" && toks[k].low != "till" {
		return false
	}
	for j := k - 1; j >= max(0, k-8); j-- {
		switch toks[j].low {
		case "not", "never":
			return j+1 < len(toks) && toks[j].low == "not"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// reported reports whether a date phrase follows a reporting verb: "said on Saturday".
func reported(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		switch toks[j].low {
		case "said", "says", "announced", "told", "confirmed", "stated", "declared", "reported", "disclosed", "revealed":
			return true
		}
	}
	return false
}

// termAround returns the last term that started before pub (the one a past-tense act
// most likely falls in).
func termAround(ts []term, pub time.Time) (term, bool) {
	var best term
	ok := false
	for _, t := range ts {
		if pub.IsZero() || !t.start.After(pub) {
			best, ok = t, true
		}
	}
	return best, ok
}

// listContinuation reads an item of a list that goes on without a verb, after an item
// with one: "- Germany, France and Poland: four each." under a list of expulsions.
// The named states act as the last measure did, on its target.
func (x *Extractor) listContinuation(st *docState, s span, ments []mention, dates []datePhrase) []Claim {
	toks := st.toks
	colon := -1
	for i, t := range toks {
		if t.low == ":" {
			colon = i
			break
		}
	}
	if colon < 0 || st.lastTgt == "" && !st.theirPeople {
		return nil
	}
	var actors []string
	for _, m := range ments {
		if m.end <= colon && m.role != roleCity && m.role != roleDemonym && m.role != roleOfficial {
			actors = append(actors, m.code)
		}
	}
	if len(actors) == 0 {
		return nil
	}
	var q *quantity
	for k := colon + 1; k < min(len(toks), colon+4); k++ {
		// ("- The United States: on July 26 staff were driven out": a day, not a count)
		if slices.ContainsFunc(dates, func(d datePhrase) bool { return k >= d.start && k < d.end }) {
			continue
		}
		if qq, ok := x.lx.parseQuantity(toks, k); ok && !qq.yearLike && qq.frac == 0 {
			q = &qq
			break
		}
	}
	// ("- Greece, Cyprus and Spain: these three members have not recognised
	// Kosovo, and Serbia's ambassadors never left": the number counts the states
	// named, and the item denies the measure)
	if q == nil || q.start > 0 && (toks[q.start-1].low == "these" || toks[q.start-1].low == "those") || wordBetween(toks, colon, len(toks), "never") || wordBetween(toks, colon, len(toks), "not") {
		return nil
	}
	d := st.paraDate
	if len(dates) > 0 {
		d = dates[0].date
	} else if d.IsZero() {
		d = st.lastDate
	}
	// ("- United States: ... the consulate in Seattle ordered closed. - France,
	// Germany and Poland: four each": people counted go on with the last measure
	// that counted people, not with a closure)
	kind := st.lastKind
	if !countedKind(kind) && st.lastCounted != "" {
		kind = st.lastCounted
	}
	var out []Claim
	for _, a := range actors {
		if a == st.lastTgt {
			continue
		}
		c := Claim{Kind: kind, Document: st.in.Name, DocumentID: st.in.DocumentID, Cluster: st.in.Cluster, Pos: toks[0].start}
		c.Start, c.End, c.Quote = s.start, s.end, st.in.Body[s.start:s.end]
		c.Actor, c.Target = code(a), code(st.lastTgt)
		if st.theirPeople && st.lastActor != "" && a != st.lastActor {
			// "Moscow declared 59 of their diplomats personae non gratae ... -
			// Ukraine: 13": the listed states are the ones hit
			c.Actor, c.Target = code(st.lastActor), code(a)
		}
		c.Count = q.count()
		c.Date = dateOf(d)
		c.Background = background(d, st.in.Published)
		c.Confidence = 0.6
		out = append(out, c)
	}
	return out
}

// aggregate reports whether the sentence states a total over parts or years.
func aggregate(toks []token) bool {
	for i, t := range toks {
		switch t.low {
		case "total", "totals", "altogether", "combined", "cumulative", "overall":
			return true
		case "in":
			if i+1 < len(toks) && toks[i+1].low == "all" {
				return true
			}
		case "so":
			if i+1 < len(toks) && toks[i+1].low == "far" {
				return true
			}
		}
	}
	return false
}

func hasSince(ds []datePhrase) bool {
	for _, d := range ds {
		if d.since {
			return true
		}
	}
	return false
}

// background reports whether an event dated d is context for an article of pub: it
// ended more than 60 days before.
func background(d parity.Date, pub time.Time) bool {
	if d.IsZero() || pub.IsZero() {
		return false
	}
	return d.End.Before(pub.AddDate(0, 0, -60))
}

// listItem is one part of a list after a trigger: a count and the country it goes to.
type listItem struct {
	n       quantity
	code    string
	asActor bool // "Germany expelled 40, France 35": the listed countries act
	at      int
}

// listItems reads lists after a trigger: "N each from A and B; M each from C" (the
// listed countries are the targets), and "A N, B M and C K" after "A expelled N"
// (the listed countries act, each with its own count). Sub-counts of a total ("48 from
// the embassy and 12 at the UN") name no country and give no items.
func (x *Extractor) listItems(toks []token, ments []mention, tr trigger, limit int, head *quantity, actor, target string) []listItem {
	if items := x.demonymList(toks, ments, head, limit, actor); len(items) > 1 {
		return items
	}
	var items []listItem
	end := len(toks)
	for k := tr.end; k < end; k++ {
		q, ok := x.lx.parseQuantity(toks, k)
		if !ok || q.yearLike || q.frac > 0 || timeUnit(toks, q.end) {
			continue
		}
		// countries right after: "four each from France and Poland"
		// ("four diplomats each from France and Poland": the words between may
		// carry the "each" or "from")
		j, shared := q.end, false
		if j < len(toks) && toks[j].low == "each" {
			j++
		}
		for j < len(toks) && isFiller(toks[j].low) {
			shared = shared || toks[j].low == "each" || toks[j].low == "from"
			j++
		}
		var after []mention
		for _, m := range ments {
			// ("48 from the embassy and 12 from the UN mission": the part of the
			// total at a state's mission to a body, not the body's own people)
			if m.start >= j && m.start <= j+1 && m.role != roleCity && !(x.lx.orgs[m.code] && m.modifies == "mission") {
				after = append(after, m)
				j = m.end
				for j < len(toks) && (toks[j].low == "and" || toks[j].low == "," || toks[j].low == "the") {
					j++
				}
			}
		}
		if len(after) > 0 && (toks[min(len(toks)-1, q.end)].low == "each" || shared) {
			for _, m := range after {
				if m.code != actor {
					items = append(items, listItem{n: q, code: m.code, at: q.start})
				}
			}
			k = j - 1
			continue
		}
		// a country right before: "France 35"
		for _, m := range ments {
			if m.end == q.start && m.role != roleCity && m.role != roleDemonym && m.code != target {
				items = append(items, listItem{n: q, code: m.code, asActor: true, at: q.start})
			}
		}
		k = q.end - 1
	}
	// the gapping form needs the head's actor counted too: it already is (the head claim)
	return items
}

// laterCount finds a second count joined to q by "and" that a date of its own
// follows: "45 Russian diplomats on Monday and 10 more on Thursday", "35 expulsions
// on April 4 and six more suspected intelligence officers on April 11".
func (x *Extractor) laterCount(toks []token, ments []mention, q quantity, limit int, dates []datePhrase) (quantity, datePhrase, bool) {
	for j := q.end; j < limit && j < q.end+12; j++ {
		if toks[j].punct && toks[j].low != "," {
			break
		}
		if toks[j].low != "and" {
			continue
		}
		q2, ok := x.lx.parseQuantity(toks, j+1)
		if !ok || q2.yearLike || q2.frac > 0 || q2.min == nil || timeUnit(toks, q2.end) {
			return quantity{}, datePhrase{}, false
		}
		// the date must follow the second count closely, past only its people
		for _, dp := range dates {
			if dp.start < q2.end || dp.start > q2.end+6 || dp.since {
				continue
			}
			for k := q2.end; k < dp.start; k++ {
				if !laterCountWord(toks, ments, k) {
					return quantity{}, datePhrase{}, false
				}
			}
			return q2, dp, true
		}
		return quantity{}, datePhrase{}, false
	}
	return quantity{}, datePhrase{}, false
}

// laterCountWord reports whether token k may stand between a second count and its
// date: "10 more on", "six more suspected intelligence officers on", "two Polish
// diplomats in".
func laterCountWord(toks []token, ments []mention, k int) bool {
	if toks[k].punct || toks[k].num {
		return false
	}
	switch w := toks[k].low; w {
	case "more", "further", "others", "other", "on", "in", "officers", "suspected", "intelligence":
		return true
	default:
		return isPeopleWord(w) || demonymAt(ments, k)
	}
}

// conjoinedCount adds to q a second count of people joined to it by "and": "22
// diplomats and 23 technical staff" are 45 people sent away. Counts of people of
// another state ("5 Russian diplomats and 3 Belarusian") are a list, not a sum.
func (x *Extractor) conjoinedCount(toks []token, ments []mention, q quantity, limit int) *quantity {
	people := func(k int) (int, bool) {
		// ("18 of his diplomats and six technical staff")
		if k+1 < limit && toks[k].low == "of" && possessivePronoun(toks[k+1].low) {
			k += 2
		}
		for n := 0; k < limit && n < 5; k, n = k+1, n+1 {
			w := toks[k].low
			// ("eight Soviet diplomats and three journalists": the journalists were
			// sent away in the same act)
			// ("one diplomat and one support employee")
			if isPeopleWord(w) || w == "officers" || w == "attaches" || w == "journalists" || w == "correspondents" || w == "diplomat" || w == "employee" || w == "official" || w == "officer" {
				return k + 1, true
			}
			demonym := demonymAt(ments, k)
			if demonym && n > 0 || !demonym && !isAdjectiveLike(w) && w != "and" && w != "support" {
				return k, false
			}
		}
		return k, false
	}
	// "the ambassador, Dr Loutof Allah Haydar, and 20 other Syrian diplomats": the
	// envoy and the others
	// ("its charge d'affaires and two colleagues", "giving him and seven
	// colleagues three days")
	if q.start >= 2 && toks[q.start-1].low == "and" && q.end < len(toks) && (toks[q.end].low == "other" || colleagueWords[toks[q.end].low]) && q.min != nil && q.max != nil {
		for k := q.start - 2; k >= max(0, q.start-10); k-- {
			if o := apposition(toks, k, -1); o >= 0 {
				k = o
				continue
			}
			if w := toks[k].low; (x.lx.inClass("ambassador", w) || x.lx.inClass("diplomat", w)) && !strings.HasSuffix(w, "s") || k == q.start-2 && (w == "him" || w == "her") {
				return q.plus(1, 1, q.end)
			}
			if toks[k].punct {
				break
			}
		}
	}
	if q.min != nil && q.max != nil && *q.min == 1 && *q.max == 1 {
		if more := x.companions(toks, q.end, limit); more > 0 {
			return q.plus(more, more, q.end)
		}
	}
	end, ok := people(q.end)
	if !ok || end >= limit || toks[end].low != "and" || q.min == nil || q.max == nil {
		return &q
	}
	q2, ok := x.lx.parseQuantity(toks, end+1)
	if !ok || q2.yearLike || q2.frac > 0 || q2.min == nil || q2.max == nil {
		return &q
	}
	if slices.ContainsFunc(ments, func(m mention) bool { return m.role == roleDemonym && m.start >= q2.end && m.start < q2.end+3 }) {
		return &q
	}
	end2, ok := people(q2.end)
	if !ok || end2 < len(toks) && toks[end2].low == "of" && end2+1 < len(toks) && (toks[end2+1].low == "their" || toks[end2+1].low == "them") {
		return &q
	}
	sum := q.plus(*q2.min, *q2.max, q2.end)
	if q2.qualifier != parity.Exact {
		sum.qualifier = q2.qualifier
	}
	return sum
}

// plus returns the quantity with lo and hi more people, ending at end; q's bounds
// must be set.
func (q quantity) plus(lo, hi, end int) *quantity {
	newMin, newMax := *q.min+lo, *q.max+hi
	q.min, q.max, q.end = &newMin, &newMax, end
	return &q
}

// statedTotal returns the total a sentence gives, after a comma, of the parts
// counted from q on ("five diplomats and 20 technical staff, 25 people in all"),
// bounded as q is.
func (x *Extractor) statedTotal(toks []token, q quantity, limit int) (quantity, bool) {
	for k := q.end; k < min(limit, q.end+16); k++ {
		if toks[k].low != "," || k+1 >= len(toks) {
			continue
		}
		t, ok := x.lx.parseQuantity(toks, k+1)
		if !ok || !x.sumOfParts(toks, t) || !totalAfter(toks, t.end) || t.min == nil {
			continue
		}
		switch q.qualifier {
		case parity.AtMost:
			t.min = nil
		case parity.AtLeast:
			t.max = nil
		}
		t.qualifier = q.qualifier
		return t, true
	}
	return quantity{}, false
}

// listedTotal returns the total told after a comma of the people a measure lists
// after its trigger, no number among them: "expelling a first secretary of the
// consular section and an employee of the trade mission, two people in all".
func (x *Extractor) listedTotal(toks []token, tr trigger, limit int) *quantity {
	listed := false
	for k := tr.end; k+1 < min(limit, tr.end+25); k++ {
		switch toks[k].low {
		case "and":
			listed = true
		case ".", ";", ":":
			return nil
		case ",":
			t, ok := x.lx.parseQuantity(toks, k+1)
			if ok && listed && !t.yearLike && t.min != nil && t.max != nil && *t.min == *t.max && *t.min > 1 && t.end+1 < len(toks) && (isPeopleWord(toks[t.end].low) || toks[t.end].low == "people") && totalAfter(toks, t.end+1) {
				return &t
			}
		}
		if toks[k].num {
			return nil
		}
	}
	return nil
}

// broughtTo returns the total a sentence brings its count to after k: "bringing to
// 105 the number of Russians", "bringing the total to nine".
func (x *Extractor) broughtTo(toks []token, k int) (quantity, bool) {
	for j := k; j+3 < len(toks); j++ {
		switch toks[j].low {
		case "bringing", "brings", "taking", "takes":
		case ".", ";":
			return quantity{}, false
		default:
			continue
		}
		i := j + 1
		if toks[i].low == "the" && toks[i+1].low == "total" {
			i += 2
			if toks[i].low == "number" {
				i++
			}
		}
		if i >= len(toks) || toks[i].low != "to" {
			continue
		}
		if q, ok := x.lx.parseQuantity(toks, i+1); ok && !q.yearLike && q.frac == 0 && q.min != nil {
			return q, true
		}
	}
	return quantity{}, false
}

// groupTold reports whether text speaks of n people as one group, "the pair" or
// "the eight", "the 8": a total that holds the envoy and the others.
func groupTold(text string, n int) bool {
	low := strings.ToLower(text)
	if n == 2 && (strings.Contains(low, "the pair") || strings.Contains(low, "the two ")) {
		return true
	}
	for w, v := range smallNumbers {
		if v == n && strings.Contains(low, "the "+w+" ") {
			return true
		}
	}
	return strings.Contains(low, "the "+strconv.Itoa(n)+" ")
}

// togetherWith reports whether "together with" or "along with" stands at j.
func togetherWith(toks []token, j int) bool {
	return (toks[j].low == "together" || toks[j].low == "along") && j+1 < len(toks) && toks[j+1].low == "with"
}

// joinedTo finds where the words an "and" (or "together with") joins to one
// diplomat named by title from k begin, past the title and what qualifies it ("in
// Caracas", "of Poland's consulate").
func (x *Extractor) joinedTo(toks []token, k, limit int) (int, bool) {
	j, titled := k, false
	for ; j < min(limit, k+10) && toks[j].low != "and" && !togetherWith(toks, j); j++ {
		if o := apposition(toks, j, 1); o >= 0 {
			j = o
			continue
		}
		if toks[j].punct && toks[j].low != "'s" {
			return 0, false
		}
		titled = titled || x.lx.inClass("diplomat", toks[j].low) || strings.HasPrefix(toks[j].low, "ambassador")
	}
	if !titled || j+1 >= limit || toks[j].low != "and" && !togetherWith(toks, j) {
		return 0, false
	}
	j++
	if toks[j].low == "with" {
		// ("together with seven other Sandinista diplomats")
		j++
	}
	return j, j < limit
}

// withMission reports whether an "and" joins to the envoy named by title from k the
// mission's people, uncounted: "the Israeli ambassador and other Israeli
// diplomats", "its ambassador and his staff", "the Iranian ambassador and the rest
// of the mission", "together with all the diplomatic personnel of the embassy".
func (x *Extractor) withMission(toks []token, k, limit int) bool {
	j, ok := x.joinedTo(toks, k, limit)
	if !ok {
		return false
	}
	for i := j; i < min(limit, j+6); i++ {
		// (a count is the companions' to read: "together with two Spanish
		// diplomats" may be another state's people)
		if _, ok := x.lx.parseQuantity(toks, i); ok {
			return false
		}
		switch w := toks[i].low; {
		case w == "rest" && i+1 < limit && toks[i+1].low == "of":
			return true
		case w == "staff" || w == "personnel" || w == "team" || strings.HasSuffix(w, "s") && x.lx.inClass("diplomat", w) && w != "consul":
			return true
		case w == "all" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their" || w == "other" || w == "embassy" || w == "diplomatic" || isAdjectiveLike(w) || toks[i].text != w:
			continue
		}
		return false
	}
	return false
}

// companions counts the people an "and" joins to one diplomat named by title from k:
// "the charge d'affaires, Mohammad Basti, and his aide" (1), "the senior American
// diplomat in Caracas and two of her colleagues" (2), "the head of Poland's
// consulate general in Grodno and one of his consuls" (1); 0 when none.
func (x *Extractor) companions(toks []token, k, limit int) int {
	lx := x.lx
	j, ok := x.joinedTo(toks, k, limit)
	if !ok {
		return 0
	}
	if q, ok := lx.parseQuantity(toks, j); ok && !q.yearLike && q.frac == 0 && q.min != nil && q.max != nil && *q.min == *q.max && q.end < limit {
		switch toks[q.end].low {
		case "others":
			// "Iraq's defence attache and two others from its embassy"
			return *q.min
		case "other":
			// "and two other diplomats"
			for i := q.end + 1; i < min(limit, q.end+4); i++ {
				if w := toks[i].low; lx.inClass("diplomat", w) || colleagueWords[w] {
					return *q.min
				}
			}
		case "of":
			// "two of her colleagues", "one of his consuls"
			if q.end+2 >= limit {
				break
			}
			if w := toks[q.end+2].low; (toks[q.end+1].low == "his" || toks[q.end+1].low == "her" || toks[q.end+1].low == "their") && (lx.inClass("diplomat", w) || colleagueWords[w]) {
				return *q.min
			}
			return 0
		case "members", "member":
			// "two members of his embassy staff"
			if q.end+3 < limit && toks[q.end+1].low == "of" && (toks[q.end+2].low == "his" || toks[q.end+2].low == "her") {
				return *q.min
			}
			return 0
		}
	}
	// "his aide", "a consul based in Warsaw", "the deputy consul general"
	switch toks[j].low {
	case "his", "her", "a", "an", "the":
		for i := j + 1; i < min(limit, j+4); i++ {
			if w := toks[i].low; lx.inClass("diplomat", w) || colleagueWords[w] {
				if strings.HasSuffix(w, "s") && w != "consul" || lx.inClass("mission", w) {
					return 0
				}
				return 1
			}
			if !isAdjectiveLike(toks[i].low) {
				return 0
			}
		}
	}
	return 0
}

// colleagueWords are the people a diplomat is sent away with.
var colleagueWords = map[string]bool{"aide": true, "aides": true, "colleague": true, "colleagues": true, "deputy": true, "deputies": true, "assistant": true, "assistants": true, "wife": true, "driver": true}

// demonymList reads a list of counts each with its people's demonym that starts at
// the claim's count: "ordered out 34 French diplomats, 27 Spanish and some two dozen
// Italians" hits three states. Only counts and demonyms joined by commas and "and"
// continue it, so a count of another clause ("after Russia expelled 3 Polish
// diplomats") stays out.
func (x *Extractor) demonymList(toks []token, ments []mention, head *quantity, limit int, actor string) []listItem {
	if head == nil || head.frac > 0 {
		return nil
	}
	var items []listItem
	q := *head
	for {
		// ("34 employees of French diplomatic missions and 24 Italian diplomats":
		// or the people before the demonym of their posts)
		at := q.end
		if at+2 < limit && isPeopleWord(toks[at].low) && toks[at+1].low == "of" {
			at += 2
			if toks[at].low == "the" {
				at++
			}
		}
		var m *mention
		for i := range ments {
			if ments[i].start == at && ments[i].role == roleDemonym {
				m = &ments[i]
			}
		}
		if m == nil || m.code == actor {
			break
		}
		items = append(items, listItem{n: q, code: m.code, at: q.start})
		j := m.end
		// ("one Soviet diplomat and four Romanians")
		for j < limit && (isPeopleWord(toks[j].low) || toks[j].low == "diplomat" || toks[j].low == "official" || toks[j].low == "embassy" || toks[j].low == "," || toks[j].low == "and" || at > q.end && (toks[j].low == "diplomatic" || x.lx.inClass("mission", toks[j].low))) {
			j++
		}
		if j >= limit || j == m.end {
			break
		}
		next, ok := x.lx.parseQuantity(toks, j)
		if !ok || next.yearLike || next.frac > 0 {
			break
		}
		q = next
	}
	return items
}

func isFiller(w string) bool {
	return w == "from" || w == "of" || w == "in" || w == "diplomats" || w == "officials" || w == "each" || w == "to"
}

// itemsCover reports whether the list names the head target itself.
func itemsCover(items []listItem, code string) bool {
	for _, it := range items {
		if it.code == code {
			return true
		}
	}
	return false
}

// jointActors extends the actor to the names conjoined before it: "Germany, France and
// Italy expelled" gives the three.
func (x *Extractor) jointActors(toks []token, ments []mention, tr trigger, actor string) []string {
	idx := -1
	for i := len(ments) - 1; i >= 0; i-- {
		if ments[i].start < tr.start && ments[i].code == actor && ments[i].subject {
			idx = i
			break
		}
	}
	// "The Dutch, Italian and Polish diplomats drove out": the owners listed before
	// the people who act
	for i, m := range ments {
		// (inside the trigger's words too: "diplomats of Sweden and Norway were
		// evacuated")
		if m.start >= tr.end || m.code != actor || m.role != roleDemonym && !m.possessive && m.prep != "of" {
			continue
		}
		last := x.lx.lastOwnerListed(toks, ments, i, tr.end)
		if l := ments[last]; (l.modifies != "" && l.modifies != "government" || peopleOfBefore(toks, m)) && last > i {
			return x.lx.listedOwners(toks, ments, last)
		}
	}
	if idx < 0 {
		return []string{actor}
	}
	return append(conjoined(toks, ments, idx), companyAfter(toks, ments, tr)...)
}

// bodyOfPeople returns the body whose members the people of the demonym target are
// ("the six American members of the UN Special Commission teams"), or "".
func (x *Extractor) bodyOfPeople(toks []token, ments []mention, target string) string {
	for _, m := range ments {
		if m.code != target || m.role != roleDemonym || m.modifies != "diplomat" {
			continue
		}
		for j := m.end; j+1 < min(len(toks), m.end+4); j++ {
			if toks[j].low != "members" && toks[j].low != "staff" && toks[j].low != "employees" && toks[j].low != "officials" {
				continue
			}
			if toks[j+1].low != "of" {
				break
			}
			for _, o := range ments {
				if x.lx.orgs[o.code] && (o.start == j+2 || o.start == j+3 && toks[j+2].low == "the") {
					return o.code
				}
			}
			break
		}
	}
	return ""
}

// companyAfter returns the states that act in company with the subject, named after
// the trigger: "Bahrain called its ambassador home, together with Saudi Arabia and
// Kuwait".
func companyAfter(toks []token, ments []mention, tr trigger) []string {
	var out []string
	for i, m := range ments {
		j := beforeThe(toks, m.start)
		if m.start < tr.end || j < 1 || j-1 > tr.end+8 || !togetherWith(toks, j-1) || m.role == roleCity || m.role == roleDemonym || m.modifies != "" {
			continue
		}
		// (not "cuts relations with Britain, along with the United States": the
		// object's list goes on)
		if slices.ContainsFunc(ments[:i], func(o mention) bool { return o.end == j-1 || o.end == j-2 && toks[j-2].low == "," }) {
			break
		}
		out = append(out, m.code)
		for k := i + 1; k < len(ments) && listGap(toks, ments[k-1], ments[k]) && ments[k].role != roleCity && ments[k].role != roleDemonym; k++ {
			out = append(out, ments[k].code)
		}
		break
	}
	return out
}

// conjoined returns the codes of mention idx and of the names listed before it:
// "Germany, France and Italy", "Saudi Arabia, the UAE and Bahrain".
func conjoined(toks []token, ments []mention, idx int) []string {
	// (not "In a statement that covered Lebanon, Israel recalled ...": a name that
	// ends a relative clause is no item of the list)
	return listedUpTo(ments, idx, func(a, b mention) bool {
		return (listedBefore(toks, a, b) || governmentsOf(toks, a) && listGap(toks, a, b)) && !inRelative(toks, a.start, b.start)
	})
}

// governmentsOf reports whether mention m opens a list of states after "the
// governments of", "the foreign ministers of" and the like: the states the list
// names act, even the first one, told after "of".
func governmentsOf(toks []token, m mention) bool {
	j := beforeThe(toks, m.start)
	return m.prep == "of" && j > 0 && toks[j].low == "of" && actingBodies[toks[j-1].low]
}

// actingBodies are the plural nouns whose "of" names the states that act through
// them.
var actingBodies = map[string]bool{"governments": true, "ministers": true, "leaders": true, "presidents": true, "cabinets": true}

// listedOwners returns the owners listed up to a post's last named owner: "the
// Dutch, Italian and Polish embassies", "staff from the French and Italian
// embassies", "diplomats from Britain, France and Germany".
func (lx *Lexicon) listedOwners(toks []token, ments []mention, idx int) []string {
	return listedUpTo(ments, idx, func(a, b mention) bool { return lx.ownersListed(toks, a, b) })
}

// lastOwnerListed returns the index of the last owner listed from mention i on,
// ending by token end ("the French and Italian embassies": Italian's), or i.
func (lx *Lexicon) lastOwnerListed(toks []token, ments []mention, i, end int) int {
	for i+1 < len(ments) && lx.ownersListed(toks, ments[i], ments[i+1]) && ments[i+1].end <= end {
		i++
	}
	return i
}

// listedUpTo returns the codes of mention idx and of the mentions before it that each
// joins to the next.
func listedUpTo(ments []mention, idx int, joined func(a, b mention) bool) []string {
	out := []string{ments[idx].code}
	// (a list names each state once: "the ousted president, Mohamed Morsi, Turkey
	// and Egypt" lists two states, the man before them is no item)
	for i := idx - 1; i >= 0 && joined(ments[i], ments[i+1]) && !slices.Contains(out, ments[i].code); i-- {
		out = append([]string{ments[i].code}, out...)
	}
	return out
}

// ownersListed reports whether two names are listed one after the other in the same
// form, so that they can share a post's noun: both demonyms ("the French and Italian
// embassies"), both possessives, or both plain names of states ("diplomats from
// Britain, France and Germany").
func (lx *Lexicon) ownersListed(toks []token, a, b mention) bool {
	plain := func(m mention) bool { return !m.possessive && m.role != roleDemonym && !m.isTown() }
	same := a.role == roleDemonym && b.role == roleDemonym || a.possessive && b.possessive || plain(a) && plain(b)
	// "the German embassy, the French cooperation office and the Swiss mission":
	// posts listed each with its own noun
	if a.role == roleDemonym && b.role == roleDemonym && (a.modifies == "mission" || a.modifies == "") {
		k := a.end
		for k < b.start && k < a.end+3 && !toks[k].punct && toks[k].low != "and" && toks[k].low != "the" {
			k++
		}
		if k > a.end && k < b.start && lx.inClass("mission", toks[k-1].low) && listGap(toks, mention{end: k}, b) {
			return true
		}
	}
	return same && listGap(toks, a, b)
}

// hasVerb reports whether mention m is followed by a verb of its own: a clause in
// which m is the subject ("Bolivia broke off relations", "Turkey did the same").
func hasVerb(toks []token, m mention) bool {
	if m.end >= len(toks) {
		return false
	}
	w := toks[m.end].low
	return strings.HasSuffix(w, "ed") || pastVerbs[w] || w == "has" || w == "had" || w == "was" || w == "is"
}

// causeOpeners open a clause of cause or time that is never a measure's own object
// (unlike "as", which "as many as half of the staff" uses too).
var causeOpeners = map[string]bool{"after": true, "when": true, "because": true, "since": true, "before": true, "while": true, "following": true, "until": true}

// subordinators open a clause that sets the scene for the main one ("after Mexico
// gave asylum ..., the minister declared ...").
var subordinators = map[string]bool{"after": true, "when": true, "because": true, "as": true, "since": true, "before": true, "while": true, "although": true, "though": true, "once": true, "until": true, "following": true}

// subordinate reports whether the mention that ends at mEnd (in a list that starts
// at start) is the subject of a clause that only sets the scene for the trigger at
// end: "after Mexico gave asylum to ..., the minister declared the ambassador persona
// non grata" (a comma closes the clause first).
func subordinate(toks []token, start, mEnd, end int) bool {
	opens := false
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if subordinators[toks[k].low] {
			opens = true
		}
	}
	if !opens {
		return false
	}
	for k := mEnd; k < end; k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

// councilMeets reports whether the ministers or leaders who meet are a body of many
// states the sentence does not name one by one: "Foreign ministers meeting in
// Brussels", "the European Community's foreign ministers", "EU leaders met".
func (x *Extractor) councilMeets(toks []token, ments []mention, tr trigger) bool {
	at := -1
	for j := tr.start - 1; j >= max(0, tr.start-4); j-- {
		if w := toks[j].low; w == "ministers" || w == "leaders" {
			at = j
			break
		}
	}
	// ("At Thursday's meeting in Brussels the foreign ministers agreed")
	for j := tr.end; at < 0 && j < min(len(toks), tr.end+6); j++ {
		if w := toks[j].low; w == "ministers" || w == "leaders" {
			at = j
		}
	}
	if at < 0 {
		return false
	}
	// ("the three foreign ministers meet in Sydney": a counted few the story named)
	for j := at - 1; j >= max(0, at-3); j-- {
		if isWordNumber(x.lx, toks[j].low) || toks[j].num {
			return false
		}
	}
	for _, m := range ments {
		// ("the foreign ministers of Armenia and Hungary met": named states hold talks)
		if m.code != "" && !x.lx.orgs[m.code] && m.start < max(at, tr.start) && m.prep != "in" && m.prep != "at" && m.role != roleCity {
			return false
		}
	}
	return true
}

// unnamedGroupActs reports whether the trigger's subject, just before it, is a group
// of states the text leaves unnamed: "other Arab governments", "several
// countries", "many capitals".
func unnamedGroupActs(lx *Lexicon, toks []token, k int) bool {
	for j := k - 1; j >= max(1, k-4); j-- {
		switch toks[j].low {
		case "governments", "countries", "states", "nations", "capitals":
			// (not "told Peru and six other governments to withdraw their
			// representatives": those told do not act)
			if j+1 < len(toks) && toks[j+1].low == "to" && slices.ContainsFunc(toks[max(0, j-8):j], func(t token) bool { return t.low == "told" || t.low == "ordered" || t.low == "instructed" }) {
				return false
			}
			// ("governments across Europe were sending Russian diplomats home",
			// "European governments have been announcing expulsions")
			// (not "a string of Latin American and European capitals had called their
			// ambassadors home", named one by one after)
			if w := toks[j+1].low; w == "across" || w == "around" || w == "throughout" || regionWords[toks[j-1].low] && (j < 2 || toks[j-2].low != "and" && toks[j-2].low != ",") {
				return true
			}
			for i := j - 1; i >= max(0, j-3); i-- {
				switch toks[i].low {
				case "other", "several", "many", "some", "most", "following":
					return true
				}
				if i == j-1 && countedSubject(lx, toks, i) {
					return true
				}
				if toks[i].punct {
					return false
				}
			}
			return false
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// countedSubject reports whether token i counts the states that open a clause as its
// subject: "About 20 countries have now ordered out more than 120 Russian
// diplomats" (not "ordered seven Latin American countries to withdraw", who are
// told, nor "the two states").
func countedSubject(lx *Lexicon, toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+2].low == "to" {
		return false
	}
	if _, word := lx.wordValue(toks[i].low); !toks[i].num && (!word || toks[i].low == "a" || toks[i].low == "an") {
		return false
	}
	return i == 0 || !orderVerbs[toks[i-1].low] && !prepositions[toks[i-1].low] && toks[i-1].low != "the"
}

// regionWords name a region whose states act together unnamed: "European
// governments".
var regionWords = map[string]bool{"european": true, "western": true, "arab": true, "african": true, "asian": true, "latin": true, "nordic": true, "baltic": true}

// relativeOpen reports whether a relative clause ("which", "who", after a comma)
// opens shortly before the trigger at k.
func relativeOpen(toks []token, k int) bool {
	for j := k - 1; j >= max(1, k-4); j-- {
		w := toks[j].low
		if (w == "which" || w == "who") && toks[j-1].low == "," {
			return true
		}
		if w == "," {
			return false
		}
	}
	return false
}

// inRelative reports whether the name at k stands inside a relative clause that closes
// with a comma before the trigger: "Bahrain, which has long accused Tehran of
// meddling, cut ties".
func inRelative(toks []token, k, trigger int) bool {
	for j := k - 1; j >= max(0, k-10); j-- {
		w := toks[j].low
		if w == "," || w == ";" || w == ":" {
			break
		}
		if w == "which" || w == "who" || w == "whose" || w == "that" && nounBefore(toks, j) {
			return commaBetween(toks, k, trigger)
		}
	}
	return false
}

// nounBefore reports whether the "that" at j follows a noun a determiner opens ("the
// same statement that covered Ireland"), so that it opens a relative clause, not
// what someone said.
func nounBefore(toks []token, j int) bool {
	if j < 2 || reported(toks, j+1) || thatWords[toks[j-1].low] || toks[j-1].punct {
		return false
	}
	for i := j - 2; i >= max(0, j-4); i-- {
		switch toks[i].low {
		case "the", "a", "an", "this", "that":
			return true
		}
		if toks[i].punct {
			return false
		}
	}
	return false
}

// stateGroup is a number of states named only as a group: "seven Latin American
// countries", "the 27 member states".
type stateGroup struct {
	start, end int
	n          int
	ordered    bool // the object of an order: "told seven countries to withdraw"
}

// countedKind reports whether a measure of the kind counts people.
func countedKind(kind string) bool {
	switch kind {
	case "expel", "withdraw_staff", "staff_cap", "staff_level", "deny_accreditation", "local_staff_ban", "readmit":
		return true
	}
	return false
}

// envoysCounted returns the number of envoys a recall counts right after its
// trigger ("recalled 12 ambassadors", "recalled some 30 of the country's
// ambassadors"), -1 for a hedged number, 0 when it counts none.
func (x *Extractor) envoysCounted(toks []token, tr trigger, limit int) int {
	for k := tr.end; k < min(limit, tr.end+3); k++ {
		q, ok := countedEnvoysAt(x.lx, toks, k)
		if !ok {
			continue
		}
		if q.min == nil || q.max == nil || *q.min != *q.max || q.qualifier != parity.Exact {
			return -1
		}
		if *q.min > 1 && *q.min < 60 {
			return *q.min
		}
		return 0
	}
	return 0
}

// postsCounted returns the number of a state's own posts the trigger acts on, as in
// "close nine of its embassies" or "closed three embassies", or 0.
func (x *Extractor) postsCounted(toks []token, tr trigger, limit int) int {
	for k := tr.end; k < min(limit, tr.end+3); k++ {
		q, ok := x.lx.parseQuantity(toks, k)
		if !ok || q.yearLike || q.frac > 0 || q.min == nil || q.max == nil || *q.min != *q.max || q.qualifier != parity.Exact {
			continue
		}
		if *q.min < 2 || *q.min >= 60 {
			return 0
		}
		j := q.end
		if j+1 < limit && toks[j].low == "of" && (toks[j+1].low == "its" || toks[j+1].low == "their") {
			j += 2
		}
		for ; j < limit && isAdjectiveLike(toks[j].low) && !x.lx.inClass("mission", toks[j].low); j++ {
		}
		if j < limit && strings.HasSuffix(toks[j].low, "s") && x.lx.inClass("mission", toks[j].low) {
			return *q.min
		}
		return 0
	}
	return 0
}

// groupNouns name states as a group.
var groupNouns = map[string]bool{"countries": true, "governments": true, "states": true, "nations": true, "capitals": true, "neighbours": true, "neighbors": true}

// groupOf finds the first group of states a sentence names with a number, or
// announces as a list to follow ("from the following EU members:"), which has
// any size (n < 0).
func groupOf(lx *Lexicon, toks []token) stateGroup {
	// "its envoys have been called home from, among others:", "withdrew its
	// ambassadors from:": a list of the states comes next
	if n := len(toks); n > 2 && toks[n-1].low == ":" {
		switch w := toks[n-2].low; {
		case w == "others" && toks[n-3].low == "among", w == "from":
			return stateGroup{start: n - 2, end: n, n: -1}
		}
	}
	for k, t := range toks {
		if !groupNouns[t.low] && t.low != "members" {
			continue
		}
		for j := k - 1; j >= max(0, k-3); j-- {
			if toks[j].low == "following" && j > 0 && toks[j-1].low == "the" {
				return stateGroup{start: j - 1, end: k + 1, n: -1}
			}
			if !toks[j].upper && !isAdjectiveLike(toks[j].low) {
				break
			}
		}
		if !groupNouns[t.low] {
			continue
		}
		for j := k - 1; j >= max(0, k-5); j-- {
			q, ok := lx.parseQuantity(toks, j)
			if ok && q.end <= k && q.min != nil && q.max != nil && *q.min == *q.max && *q.min > 1 && *q.min < 60 {
				g := stateGroup{start: j, end: k + 1, n: *q.min}
				g.ordered = j > 0 && orderVerbs[toks[j-1].low] && k+1 < len(toks) && toks[k+1].low == "to"
				return g
			}
			if toks[j].punct || !(toks[j].upper || isAdjectiveLike(toks[j].low)) && q.end == 0 {
				break
			}
		}
	}
	return stateGroup{}
}

// pronounSubject reports whether "it" or "they" stands as a subject shortly before
// the trigger, in its clause.
func pronounSubject(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch toks[j].low {
		case "it", "they":
			// "the ministry said it was revoking": "it" is the speaker, not the
			// last state named
			if j > 0 {
				switch toks[j-1].low {
				case "said", "says", "announced", "stated", "added", "declared", "that":
					return false
				}
			}
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// itActs reports whether "it" opens the trigger's clause as its subject, at most
// one word before it: "On March 14 it brought the staff home", "and it also
// recalled". A state so told acts in its own sentence, though named in another;
// not "the people it covers must go" or "would lead it to cut", where "it" is no
// clause's opening subject.
func itActs(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-2); j-- {
		if toks[j].low != "it" {
			continue
		}
		if j == 0 {
			return true
		}
		p := toks[j-1]
		return p.punct || p.num || p.upper || p.low == "and" || p.low == "then" || p.low == "but"
	}
	return false
}

// relativeAside reports whether date d stands in a relative clause set off by
// commas before k: ", which enter the Community in January,".
func relativeAside(toks []token, d datePhrase, k int) bool {
	open := false
	for j := d.start - 1; j >= 1; j-- {
		if toks[j].low == "," || toks[j].low == ";" {
			return false
		}
		if (toks[j].low == "which" || toks[j].low == "who") && toks[j-1].low == "," {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := d.end; j < k; j++ {
		if toks[j].low == "," {
			return true
		}
	}
	return false
}

// namedBefore reports whether the sentence names a state before k.
func namedBefore(ments []mention, k int) bool {
	for _, m := range ments {
		if m.start < k && m.code != "" {
			return true
		}
	}
	return false
}

// toldOne reports whether the person a trigger acts on is a pronoun for one person:
// the word after its verb, inside a pattern ("told him to leave") or after a verb
// of one word ("expelled her"), or the subject of a declaration ("she was declared
// persona non grata").
func toldOne(toks []token, tr trigger) bool {
	// "told the United Nations' most senior official in the country to leave"
	if singleTold(toks, tr) {
		return true
	}
	// "he had been declared persona non grata"
	if j := pronounBefore(toks, tr.start); j >= 0 && toks[j].low != "they" && tr.rule.says("persona") {
		return true
	}
	for _, k := range []int{tr.start + 1, tr.end} {
		if k < len(toks) && (toks[k].low == "him" || toks[k].low == "her") {
			return true
		}
	}
	return false
}

// announcementNouns name a statement that may carry several acts.
var announcementNouns = map[string]bool{"announcement": true, "statement": true, "decree": true, "decision": true, "speech": true, "note": true, "communique": true, "address": true, "letter": true, "resolution": true, "move": true}

// sameAnnouncement reports whether the words before k tie the act to the one told
// last: "in the same announcement", "by the same decree".
func sameAnnouncement(toks []token, k int) bool {
	for j := max(0, k-16); j+1 < k; j++ {
		if toks[j].low == "same" && announcementNouns[toks[j+1].low] {
			return true
		}
	}
	return false
}

// relativeOnWhole reports whether a relative pronoun opens a clause between a
// whole counted at from and its trigger at to, within a few words.
func relativeOnWhole(toks []token, from, to int) bool {
	if to <= from || to-from > 6 {
		return false
	}
	for k := from; k < to; k++ {
		if w := toks[k].low; w == "whom" || w == "who" || w == "that" || w == "which" {
			return true
		}
	}
	return false
}

// onePerson are nouns for one person an order to leave may name.
var onePerson = map[string]bool{"official": true, "diplomat": true, "envoy": true, "attache": true, "consul": true, "representative": true, "officer": true, "coordinator": true, "counsellor": true, "counselor": true, "secretary": true, "spokesman": true, "spokeswoman": true}

// singleTold reports whether an order to leave names one person between its verb
// and "to": "told the bureau's chief official to leave", with no group beside him.
func singleTold(toks []token, tr trigger) bool {
	switch toks[tr.start].low {
	case "told", "tells", "telling", "tell", "ordered", "orders", "ordering", "order", "asked", "asks", "asking":
	default:
		return false
	}
	if tr.start+1 >= len(toks) || toks[tr.start+1].low != "the" {
		return false
	}
	one := false
	for k := tr.start + 2; k < tr.end && toks[k].low != "to"; k++ {
		w := toks[k].low
		if w == "and" || w == "or" || toks[k].num || staffNouns[w] {
			return false
		}
		one = one || onePerson[w]
	}
	return one
}

// dashWord reports whether w is a dash that sets a figure apart from its gloss.
func dashWord(w string) bool { return w == "-" || w == "–" || w == "—" }

// timeWords tell when, between a relative pronoun and its verb: "which five days
// earlier had expelled", "which only last week had cut".
var timeWords = map[string]bool{"earlier": true, "later": true, "ago": true, "before": true, "previously": true, "already": true, "day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "last": true, "only": true, "just": true, "also": true, "a": true}

// givenTime reports whether a span of time given to act stands before k: "had 15
// days to", "was given a week to".
func (x *Extractor) givenTime(toks []token, k int) bool {
	if k < 3 || toks[k-1].low != "to" {
		return false
	}
	j := k - 2
	switch toks[j].low {
	case "hours", "days", "weeks", "months", "week", "month":
	default:
		return false
	}
	j--
	if j >= 0 && (toks[j].num || toks[j].low == "a" || isWordNumber(x.lx, toks[j].low)) {
		j--
	}
	return j >= 0 && (toks[j].low == "had" || toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "given" || toks[j].low == "gets" || toks[j].low == "got")
}

// isArticle reports whether w is an article or a possessive standing before an
// attribute: "a shuttered building", "its shuttered embassy".
func isArticle(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their":
		return true
	}
	return false
}

// notParty reports whether m names a mediator or the organisation the parties'
// envoys are posted to ("ambassadors to the United Nations").
func (x *Extractor) notParty(toks []token, m mention) bool {
	if len(m.code) != 3 && m.prep == "to" && m.start >= 2 {
		j := m.start - 1
		if toks[j].low == "the" {
			j--
		}
		if j >= 1 && toks[j].low == "to" && x.lx.inClass("ambassador", toks[j-1].low) {
			return true
		}
	}
	return mediator(toks, m)
}

// mediator reports whether m names a state that brings others to talks: "under
// Saudi mediation", "Qatari mediators", "mediated by Egypt", "brokered by Qatar", or
// a body whose meeting does: "the ASEAN gatherings".
func mediator(toks []token, m mention) bool {
	if m.end < len(toks) {
		switch toks[m.end].low {
		case "mediation", "mediators", "mediator", "auspices", "facilitation":
			return true
		// ("on the sidelines of the ASEAN gatherings", "at the NATO summit": the
		// body whose meeting brings them together)
		case "summit", "summits", "gathering", "gatherings", "meeting", "meetings", "conference", "forum":
			return len(m.code) != 3
		}
	}
	if m.start >= 2 && toks[m.start-1].low == "by" {
		switch toks[m.start-2].low {
		case "mediated", "brokered", "facilitated", "hosted":
			return true
		}
	}
	return false
}

// closesOther reports whether the words at k, right after a verb of closing, are an
// object that is no mission: "closing a gap", "closed the chapter".
func (x *Extractor) closesOther(toks []token, ments []mention, k int) bool {
	if k+1 >= len(toks) || toks[k].low != "a" && toks[k].low != "the" {
		return false
	}
	w := toks[k+1]
	if w.punct || w.num || w.upper || isAdjectiveLike(w.low) || x.lx.inClass("mission", w.low) || x.lx.inClass("diplomat", w.low) || slices.ContainsFunc(ments, func(m mention) bool { return m.start == k+1 }) {
		return false
	}
	return k+2 >= len(toks) || !x.lx.inClass("mission", toks[k+2].low)
}

// handedTo returns the state a post is handed to ("to the Indian government"), if
// the words after the handover's "to the" name one.
func handedTo(ments []mention, tr trigger) string {
	to := tr.end - 2 // the pattern ends "to the"
	got := ""
	for _, m := range ments {
		if m.start >= to && m.start <= tr.end+1 {
			got = m.code
		}
	}
	return got
}

// handedFrom returns the owner of a post a host hands to someone else ("handing the
// Syrian embassy building in Doha to the opposition"): the state named with the post
// before "to", else the story's other side, never the one the post goes to.
func handedFrom(st *docState, ments []mention, tr trigger, actor, target string) string {
	for _, m := range ments {
		if m.start > tr.start && m.end <= tr.end-2 && m.code != actor && (m.role == roleDemonym || m.possessive) {
			return m.code
		}
	}
	got := handedTo(ments, tr)
	if target != got {
		return target
	}
	return st.partnerBesides(actor, map[string]bool{got: true})
}

// givenUp reports whether a handover is a post giving itself up rather than a
// seizure: handed to the state read as acting ("handed the mission over to the
// Indian government"), or told by the post itself ("The embassy said it had handed
// the mission over").
func (x *Extractor) givenUp(st *docState, ments []mention, tr trigger, actor string) bool {
	if got := handedTo(ments, tr); got != "" && got == actor {
		return true
	}
	for j := 0; j < min(4, tr.start); j++ {
		if x.lx.inClass("mission", st.toks[j].low) && j+1 < len(st.toks) && (st.toks[j+1].low == "said" || st.toks[j+1].low == "says" || st.toks[j+1].low == "announced") {
			return true
		}
	}
	return false
}

// ceilingVerb reports whether a verb right before a bounded count makes the bound a
// ceiling: "keep no more than three", "allowed no more than 20".
func ceilingVerb(w string) bool {
	return w == "keep" || w == "keeps" || w == "keeping" || strings.HasPrefix(w, "allow") || strings.HasPrefix(w, "permit")
}

// stepAgreed reports whether "agreed" at k goes on to a step of restoring ties:
// "agreed to restore", "agreed to re-establish", "agreed to resume" (not "any
// agreement to restore", a prospect).
func stepAgreed(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].low != "agreed" || toks[k+1].low != "to" {
		return false
	}
	w := toks[k+2].low
	return strings.HasPrefix(w, "restor") || strings.HasPrefix(w, "re-establish") || strings.HasPrefix(w, "reestablish") || strings.HasPrefix(w, "resum") || strings.HasPrefix(w, "normali") || strings.HasPrefix(w, "reopen") || strings.HasPrefix(w, "exchang") || strings.HasPrefix(w, "establish") || strings.HasPrefix(w, "upgrad")
}
