package claims

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"parity"
)

// Input is one cleaned document to extract claims from.
type Input struct {
	Name       string    // file name or URL: the claim's document field
	DocumentID string    // content hash of the stored document, if stored
	Body       string    // cleaned body
	Published  time.Time // publication day; zero when unknown
	Cluster    string    // story cluster
}

// Extractor turns documents into claims. It is safe for concurrent use.
type Extractor struct {
	lx *Lexicon
}

// NewExtractor returns an extractor over the lexicon.
func NewExtractor(lx *Lexicon) *Extractor { return &Extractor{lx: lx} }

// trigger is a rule matched in a sentence.
type trigger struct {
	rule       *rule
	start, end int // token range of the matched words
	// next is a later trigger of the same kind in the clause, told as one with
	// this one; it stands in when this one is only a topic or is denied
	next *trigger
}

// docState is what extraction remembers across the sentences of one document.
type docState struct {
	in           Input
	lastDate     parity.Date // the last date the story named, for "days earlier"
	lastDatePara int         // the paragraph that named it
	paraDate     parity.Date // the last date named in the current paragraph
	para         int
	paraYear     int // the past year the paragraph speaks of ("On January 2, 2016, ..."), or 0
	// paraPresent is whether the paragraph turned to the present before it named
	// a date ("The thaw follows Saudi Arabia's own deal with Iran. In March, ...")
	paraPresent bool
	// news is the date the story gives the news (see newsDate), read
	// only when a claim has no date of its own
	news       parity.Date
	newsRead   bool
	sents      []span
	scratch    []token
	bullet     bool   // the sentence is an item of a list
	lastCount  *Count // the last count stated, for "the same number"
	firstActor string // the first state that acts in the story: who "the kingdom" is
	lastKind   string // the kind of the last measure, for lists that go on without a verb
	// lastCounted is the kind of the last measure told with a number of people, for
	// counted items ("- France, Germany and Poland: four each") after an uncounted one
	lastCounted string
	actDate     parity.Date // the date of the last measure, for "in the same announcement"
	lastActor   string
	lastTgt     string
	// lastSubject is the last state a sentence had as its subject, whatever it did:
	// whom "it" stands for
	lastSubject string
	// sharedAs is which state each shared bare name ("Congo") names in this story,
	// decided at its first mention
	sharedAs map[*shared]string
	toks     []token
	ments    []mention
	// told is the states the last sentence with a measure against (or by) several
	// of them named, and toldBy the one party they share ("Egypt broke off relations
	// with Syria, Libya, Algeria and South Yemen"): whom "all four countries" in
	// the sentences after it stands for; toldAsActors tells that they acted
	told         []string
	toldBy       string
	toldAsActors bool
	toldPara     int
	// group is the number of states a sentence names only as a group ("ordered
	// seven Latin American countries to withdraw"), -1 for a list of any size
	// ("from the following EU members:"), 0 when none; pending are the
	// claims that wait for the list that names them
	group int
	// groupActs is whether the group acts ("three Arab states had broken relations
	// with Bonn:"): its list names the actors, not the targets
	groupActs bool
	// groupPosts is whether the group is of the actor's own posts ("close nine of
	// its embassies"), listed by their towns
	groupPosts bool
	pending    []pendingGroup
	// envoys are the surnames of the envoys the story has named with their title
	// ("its ambassador, Luc Hallade"), so that "France recalled Hallade" reads as a
	// recall of the ambassador
	envoys []envoy
	// curEnvoy is the surname of the last envoy the sentence names ("-" for one
	// named by title alone), prevEnvoy the one the sentence before named: whom
	// "France recalled him" recalls
	curEnvoy, prevEnvoy string
	envoyPara           int
	// sentActor and sentTarget are the parties of the sentence's last measure so
	// far and sentEnd the end of its trigger: verbs that share a subject, "broke them"
	sentActor, sentTarget string
	sentEnd               int
	// sentExpel is whether the sentence's last measure so far is an expulsion
	sentExpel bool
	// head is the state a bulleted paragraph opens with on its own ("- Mauritania.
	// The Arab League member cut relations ..."), the subject of what follows in it;
	// headPara is that paragraph
	head     string
	headPara int
	// headAlone tells whether the head is a heading on a paragraph of its own
	// ("JAPAN"), which heads the paragraph after it
	headAlone bool
	// heads are the states a heading lists ("FRANCE, ITALY, SPAIN"), who act
	// together in the paragraph under it when its subject is "all three"
	heads []string
	// theirPeople tells whether the last measure hit "their diplomats", people of
	// states a list then names
	theirPeople bool
	// listDate is the last date told outside a list: the date of the list's items;
	// inList tells whether the current paragraph is an item of a list
	listDate parity.Date
	inList   bool
	// owners counts how often the story has named each state as the owner of
	// diplomats or missions ("Israel's diplomatic representatives", "the Israeli
	// missions"): whose "its embassies" a story of people brought home speaks of
	owners map[string]int
	// parties counts how often each state is a party to the story's claims so far
	parties map[string]int
	// named counts the states the story's read sentences name (cities aside), in
	// the order first named: the other party of talks told only by their venue
	named []namedState
	// postSender and postHost are the sender and host of the last mission the story's
	// claims were about: whose "the embassy" is and where, in a later head-count
	postSender, postHost string
	// levels are the head-counts told so far, so that a count told again ("with
	// only twelve diplomats left") is known as the same mission's
	levels []levelTold
	// surnames are the last names of the office holders the story named in full
	surnames map[string]entry
	// leftHost is the host the story's last withdrawal named as the land people
	// left ("out of Libya", "the embassy in Juba"): in a round-up of who left, the
	// host of those whose sentences do not name it
	leftHost string
	// lastPassing tells that lastDate was told in passing ("the events of January
	// 13, 1991"): the story's clock may count from it, but its yearless days are not
	// moved into its year
	lastPassing bool
	// counted holds the numbers one trigger's measure counted, kept for the
	// sentence only if the measure is claimed (reused to spare allocations)
	counted map[int]bool
	// whole is the count of a whole staff whose part a measure counted ("22 of its
	// 41 staff"), or nil
	whole *Count
	// duo is the last pair of states a sentence of paragraph duoPara named joined
	// as its subject (see noteDuo)
	duo     [2]string
	duoPara int
	// hostless holds the states whose own people the story's claims called home
	// from a host no sentence named so far: in a round-up of capitals that each
	// recalled their envoy, one of them is not where the others' envoys left
	hostless map[string]bool
	// dateline is the state of the story's dateline, "" if it has none
	dateline string
	// headYear is the year a heading in capitals gave ("BRITAIN, 2009"), 0 if none
	headYear int
	// dayHead is the day a live blog's heading names ("TUESDAY"), zero outside one
	dayHead time.Time
	// headDate is the date a heading line that is only a date gave ("MARCH 14"):
	// the date of the paragraphs under it that tell none of their own
	headDate parity.Date
	// newsDated holds the trigger offsets of the acts only the story's news day
	// dates (see echoes)
	newsDated []int
}

// hub returns the state the story's claims turn on: a party to at least three of
// them and to more than any other, other than the given state; else "".
func (st *docState) hub(not string) string { return leading(st.parties, not, 3) }

// leading returns the state with the highest count, other than not, when the count
// is at least least and above every other state's; else "".
func leading(counts map[string]int, not string, least int) string {
	best, n, second := "", 0, 0
	for code, k := range counts {
		if code == not {
			continue
		}
		switch {
		case k > n:
			best, second, n = code, n, k
		case k > second:
			second = k
		}
	}
	if n < least || n <= second {
		return ""
	}
	return best
}

// noteDuo remembers two states a sentence names joined as its subject ("Saudi
// Arabia and Iran have ambassadors in each other's capitals", or a question's answer
// "Saudi Arabia and Iran."): the pair "the two rivals" of the paragraph's next
// sentences.
func (st *docState) noteDuo(toks []token, ments []mention, para int) {
	if st.duoPara != para {
		st.duo = [2]string{}
	}
	for i := 0; i+1 < len(ments); i++ {
		a, b := ments[i], ments[i+1]
		if a.prep != "" || !a.subject || a.role == roleCity || b.role == roleCity || a.code == b.code || !listGap(toks, a, b) || toks[a.end].low != "and" {
			continue
		}
		if i+2 < len(ments) && listGap(toks, b, ments[i+2]) {
			continue
		}
		st.duo, st.duoPara = [2]string{a.code, b.code}, para
		return
	}
}

// duoIn reports whether paragraph para named a pair of states joined (see noteDuo).
func (st *docState) duoIn(para int) bool { return st.duoPara == para && st.duo[0] != "" }

// namedState is a state the story names and how often.
type namedState struct {
	code string
	n    int
}

// noteNamed counts the states a sentence names.
func (st *docState) noteNamed(ments []mention) {
	for _, m := range ments {
		if m.role == roleCity || m.role == roleOfficial {
			continue
		}
		i := slices.IndexFunc(st.named, func(s namedState) bool { return s.code == m.code })
		if i < 0 {
			st.named = append(st.named, namedState{code: m.code})
			i = len(st.named) - 1
		}
		st.named[i].n++
	}
}

// pair returns the two states the story is about: the sender and host of its
// mission, else the parties of its last measure, else the two it names most.
func (st *docState) pair() (string, string) {
	switch {
	case st.postSender != "" && st.postHost != "":
		return st.postSender, st.postHost
	case st.lastActor != "" && st.lastTgt != "" && st.lastActor != st.lastTgt:
		return st.lastActor, st.lastTgt
	}
	a := st.partner("")
	if a == "" {
		return "", ""
	}
	if b := st.partner(a); b != "" {
		return a, b
	}
	return "", ""
}

// partner is the state the story names most, other than the given one; the first
// named wins a tie.
func (st *docState) partner(not string) string { return st.partnerBesides(not, nil) }

// partnerBesides is partner passing over the states in skip as well.
func (st *docState) partnerBesides(not string, skip map[string]bool) string {
	best, n := "", 0
	for _, s := range st.named {
		if s.code != not && !skip[s.code] && s.n > n {
			best, n = s.code, s.n
		}
	}
	return best
}

// envoy is an envoy the story names: surname, the state they serve and the state
// they are posted to, when the text says ("France's ambassador to Niger, Sylvain
// Itte").
type envoy struct {
	name, state, host string
	// rank is "diplomat" for a diplomat below an envoy ("Valeriy Ivanov, first
	// secretary at the Soviet embassy"), "" for an envoy
	rank string
	// first marks a name remembered by its first word ("Kwon" of "Kwon Chul-hyun"),
	// which stands for the envoy only when no other name follows it ("Ricardo
	// Patino" is not "Ricardo Lozano")
	first bool
	// last is the rest of a name remembered by its first word
	last string
}

// pendingGroup is a claim against a group of states named later in a list.
type pendingGroup struct {
	claim, n int  // index of the claim in the document's claims; size of the group
	actors   bool // the group acts
	posts    bool // the group is of the actor's own posts, each in its land
}

// Extract returns the claims of one document, in text order.
func (x *Extractor) Extract(in Input) []Claim {
	st := &docState{in: in, para: -1}
	ss := sentences(in.Body)
	st.sents = ss
	var out []Claim
	for _, s := range ss {
		if s.para != st.para {
			st.para, st.paraDate, st.paraYear, st.paraPresent = s.para, st.headDate, 0, false
			// an item of a list is dated by the heading above it ("Announced on Tuesday:"),
			// not by a past date an earlier item recalled ("Vienna had expelled four
			// Russians in March")
			st.inList = bulleted(in.Body[s.start:s.end])
			if st.inList {
				st.paraDate = st.listDate
			}
		}
		text := in.Body[s.start:s.end]
		// "BRITAIN, 2009" over "- June 22: ...": a heading's year holds for the
		// yearless days under it, up to the next heading
		wd, entry := weekdayHeading(text)
		if shortHeading(text) || yearLine(text) || entry {
			st.headYear = headingYear(text)
			st.headDate, st.dayHead = parity.Date{}, time.Time{}
			// "TUESDAY" or "Sunday 22:15" over a live blog's entries: "today" under
			// it is that day
			if entry && !in.Published.IsZero() {
				st.dayHead = lastWeekday(in.Published, wd, false)
				st.headDate = day(st.dayHead)
			}
			// "4 MARCH - ANKARA CALLS ITS MAN HOME": a heading that opens on its
			// date dates the paragraph under it
			if d, ok := openingDate(text, in.Published, st.lastDate); ok {
				st.headDate = d
			}
		}
		// a heading's state heads the bulleted paragraphs under it
		if s.para != st.headPara {
			if (st.inList || st.headAlone) && s.para == st.headPara+1 {
				st.headPara, st.headAlone = s.para, false
			} else {
				st.head, st.heads = "", nil
			}
		}
		if !x.lx.mayHold(text) && !strings.HasPrefix(text, "- ") && !st.namesEnvoy(text) && !shortHeading(text) && !x.lx.mayNameEnvoy(text) {
			// a sentence without a claim may still date what follows ("Announced on
			// Tuesday, March 27:")
			// "Britain followed at the end of February. Its diplomats left ...": a
			// sentence that opens on a state makes it the subject "its" stands for
			// (the sentence is tokenized once: whole when it may hold a date, else only
			// its first 48 bytes)
			dated := mayDate(text)
			head := text
			if !dated && len(head) > 48 {
				head = head[:48]
			}
			st.toks = tokenize(head, s.start, st.toks)
			opening := st.toks[:min(len(st.toks), 8)]
			st.ments = x.lx.mentionsKnowing(opening, st.ments, st.surnames)
			st.learnSurnames(x.lx, opening, st.ments)
			// ("The Congolese government" in a story of Brazzaville is its own)
			st.ments = st.resolveShared(st.ments)
			// ("DOHA - Qatar is ...": past the dateline)
			e, i := entryStart(opening), 0
			if len(st.ments) > 1 && isDateline(opening, st.ments[0]) {
				i = 1
				for j := st.ments[0].end; j < len(opening); j++ {
					if opening[j].low == "-" {
						e = j + 1
						break
					}
				}
			}
			// ("The Congolese government had already pulled back its own people": a
			// government named by its people opens the sentence too)
			if i < len(st.ments) && (st.ments[i].start == e || peopleOpens(opening, st.ments[i], e) || governmentOpens(opening, st.ments[i], e)) && st.ments[i].end < len(opening) {
				st.noteSubject(st.ments[i : i+1])
			}
			// ("Sudan and Iran have been at odds since 2016": the story's pair)
			st.noteNamed(st.ments)
			st.noteDuo(opening, st.ments, s.para)
			st.noteLabel(opening, st.ments, s.para)
			if dated {
				ds := st.inParagraph(findDates(st.toks, in.Published, st.lastDate))
				// ("May 22" on a line of its own: a timeline's heading)
				st.noteHeadDate(st.toks, ds)
				st.noteDates(st.toks, ds, s.para)
			}
			st.noteListDate()
			continue
		}
		st.group, st.groupActs, st.groupPosts = 0, false, false
		before := len(out)
		out = append(out, x.sentence(st, s)...)
		// "The order affects four Israeli diplomats": the count of the expulsion the
		// story just told
		// (past a background fact told between: "Colombia broke off relations in
		// May last year")
		if len(out) == before {
			for i := before - 1; i >= max(0, before-4); i-- {
				if out[i].Background {
					continue
				}
				if out[i].Kind == "expel" && out[i].Count == nil {
					if q, ok := x.orderCovers(st.toks); ok {
						out[i].Count = q.count()
					}
				}
				// "The order applies to the embassy in Riyadh and to the consulates in
				// Jeddah and Dhahran": one withdrawal a post
				if out[i].Kind == "withdraw_staff" && orderApplies(st.toks) {
					for _, p := range x.postsNamed(st.toks, st.ments, out[i].TargetCode()) {
						switch {
						case out[i].Place == "":
							out[i].Place = p
						case !strings.EqualFold(out[i].Place, p):
							cc := out[i]
							cc.Place = p
							out = append(out, cc)
						}
					}
				}
				break
			}
		}
		x.capsByHost(st, out[before:])
		st.noteListDate()
		if st.group != 0 {
			for i := before; i < len(out); i++ {
				if out[i].Target == nil && !st.groupActs || out[i].Actor == nil && st.groupActs {
					st.pending = append(st.pending, pendingGroup{claim: i, n: st.group, actors: st.groupActs, posts: st.groupPosts})
				}
			}
		}
	}
	if len(st.pending) > 0 {
		out = x.expandGroups(st, ss, out)
	}
	x.fillParties(st, out)
	parityCaps(out)
	return dedupe(echoes(out, st.newsDated))
}

// orderApplies reports whether the sentence opens on an order told before that
// applies to posts: "The order applies to the embassy in Riyadh".
func orderApplies(toks []token) bool {
	for j := 1; j+2 < len(toks) && j < 4; j++ {
		if toks[j].low == "order" && (toks[j-1].low == "the" || toks[j-1].low == "this") {
			return (toks[j+1].low == "applies" || toks[j+1].low == "applied") && toks[j+2].low == "to"
		}
	}
	return false
}

// postsNamed returns the posts in the host's towns the sentence names after a
// mission word ("the embassy in Riyadh", "the consulates in Jeddah and Dhahran").
func (x *Extractor) postsNamed(toks []token, ments []mention, host string) []string {
	var out []string
	last := -1
	for _, m := range ments {
		if m.place == "" || m.code != host {
			continue
		}
		listed := m.prep == "and" && last >= 0 && m.start <= last+2
		if !(m.prep == "in" && x.missionBefore(toks, m.start)) && !listed {
			continue
		}
		last = m.end
		if !slices.Contains(out, m.place) {
			out = append(out, m.place)
		}
	}
	return out
}

// orderCovers reads the people an order told before covers: "The order affects four
// Israeli diplomats", "the order covers all 27 of the bureau's diplomatic staff".
func (x *Extractor) orderCovers(toks []token) (quantity, bool) {
	for j := 1; j+2 < len(toks); j++ {
		if w := toks[j-1].low; w != "the" && w != "this" && w != "that" {
			continue
		}
		switch toks[j].low {
		case "order", "decision", "expulsion", "measure":
		default:
			continue
		}
		switch toks[j+1].low {
		case "affects", "affected", "covers", "covered", "concerns", "concerned", "involves", "involved":
		default:
			return quantity{}, false
		}
		k := j + 2
		if toks[k].low == "all" {
			k++
		}
		q, ok := x.lx.parseQuantity(toks, k)
		if !ok || q.frac > 0 || q.yearLike || q.min == nil {
			return quantity{}, false
		}
		// the people counted: "four Israeli diplomats", "27 of the bureau's staff"
		for i := q.end; i < min(len(toks), q.end+6); i++ {
			if x.lx.inClass("diplomat", toks[i].low) {
				return q, true
			}
			if toks[i].punct {
				break
			}
		}
		return quantity{}, false
	}
	return quantity{}, false
}

// capsByHost turns round a ban on local staff the sentence lays on missions in its
// target: only a host limits whom a mission hires, so in "a designation that limits
// how many local people their own missions in Russia may employ" Russia bans and the
// states listed are banned.
func (x *Extractor) capsByHost(st *docState, cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if c.Kind != "local_staff_ban" || c.Actor == nil || c.Target == nil {
			continue
		}
		for _, m := range st.ments {
			if m.code == *c.Target && m.prep == "in" && x.missionBefore(st.toks, m.start) {
				c.Actor, c.Target = c.Target, c.Actor
				break
			}
		}
	}
}

// parityCaps counts a cap set to parity ("ordered the Russian embassy cut to the size
// of the Czech mission") with the head-count the story gives for the capping state's
// own mission in the other land, the nearest one told when there are several.
func parityCaps(cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if c.Kind != "staff_cap" || c.Count != nil || c.Actor == nil || c.Target == nil || !parityWords.MatchString(c.Quote) {
			continue
		}
		best := -1
		for j, l := range cs {
			if l.Kind != StaffLevel || l.Count == nil || l.Background || l.ActorCode() != *c.Actor || l.TargetCode() != *c.Target {
				continue
			}
			if best < 0 || abs(l.Start-c.Start) < abs(cs[best].Start-c.Start) {
				best = j
			}
		}
		if best >= 0 {
			n := *cs[best].Count
			c.Count = &n
		}
	}
}

// parityWords tell a cap that matches the other side's mission.
var parityWords = regexp.MustCompile(`(?i)\b(size of|parity|same (number|size|level)|as many|mirror|to that of)\b`)

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// echoes drops the acts that only the story's news day dates when the story tells
// the same act (kind and parties alike, counts that agree) with a date of its own:
// "France is expelling diplomats in retaliation for Algeria's decision to send 15
// French officials home" names, undated, the Algerian act that "Algiers moved on
// Sunday ... 15 French agents ... must leave" dates, a few days before the news.
// A count the echo alone states goes to the dated telling.
func echoes(cs []Claim, newsDated []int) []Claim {
	if len(newsDated) == 0 {
		return cs
	}
	echo := func(c *Claim) bool { return c.Date != nil && slices.Contains(newsDated, c.Pos) }
	drop := make([]bool, len(cs))
	for i := range cs {
		c := &cs[i]
		if !echo(c) {
			continue
		}
		for j := range cs {
			o := &cs[j]
			if j == i || drop[j] || echo(o) || o.Date == nil || o.Kind != c.Kind || o.ActorCode() != c.ActorCode() || o.TargetCode() != c.TargetCode() || o.Actor == nil || o.Target == nil {
				continue
			}
			if c.Count != nil && o.Count != nil && countKey(c.Count) != countKey(o.Count) {
				continue
			}
			// (an act of years before is another act: the news is the undated one)
			if o.Date.Precision != parity.Day || o.Date.Start >= c.Date.Start || distance(c.LedgerDate(), o.LedgerDate()) > 14*24*time.Hour {
				continue
			}
			if o.Count == nil {
				o.Count = c.Count
			}
			drop[i] = true
			break
		}
	}
	kept := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	return kept
}

// fillParties gives a claim whose sentence names only one of its two states the
// state the story names most beside it, at lower confidence: "Foreign governments
// ... the embassy said it was closing" in a story of one crisis is that crisis's
// other side, and a claim with a party missing could not become a ledger record.
// A state the claim's own sentence names was weighed there and passed over (where
// a flight was bound, a state acting alongside), so it is not taken.
func (x *Extractor) fillParties(st *docState, cs []Claim) {
	var toks []token
	var ments []mention
	for i := range cs {
		c := &cs[i]
		if (c.Actor == nil) == (c.Target == nil) {
			continue
		}
		known := c.ActorCode() + c.TargetCode()
		// ("Moscow had declared 59 of their diplomats personae non gratae" over a
		// list of the states hit: a total the story shares out names no one state)
		toks = tokenize(c.Quote, 0, toks)
		if c.Target == nil && slices.ContainsFunc(toks, func(t token) bool { return t.low == "their" }) {
			continue
		}
		ments = x.lx.mentions(toks, ments)
		best, n := "", 0
		// a sentence's own state is not the party it leaves out, save the dateline
		// of a statement in the first person ("VALLETTA - We have decided to bring
		// home ...": the speaker's) or a people it names ("repatriate the staff of our
		// embassy, together with the Spaniards who remain") and the home a recalled
		// envoy goes back to ("asked our ambassador to come back to Malta")
		we := slices.ContainsFunc(toks, func(t token) bool { return t.low == "we" || t.low == "our" })
		for _, s := range st.named {
			if s.code != known && s.n > n && !(c.Target == nil && calledHomeBeside(cs, c, s.code)) && !slices.ContainsFunc(ments, func(m mention) bool {
				return m.code == s.code && !(we && (isDateline(toks, m) || m.role == roleDemonym && m.modifies == "")) && !homeward(toks, m.start)
			}) {
				best, n = s.code, s.n
			}
		}
		if best == "" {
			continue
		}
		if c.Actor == nil {
			c.Actor = code(best)
		} else {
			c.Target = code(best)
		}
		c.Confidence = clamp(c.Confidence - 0.2)
	}
}

// calledHomeBeside reports whether state called its own people home from a host
// other than c's actor, as c's actor did: in a round-up of capitals recalling their
// envoys ("- Italy: Rome recalled its ambassador the same day"), a state acting
// alongside is not the host another one left.
func calledHomeBeside(cs []Claim, c *Claim, state string) bool {
	if !ownPeopleKind(c.Kind) {
		return false
	}
	return slices.ContainsFunc(cs, func(o Claim) bool {
		return ownPeopleKind(o.Kind) && o.ActorCode() == state && o.Target != nil && *o.Target != c.ActorCode()
	})
}

// homeward reports whether the name at k is where someone goes back to: "come
// back to Malta", "returned home to Rabat".
func homeward(toks []token, k int) bool {
	return k >= 2 && toks[k-1].low == "to" && (toks[k-2].low == "back" || toks[k-2].low == "home")
}

// newsDate is the first recent day (the fortnight before publication) the story
// names, usually in its opening sentences ("announced the decision on Tuesday"): the
// date of the news, which an undated lede ("Bulgaria has told Russia to withdraw 70")
// shares. Deadlines ("by Sunday"), periods ("since") and relative phrases do not
// count.
func (st *docState) newsDate() parity.Date {
	if st.newsRead {
		return st.news
	}
	st.newsRead = true
	pub := st.in.Published
	if pub.IsZero() {
		return parity.Date{}
	}
	for _, s := range st.sents {
		text := st.in.Body[s.start:s.end]
		// "Equator Daily | Africa | Monday 27 January 2025" is the page's, not the news's;
		// "the strikes on Iraq, which began late on Wednesday" dates another event
		// "yesterday" dates the news only in the story's opening ("announced the step
		// yesterday"); further down a live blog's "as they had announced yesterday" is
		// an aside
		if !(mayDate(text) || s.para <= st.sents[0].para+2 && strings.Contains(text, "yesterday")) || strings.Contains(text, " | ") {
			continue
		}
		// a buffer of its own: the sentence being read keeps st.toks
		st.scratch = tokenize(text, s.start, st.scratch)
		for _, d := range findDates(st.scratch, pub, parity.Date{}) {
			if !d.since && !d.relative && d.date.Precision == parity.Day && !deadline(st.scratch, d.start) && !eventDay(st.scratch, d.start) && !relativeBetween(st.scratch, max(0, d.start-6), d.start) && !d.date.End.After(pub) && d.date.End.After(pub.AddDate(0, 0, -14)) {
				st.news = d.date
				return st.news
			}
		}
	}
	return parity.Date{}
}

// noteSubject keeps the sentence's first subject as the state "it" and "its" stand for
// in what follows.
func (st *docState) noteSubject(ments []mention) {
	for _, m := range ments {
		// "Correa's government has clashed with ... In 2009 it expelled": a
		// government named by its leader is a subject too
		// (not a town labelling a fact line: "- New Delhi: 266 employees")
		if m.subject && m.role != roleCity && (m.role != roleOfficial || m.modifies == "government") && !(m.role == roleCapital && isLabel(st.toks, m)) {
			st.lastSubject = m.code
			return
		}
	}
	// "The Americans drew a different conclusion. ... they took every diplomat they
	// had out of Kampala": a people opening a sentence acts in it, and "they" is it
	if len(ments) > 0 && peopleOpens(st.toks, ments[0], entryStart(st.toks)) {
		st.lastSubject = ments[0].code
	}
}

// governmentOpens reports whether m names the government that opens the sentence at
// e: "The Congolese government had ...".
func governmentOpens(toks []token, m mention, e int) bool {
	return m.start == e+1 && toks[e].low == "the" && m.modifies == "government"
}

// peopleOpens reports whether m is a people named in the plural that opens the
// sentence at e and goes on to its verb: "The Americans drew a different conclusion".
func peopleOpens(toks []token, m mention, e int) bool {
	return m.start == e+1 && toks[e].low == "the" && m.role == roleDemonym && m.modifies == "" && m.end < len(toks) && !toks[m.end].punct && strings.HasSuffix(toks[m.end-1].low, "s")
}

// inParagraph reads yearless dates in the past year the paragraph speaks of: after
// "On January 2, 2016, Riyadh executed ...", "The next day, January 3" is in 2016,
// not in the publication's year. A date with its own year sets that year for what
// follows in the paragraph (the publication's own year clears it).
func (st *docState) inParagraph(ds []datePhrase) []datePhrase {
	pub := st.in.Published
	// a phrase counted from a moved date moves with it: "told the Commons on November
	// 30 that the last staff had left minutes earlier"
	from, shift := 0, 0
	// (a day told earlier in the sentence is the day a pluperfect looks back from:
	// "On Tuesday 13 March ... the ambassador, who had taken up his post in
	// December 2016")
	last := st.lastDate
	// the past year a sentence opens on: "Last year Washington suspended relations in
	// July and restored them in August", "since May 1975, when a delegation flew in on
	// May 21"
	sentYear := 0
	for i := range ds {
		d := &ds[i]
		was := d.date.Start.Year()
		during := 0
		if d.yearless {
			during = duringYear(st.toks, d.start)
		}
		switch {
		case d.relative && shift != 0 && was == from:
			d.inYear(was + shift)
		case d.yearless && during != 0 && during < pub.Year():
			// "During the 2011 uprising against Muammar Gaddafi, Prague shut the
			// embassy on February 27": the event the sentence is set in gives the year
			d.inYear(during)
		case d.yearless && sentYear != 0:
			d.inYear(sentYear)
		case d.yearless && st.paraYear != 0:
			d.inYear(st.paraYear)
		case d.yearless && st.headYear != 0 && st.headYear < pub.Year():
			d.inYear(st.headYear)
		case d.yearless && st.storyGoesOn(d):
			// "Iranian MPs hit back on November 27 [2011]. ... told the Commons on
			// November 30": the story goes on in the past year it told last
			d.inYear(st.lastDate.Start.Year())
		case !d.explicit && !d.relative && !d.yearless && !d.since && !pub.IsZero() && d.date.Start.Year() == pub.Year():
			// ("Riyadh broke with Tehran in January 2016. ... only last month it
			// squeezed Iran's mission. On July 20 ...": a date counted from the
			// news brings the paragraph back to its year)
			st.paraYear = 0
		case d.explicit && !d.since && !pub.IsZero() && !relativeOpensAt(st.toks, d.start) && !attributive(st.toks, *d) && !lookedBack(st.toks, *d, last):
			st.paraYear = 0
			if y := d.date.Start.Year(); y < pub.Year() {
				st.paraYear = y
			}
		}
		if d.date.Precision == parity.Day && !d.since {
			last = d.date
		}
		if y := d.date.Start.Year(); !pub.IsZero() && y < pub.Year() && opensPastYear(st.toks, *d) {
			sentYear = y
		}
		if d.yearless && d.date.Start.Year() != was {
			from, shift = was, d.date.Start.Year()-was
		}
	}
	return ds
}

// opensPastYear reports whether a date sets the year of the sentence's yearless dates
// after it: a year the sentence opens on without naming it ("Last year Washington
// suspended relations in July"), or a month with its year that a "since ..., when"
// clause tells of ("since May 1975, when a delegation flew in on May 21").
func opensPastYear(toks []token, d datePhrase) bool {
	if d.date.Precision == parity.Year && !d.explicit && !d.since && !d.relative {
		return d.start <= 1
	}
	return d.explicit && d.since && d.end+1 < len(toks) && toks[d.end].low == "," && toks[d.end+1].low == "when"
}

// dateWords are the names a sentence without digits needs to date anything, also in
// capitals for headings ("TUESDAY").
var dateWords = func() []string {
	ws := []string{"same day", "next day", "following day", "day later", "days later", "days ago", "this week", "last week", "this month", "last month", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"}
	for _, w := range ws[:len(ws):len(ws)] {
		ws = append(ws, strings.ToUpper(w))
	}
	return ws
}()

// noteHeadDate keeps the date of a line that is only a date ("JANUARY 11, 2012",
// "May 22") as the date of the paragraphs under it.
func (st *docState) noteHeadDate(toks []token, dates []datePhrase) {
	if len(dates) == 0 || !dateHeading(toks, dates) {
		return
	}
	st.headDate = dates[len(dates)-1].date
	// ("SATURDAY, NOVEMBER 14" over a live blog's entries: "today" under it is
	// that day, as under "SATURDAY" alone)
	if d := st.headDate; d.Precision == parity.Day && d.Start.Equal(d.End) && weekdayFirst(toks) {
		st.dayHead = d.Start
	}
}

// dateHeading reports whether the sentence is only a date, a line of a timeline:
// "JANUARY 11, 2012", "MONDAY 20 MARCH", "October 2011:" (one word outside the date
// phrases is allowed, a weekday the phrase does not take).
func dateHeading(toks []token, ds []datePhrase) bool {
	if len(toks) > 8 || len(ds) == 0 {
		return false
	}
	outside := 0
	for k, t := range toks {
		if !t.punct && !slices.ContainsFunc(ds, func(d datePhrase) bool { return k >= d.start && k < d.end }) {
			outside++
		}
	}
	return outside <= 1
}

// openingDate returns the date a heading opens on, set off by a dash or a colon
// ("4 MARCH - ANKARA CALLS ITS MAN HOME", "JUNE 4: LONDON CLOSES A CONSULATE").
func openingDate(text string, pub time.Time, prev parity.Date) (parity.Date, bool) {
	first, _, _ := strings.Cut(text, " ")
	if first == "" || !unicode.IsDigit(rune(first[0])) && months[strings.ToLower(first)] == 0 {
		return parity.Date{}, false
	}
	toks := tokenize(text, 0, nil)
	ds := findDates(toks, pub, prev)
	if len(ds) == 0 || ds[0].start != 0 || ds[0].end >= len(toks) {
		return parity.Date{}, false
	}
	switch toks[ds[0].end].low {
	case "-", "–", "—", ":":
		return ds[0].date, true
	}
	return parity.Date{}, false
}

// headingYear returns the first year a heading names ("NETHERLANDS, 2018-2019"
// gives 2018), or 0.
func headingYear(text string) int {
	for _, t := range tokenize(text, 0, nil) {
		if y, ok := yearOf(t); ok {
			return y
		}
	}
	return 0
}

// yearLine reports whether a line is a year alone, a timeline's heading: "2019",
// "2019:".
func yearLine(text string) bool {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), ":"))
	if len(t) != 4 {
		return false
	}
	_, ok := yearOf(token{text: t, low: t, num: true})
	return ok
}

// weekdayHeading reads a live blog's entry heading: a weekday alone or with the time
// of the entry ("TUESDAY", "Sunday 22:15", "Monday, 09:40 GMT").
func weekdayHeading(text string) (time.Weekday, bool) {
	if len(text) > 24 || len(text) < 6 {
		return 0, false
	}
	f := strings.Fields(strings.ToLower(strings.Trim(text, " .:")))
	if len(f) == 0 || len(f) > 3 {
		return 0, false
	}
	wd, ok := weekdays[strings.TrimSuffix(f[0], ",")]
	if !ok {
		return 0, false
	}
	for _, w := range f[1:] {
		switch w {
		case "gmt", "utc", "cet", "bst", "est", "am", "pm", "a.m.", "p.m.", "local":
			continue
		}
		if strings.Trim(w, "0123456789:.") != "" || !strings.ContainsAny(w, ":.") {
			return 0, false
		}
	}
	return wd, true
}

// weekdayFirst reports whether a line opens with a weekday: "SATURDAY, NOVEMBER 14".
func weekdayFirst(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	_, ok := weekdays[toks[0].low]
	return ok
}

// shortHeading reports whether a line is a short heading in capitals ("UNITED
// STATES"), which may name the state the items under it speak of.
// (Read rune by rune: a case conversion of every short sentence would allocate.)
func shortHeading(text string) bool {
	if len(text) > 72 {
		return false
	}
	upper := false
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// storyGoesOn reports whether a yearless day falls in the past year of the story's
// last date (a day or a month: "At the end of March ... On April 6"), within four
// months after it, and is not news in the publication's year
// (within 60 days before it): the narrative goes on in that past year.
func (st *docState) storyGoesOn(d *datePhrase) bool {
	pub, last := st.in.Published, st.lastDate
	if pub.IsZero() || last.IsZero() || last.Precision == parity.Year || last.Start.Year() >= pub.Year() {
		return false
	}
	if pub.Sub(d.date.Start) <= 60*24*time.Hour {
		return false
	}
	// "The thaw follows the Beijing-brokered deal of March 10": a new paragraph
	// in the present tense is back in the news's year
	// (a timeline's entry, "November 10 - Chávez says ...", tells the past in the
	// historic present)
	entry := entryDate(st.toks, *d)
	if st.para != st.lastDatePara && !entry && (presentTense(st.toks) || st.paraPresent) {
		return false
	}
	at := time.Date(last.Start.Year(), d.date.Start.Month(), d.date.Start.Day(), 0, 0, 0, 0, time.UTC)
	// "November 14 - ... Mid-November - ...": the month of the day told goes on
	if d.date.Precision == parity.Month && at.Month() == last.Start.Month() && (entry || st.para == st.lastDatePara) {
		return true
	}
	// a date told in passing ("the raid of March 1, 2008") goes on only into the
	// days right after it ("On March 2 he called ... home")
	span := 120 * 24 * time.Hour
	if st.lastPassing {
		span = 7 * 24 * time.Hour
	}
	return !at.Before(last.Start) && at.Sub(last.Start) <= span
}

// presentTense reports whether the sentence speaks in the present: "follows", "is".
func presentTense(toks []token) bool {
	for _, t := range toks {
		switch t.low {
		case "is", "are", "follows", "comes", "marks", "remains", "says":
			return true
		}
	}
	return false
}

// inPassing reports whether a date names what something is remembered by rather
// than when the story's sentence happens: "belittled the events of January 13,
// 1991".
func inPassing(toks []token, d datePhrase) bool {
	if attributive(toks, d) {
		return true
	}
	return d.start > 1 && toks[d.start-1].low == "of" && !timeNoun(toks[d.start-2].low)
}

// attributive reports whether a date qualifies the event or decision it names:
// "repeals the March 2011 government decision", "the 2014 blasts".
func attributive(toks []token, d datePhrase) bool {
	// "the Tiananmen crackdown of 1989", "the war of 1967": a year that names an event
	if d.date.Precision == parity.Year && d.start >= 2 && toks[d.start-1].low == "of" && (eventNouns[toks[d.start-2].low] || namedEvents[toks[d.start-2].low]) {
		return true
	}
	if !(toks[d.start].low == "the" || d.start > 0 && toks[d.start-1].low == "the") || d.end+1 >= len(toks) {
		return false
	}
	w := toks[d.end].low
	return eventNouns[w] || decisionNouns[w] || namedEvents[w] || w == "government" && decisionNouns[toks[d.end+1].low]
}

// duringYear returns the year of an event that "during" sets the sentence in before
// k ("During the 2011 uprising"); 0 when there is none.
func duringYear(toks []token, k int) int {
	for j := 0; j+3 < k; j++ {
		if toks[j].low != "during" || toks[j+1].low != "the" || !(eventNouns[toks[j+3].low] || namedEvents[toks[j+3].low]) {
			continue
		}
		if y, ok := yearOf(toks[j+2]); ok {
			return y
		}
	}
	return 0
}

// namedEvents are the nouns a year names as an event of its own: "the crackdown of
// 1989".
var namedEvents = map[string]bool{"crackdown": true, "war": true, "revolution": true, "crisis": true, "massacre": true, "uprising": true, "invasion": true, "occupation": true, "riots": true, "coup": true, "treaty": true, "accords": true, "accord": true, "agreement": true, "convention": true, "earthquake": true, "famine": true, "olympics": true, "games": true, "summit": true}

// timeNoun reports whether w names a span a date may fill: "the night of March 4".
func timeNoun(w string) bool {
	switch w {
	case "night", "morning", "evening", "afternoon", "day", "week", "weekend", "end", "start", "beginning", "middle", "spring", "summer", "autumn", "fall", "winter", "month":
		return true
	}
	return false
}

// mayDate is a cheap test for a date phrase: a digit or a capitalised day or month.
func mayDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	for _, w := range dateWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// mayHold is a cheap test that skips sentences no rule can match.
func (lx *Lexicon) mayHold(s string) bool {
	l := strings.ToLower(s)
	for _, w := range sentenceCues {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// sentenceCues are stems of which every claim needs one ("order" for counted
// peoples: "ordered six Canadians out").
// Ranks are cues only as ranks ("a Swedish second secretary ... was told to go"):
// "secretary" alone is mostly a minister's title.
var sentenceCues = []string{"representative", "diplomat", "embass", "consul", "ambassador", "envoy", "mission", "relations", "ties", "broke with", "break with", "ruptur", "breaks with", "broken with", "breaking with", "restor", "re-establish", "reestablish", "staff", "personnel", "expel", "expul", "persona", "talks", "negotiat", "agree", "accord", "deal", "intelligence", "spies", "compound", "propert", "dacha", "employ", "size", "leave", "recall", "attach", "official", "representation", "office", "diploma", "home", "convened", "order", "advis", "nunci", "legation", "chancer", "annex", "first secretar", "second secretar", "third secretar", "counsellor", "counselor", "id the same", "one the same", "do the same", "does the same", "doing the same", "same step", "same decision", "suit", "likewise"}

func (x *Extractor) sentence(st *docState, s span) []Claim {
	lx := x.lx
	body := st.in.Body
	st.toks = tokenize(body[s.start:s.end], s.start, st.toks)
	toks := st.toks
	st.ments = lx.dropBodyMissions(toks, dropAsides(toks, lx.mentionsKnowing(toks, st.ments, st.surnames)))
	ments := st.ments
	st.learnSurnames(lx, toks, ments)
	st.prevEnvoy, st.curEnvoy = st.curEnvoy, ""
	if st.envoyPara != s.para {
		st.prevEnvoy, st.envoyPara = "", s.para
	}
	if lx.mayNameEnvoy(body[s.start:s.end]) {
		defer st.learnEnvoys(lx, toks, ments)
	}
	if mayNameRank(body[s.start:s.end]) {
		defer st.learnDiplomats(lx, toks, ments)
	}
	st.envoyNouns(lx, toks)
	headOfMission(toks)
	st.ments = st.resolveShared(st.ments)
	ments = st.ments
	pub := st.in.Published
	if !st.dayHead.IsZero() {
		pub = st.dayHead
	}
	dates := dropMasked(st.inParagraph(findDates(toks, pub, st.lastDate)), ments)
	st.noteHeadDate(toks, dates)
	st.bullet = bulleted(body[s.start:s.end])
	if st.firstActor == "" {
		for _, m := range ments {
			if m.subject && m.role != roleCity {
				st.firstActor = m.code
				break
			}
		}
	}
	trigs := lx.triggers(toks)
	st.noteLabel(toks, ments, s.para)
	// "- Mauritania." or a heading "UNITED STATES" over the items that follow
	// (or "- Bolivia (October 2023).": the item's state with a note in brackets)
	if len(trigs) == 0 && len(ments) == 1 && (len(toks) <= 5 || st.bullet && bracketedAfter(toks, ments[0].end)) && ments[0].role != roleCity && (st.bullet || shortHeading(body[s.start:s.end])) {
		st.head, st.headPara, st.heads = ments[0].code, s.para, nil
		st.headAlone = shortHeading(body[s.start:s.end])
	}
	// "FRANCE, ITALY, SPAIN" over "- All three recalled their ambassadors"
	if len(trigs) == 0 && len(ments) > 1 && len(toks) <= 3*len(ments) && shortHeading(body[s.start:s.end]) && !slices.ContainsFunc(ments, func(m mention) bool { return m.role == roleCity }) {
		st.heads = st.heads[:0]
		for _, m := range ments {
			if !slices.Contains(st.heads, m.code) {
				st.heads = append(st.heads, m.code)
			}
		}
		st.head, st.headPara, st.headAlone = st.heads[0], s.para, true
	}
	st.sentActor, st.sentTarget, st.sentEnd, st.sentExpel = "", "", 0, false
	var out, followed []Claim
	used := map[int]bool{} // token starts of quantities already counted
	for ti := range trigs {
		tr := trigs[ti]
		if x.hedged(toks, tr) {
			// ("Austria's record of expelling Russians is modest: it sent two ...
			// home", "has not sent any Russian diplomat home since March 2018, when
			// it expelled four"): a topic or a denial leaves the act told after it
			if tr.next == nil || !asTopic(toks, tr.start) && !denied(toks, tr.start) || x.hedged(toks, *tr.next) {
				continue
			}
			tr = *tr.next
		}
		if tr.rule.kind == sameKind {
			if bareFollowed(toks, tr) {
				if who := followedBy(toks, tr, ments); len(who) > 0 {
					for _, c := range x.sameClaims(st, s, tr, trigs, ments, dates, used, out) {
						if slices.Contains(who, c.ActorCode()) {
							followed = append(followed, c)
						}
					}
				}
				continue
			}
			out = append(out, x.sameClaims(st, s, tr, trigs, ments, dates, used, out)...)
			continue
		}
		// (a number counts as a measure's only when the measure is claimed: "the
		// departures leave the Soviet mission with about 30 diplomats" is a level)
		if st.counted == nil {
			st.counted = map[int]bool{}
		}
		clear(st.counted)
		st.whole = nil
		cs := x.measureClaims(st, s, tr, trigs, ments, dates, st.counted)
		cs = append(cs, wholeStaffLevels(toks, cs, st.counted, st.whole)...)
		if len(cs) > 0 {
			maps.Copy(used, st.counted)
		}
		if len(cs) > 0 && cs[0].Actor != nil {
			st.sentActor, st.sentEnd = *cs[0].Actor, tr.end
		}
		if len(cs) > 0 && cs[len(cs)-1].Target != nil {
			st.sentTarget = *cs[len(cs)-1].Target
			st.sentExpel = cs[len(cs)-1].Kind == "expel"
		}
		out = append(out, cs...)
	}
	// ("Rome followed on Sunday, ordering out four"): the measure told after
	// "followed" is the one its actor took
	for _, c := range followed {
		if !slices.ContainsFunc(out, func(o Claim) bool { return o.ActorCode() == c.ActorCode() }) {
			out = append(out, c)
		}
	}
	out = st.toldGroup(lx, toks, out)
	out = samePostOneHost(out, ments)
	out = expelledLeaving(out)
	if len(out) == 0 && st.bullet && st.lastKind != "" {
		out = append(out, x.listContinuation(st, s, ments, dates)...)
	}
	out = append(out, x.staffClaims(st, s, ments, dates, used)...)
	out = append(out, x.shareClaims(st, s, ments, dates)...)
	if st.lastDatePara != s.para && len(dates) == 0 && presentTense(toks) {
		st.paraPresent = true
	}
	st.noteDates(toks, dates, s.para)
	for i := len(out) - 1; i >= 0; i-- {
		if !staffKind(out[i].Kind) {
			st.lastKind = out[i].Kind
			break
		}
	}
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Count != nil && countedKind(out[i].Kind) {
			st.lastCounted = out[i].Kind
			break
		}
	}
	st.noteSubject(ments)
	st.noteNamed(ments)
	st.noteDuo(toks, ments, s.para)
	st.noteDateline(toks, ments)
	st.noteOwners(ments)
	// ("And the Soviet embassy in Washington?": a question heading turns the story to
	// the post it names)
	if st.postSender == "" || len(toks) > 0 && len(toks) <= 12 && toks[len(toks)-1].low == "?" {
		st.notePostNamed(toks, ments)
	}
	if len(out) > 0 && st.parties == nil {
		st.parties = map[string]int{}
	}
	for i := range out {
		if out[i].Actor != nil {
			st.parties[*out[i].Actor]++
		}
		if out[i].Target != nil {
			st.parties[*out[i].Target]++
		}
	}
	if len(out) > 0 && len(trigs) > 0 {
		// "Moscow had declared 59 of their diplomats personae non gratae": the list
		// that follows names whose diplomats they were
		st.theirPeople = false
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].low == "their" && lx.inClass("diplomat", toks[k+1].low) {
				st.theirPeople = true
			}
		}
		// "Russia's decision to expel several EU diplomats ... - Sweden: one
		// diplomat": the people of an organisation's members are the members'
		if t := out[len(out)-1].TargetCode(); t != "" && len(t) != 3 {
			st.theirPeople = true
		}
	}
	if len(out) > 0 {
		// (a head-count told beside a measure does not make its sender the story's
		// actor: "ordered Tehran to shrink its staff from 19 to four. The 15 ...")
		last := out[len(out)-1]
		for i := len(out) - 1; i >= 0; i-- {
			if out[i].Kind != StaffLevel {
				last = out[i]
				break
			}
		}
		if last.Actor != nil {
			st.lastActor = *last.Actor
		}
		// (a measure between two other states makes them the pair spoken of last)
		if a, t := last.ActorCode(), last.TargetCode(); a != "" && t != "" && !(slices.Contains(st.duo[:], a) && slices.Contains(st.duo[:], t)) {
			st.duo = [2]string{}
		}
		if last.Target != nil {
			st.lastTgt = *last.Target
		} else if last.Actor != nil && ownPeopleKind(last.Kind) {
			if st.hostless == nil {
				st.hostless = map[string]bool{}
			}
			st.hostless[*last.Actor] = true
		}
		st.notePost(out)
		for i := len(out) - 1; i >= 0; i-- {
			if out[i].Count != nil && out[i].Kind != StaffLevel {
				st.lastCount = out[i].Count
				break
			}
		}
		// the story's clock follows its acts: "days earlier" after "Canada expelled an
		// Indian diplomat in September 2023, after a killing that June" counts from
		// September
		if last.Date != nil {
			st.lastDate, st.lastPassing, st.lastDatePara = last.LedgerDate(), false, st.para
			if len(dates) > 0 {
				st.paraDate = st.lastDate
			}
		}
	}
	return out
}

// samePostOneHost drops the claims of a sentence that repeat another's call home
// from the same post with another host, when the post lies in the other's host:
// "closed its embassy in Khartoum after evacuating the staff ... and opened an
// office in Djibouti" calls the staff out of Sudan, not out of Djibouti.
func samePostOneHost(out []Claim, ments []mention) []Claim {
	// (most sentences call no post's people home twice: no copy for them)
	if len(out) < 2 || !slices.ContainsFunc(out, func(c Claim) bool { return ownPeopleKind(c.Kind) && c.Place != "" }) {
		return out
	}
	all := slices.Clone(out)
	return slices.DeleteFunc(out, func(c Claim) bool {
		if !ownPeopleKind(c.Kind) || c.Place == "" {
			return false
		}
		host := hostOf(ments, c.Place)
		if host == "" || c.TargetCode() == host {
			return false
		}
		return slices.ContainsFunc(all, func(o Claim) bool {
			return o.ActorCode() == c.ActorCode() && o.Place == c.Place && o.TargetCode() == host
		})
	})
}

// noteListDate keeps the story's last date as the date of the items of a list that
// may follow, unless a lead-in paragraph that names no date stands between them
// ("On 5 March 2014 ... withdrew their ambassadors. // Where things stand: // -
// Before dawn yesterday ..."): the list then tells its own dates, item by item.
func (st *docState) noteListDate() {
	if st.inList {
		return
	}
	st.listDate = st.lastDate
	if st.lastDatePara < st.para {
		st.listDate = parity.Date{}
	}
}

// noteDates keeps a sentence's dates as the story's clock: the last one for "days
// earlier", the first as the paragraph's date for an undated act that follows ("The
// first cut came on April 27, two weeks after Biden set a September deadline. The
// State Department ordered ... to leave": the later dates qualify the first).
func (st *docState) noteDates(toks []token, dates []datePhrase, para int) {
	first := true
	for i, d := range dates {
		// (nor "visas again, starting on Thursday": "later in the day" after it
		// counts from the act told before, not from when a step takes effect)
		// ("announced the steps on Thursday, four days after an election": a span
		// counted back to an event from the day told before it leaves that day the
		// story's)
		if d.since || deadline(toks, d.start) || i > 0 && d.relative && !d.back.IsZero() {
			continue
		}
		// ("grounds Copa flights from the next day. The same day, Panama withdraws
		// ..."): a day counted on from which a step takes effect is not the story's
		if d.relative && d.start > 0 && toks[d.start-1].low == "from" {
			continue
		}
		// ("Ivan Velasquez, who from 2013 headed the commission. In mid-January
		// prosecutors ...": a relative clause's date tells of the person, not the
		// story's time)
		if relativeOpensAt(toks, d.start) {
			continue
		}
		// ("On 20 April 1983 Barnett briefed Hawke: Ivanov had been assessed late in
		// 1982 as a KGB officer. ... the next day": a year looked back to in the
		// pluperfect leaves the story's day where it was)
		if lookedBack(toks, d, st.lastDate) {
			continue
		}
		st.lastDate, st.lastDatePara = d.date, para
		st.lastPassing = inPassing(toks, d)
		if first {
			st.paraDate, first = d.date, false
		}
	}
}

// lookedBack reports whether a year, or a month in the clause of its "had", is
// looked back to in the pluperfect from a later day the story tells ("On 20 April
// 1983 ... Ivanov had been assessed late in 1982"): it leaves the story's day and
// year where they were.
func lookedBack(toks []token, d datePhrase, last parity.Date) bool {
	if d.date.Precision == parity.Day || last.Precision != parity.Day || !d.date.End.Before(last.Start) {
		return false
	}
	if d.date.Precision == parity.Year {
		return wordBetween(toks, 0, d.start, "had")
	}
	// ("On Tuesday 15 May ... the ambassador, who had only taken up his post in
	// December 2016": a month looked back to in the clause of its "had")
	for j := d.start - 1; j >= max(0, d.start-10) && !toks[j].punct; j-- {
		if toks[j].low == "had" {
			return true
		}
	}
	return false
}

// relativeOpensAt reports whether a relative clause opens before k, in its
// clause: "who from 2013", "which in 1990", "which lost power in the October 1991
// elections".
func relativeOpensAt(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-16); j-- {
		switch toks[j].low {
		case "who", "which", "whose":
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// resolveShared gives each shared bare name the state it names in this story and
// drops those that name none here ("the North" in a story that never names North
// Korea).
func (st *docState) resolveShared(ments []mention) []mention {
	out := ments[:0]
	for _, m := range ments {
		if m.other != nil {
			if m.code = st.sharedCode(m.entry); m.code == "" {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// sharedCode returns the state a shared bare name names in this story: the other
// state when the story also uses one of its own names. A name with no other state
// ("the North") names its state only in a story that names it otherwise too.
func (st *docState) sharedCode(e entry) string {
	if code, ok := st.sharedAs[e.other]; ok {
		return code
	}
	// the state whose other names the story uses more ("BRAZZAVILLE - ... sent from
	// Leopoldville, across the river" stays in Brazzaville's Congo)
	code := e.code
	if e.other.alone() {
		if namesIn(st.in.Body, e.other.own) == 0 {
			code = ""
		}
	} else if namesIn(st.in.Body, e.other.evidence) > namesIn(st.in.Body, e.other.own) {
		code = e.other.other
	}
	if st.sharedAs == nil {
		st.sharedAs = map[*shared]string{}
	}
	st.sharedAs[e.other] = code
	return code
}

// namesIn counts how often the names occur in the text, as written or in capitals as
// datelines have them ("KINSHASA - ..."). A name inside a longer one counts there
// once ("Congo" in "Congo-Brazzaville").
func namesIn(text string, names []string) int {
	n := 0
	for _, name := range names {
		n += strings.Count(text, name)
		if up := strings.ToUpper(name); up != name {
			n += strings.Count(text, up)
		}
	}
	return n
}

// sameClaims reads "Turkey did the same", "Latvia followed suit": the measure told
// last (in this sentence, else before it), by the new actor, against the same target.
func (x *Extractor) sameClaims(st *docState, s span, tr trigger, trigs []trigger, ments []mention, dates []datePhrase, used map[int]bool, before []Claim) []Claim {
	kind, target := st.lastKind, st.lastTgt
	for i := len(before) - 1; i >= 0; i-- {
		if k := before[i].Kind; !staffKind(k) {
			kind, target = k, ""
			if before[i].Target != nil {
				target = *before[i].Target
			}
			break
		}
	}
	if kind == "" {
		return nil
	}
	r := *tr.rule
	r.kind, r.follows = kind, true
	tr.rule = &r
	out := x.measureClaims(st, s, tr, trigs, ments, dates, used)
	for i := range out {
		if target != "" && (out[i].Actor == nil || *out[i].Actor != target) {
			out[i].Target = &target
		}
	}
	return out
}

// bareFollowed reports whether the trigger is "followed" without "suit": "Kenya
// followed on November 1".
func bareFollowed(toks []token, tr trigger) bool {
	return toks[tr.start].low == "followed" && (tr.start+1 >= len(toks) || toks[tr.start+1].low != "suit")
}

// followedBy returns the states named just before a bare "followed" as its
// subject ("Kenya followed", "the Philippines and Thailand followed"): they repeat
// the measure told before. "The expulsions followed within hours", "Beijing's answer
// followed" and "if Honduras followed" name no one who acts.
func followedBy(toks []token, tr trigger, ments []mention) []string {
	var who []string
	at := tr.start
	for i := len(ments) - 1; i >= 0; i-- {
		m := ments[i]
		if m.end != at || !m.subject || m.possessive {
			continue
		}
		who = append(who, m.code)
		if at = m.start - 1; at < 0 || toks[at].low != "and" && toks[at].low != "," {
			break
		}
	}
	if len(who) == 0 {
		return nil
	}
	for j := at; j >= 0 && !toks[j].punct; j-- {
		if toks[j].low == "if" || toks[j].low == "unless" || toks[j].low == "whether" {
			return nil
		}
	}
	return who
}

// dropMasked removes date phrases inside names ("Theresa May") and bare years that
// qualify a noun ("the 2018 attack"): they do not date the sentence's act.
func dropMasked(ds []datePhrase, ments []mention) []datePhrase {
	out := ds[:0]
	for _, d := range ds {
		masked := false
		for _, m := range ments {
			if d.start < m.end && m.start < d.end {
				masked = true
			}
		}
		if !masked {
			out = append(out, d)
		}
	}
	return out
}

// paperBefore reports whether a signed paper stands within four words before k:
// "an agreement in Taipei establishing", "a communique establishing".
func paperBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch toks[j].low {
		case "agreement", "communique", "communiqué", "protocol", "protocols", "accord", "memorandum", "deal", "treaty":
			return true
		}
	}
	return false
}

// triggers matches the rules against the tokens; where two rules match overlapping
// words, the earlier rule wins.
func (lx *Lexicon) triggers(toks []token) []trigger {
	// Candidate starts: tokens that begin some rule, found through the index of first
	// words; then the rules are tried in file order, so that earlier rules win.
	type cand struct{ rule, at int }
	var cands []cand
	for i, t := range toks {
		if t.punct || t.num || t.low == "" {
			continue
		}
		for _, r := range lx.exactFirst[t.low] {
			cands = append(cands, cand{r, i})
		}
		for _, pi := range lx.prefixAt[t.low[0]] {
			if p := lx.prefixFirst[pi]; strings.HasPrefix(t.low, p.prefix) {
				for _, r := range p.rules {
					cands = append(cands, cand{r, i})
				}
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a].rule != cands[b].rule {
			return cands[a].rule < cands[b].rule
		}
		return cands[a].at < cands[b].at
	})
	var out []trigger
	taken := make([]bool, len(toks))
	for _, cd := range cands {
		r := &lx.rules[cd.rule]
		i := cd.at
		{
			if taken[i] {
				continue
			}
			end, ok := matchSteps(r.steps, toks, i)
			if !ok {
				continue
			}
			// ("announced that he had been declared persona non grata": the person
			// named before the pronoun is the object)
			byPronoun := r.object != "" && r.says("persona") && pronounNamed(lx, toks, i, r.object)
			// ("The nine Russians were declared persona non grata": people counted
			// by their nation before the passive)
			// ("Tokyo's expulsion of eight Russians": so is the people a nominal counts,
			// but not "the expulsion of the 70 Russians", people told of before)
			counted := r.object == "diplomat" && (lx.countFollows(toks, end) || lx.countedPeople(toks, i, end) || r.says("persona") && lx.countedPeople(toks, max(-1, i-7), i) || end+1 < len(toks) && toks[end].low == "of" && toks[end+1].low != "the" && lx.countedPeople(toks, end, end+4))
			if r.object != "" && !lx.objectNear(toks, i, end, r.object) && !counted && !byPronoun {
				continue
			}
			if r.object == "ambassador" && !lx.ambassadorObject(toks, i, end) && !byPronoun {
				continue
			}
			if r.kind == "talks" && offTopic(lx, toks, i, end) {
				continue
			}
			// "signed an agreement in Taipei establishing diplomatic relations": the
			// paper signed is the agreement, told by its own trigger
			if r.kind == "agreement" && (strings.HasPrefix(toks[i].low, "establish") || strings.HasPrefix(toks[i].low, "open")) && paperBefore(toks, i) {
				continue
			}
			// "suspended defence relations with India": ties of another kind (not
			// "diplomatic and commercial relations": both)
			if (r.kind == "break_relations" || r.kind == "restore_relations" || r.kind == "downgrade_relations") && wordClassIn(lx, toks, i+1, end, "offtopic") && !wordBetween(toks, i+1, end, "diplomatic") {
				continue
			}
			if r.kind == "ambassador_departed" && (!departsPost(lx, toks, end) || withGroup(lx, toks, i, end)) {
				continue
			}
			if r.kind == "expel" && citizensTold(lx, toks, i) {
				continue
			}
			if r.kind == "staff_cap" && describesSize(toks, i, end) {
				continue
			}
			// "a reduction was ordered on January 11, so that by early February":
			// "by" that opens a date is no cut's amount
			if r.kind == "staff_cap" && toks[end-1].low == "by" && end < len(toks) && datedBy(toks, end) {
				continue
			}
			// "in order to tell him to leave": a purpose, not a command
			if toks[i].low == "order" && i > 0 && toks[i-1].low == "in" {
				continue
			}
			// "too close to a base" is nearness, not a closure
			// ("close cooperation", "close ties": an adjective)
			if r.kind == "close_mission" && toks[i].low == "close" && end < len(toks) && (toks[end].low == "to" || closeThings[toks[end].low]) {
				continue
			}
			// "Maduro told state television his ambassador would go back": what is told
			// to an audience is said, not ordered
			if tellWords[toks[i].low] && audienceAfter(toks, i+1) {
				continue
			}
			// "Embassies still closed", "the consulate stayed shut": a post that stays
			// shut was closed before
			if r.kind == "close_mission" && i > 0 && stillWords[toks[i-1].low] && (toks[i].low == "closed" || toks[i].low == "shut") {
				continue
			}
			// "closed to the public", "a one-day closure to visitors": the doors shut,
			// the mission still works
			if r.kind == "close_mission" && toPublic(toks, end) {
				continue
			}
			// "closing an espionage dispute", "closing four years in which": a close
			// that ends a time or a quarrel shuts no post
			if r.kind == "close_mission" && endsSpan(lx, toks, i, end) {
				continue
			}
			overlap := false
			for k := i; k < end; k++ {
				if taken[k] {
					overlap = true
				}
			}
			if overlap {
				continue
			}
			for k := i; k < end; k++ {
				taken[k] = true
			}
			out = append(out, trigger{rule: r, start: i, end: end})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	// One claim per kind and clause: "the expulsion ... the expelled diplomats" is one;
	// "Canada expelled six ... and India retaliated by ordering out six" is two.
	var kept []trigger
	for _, t := range out {
		dup := false
		for i := range kept {
			k := &kept[i]
			if k.rule.kind == t.rule.kind && !boundaryBetween(toks, k.end, t.start, true) && !lx.actorBetween(toks, k.end, t.start) && !saidBetween(toks, k.end, t.start) && !relativeClosed(toks, k.start, k.end, t.start) {
				dup = true
				if k.next == nil {
					k.next = &t
				}
			}
		}
		if !dup {
			kept = append(kept, t)
		}
	}
	// "agreed to restore relations": the measure agreed on is the claim
	out = kept[:0]
	for i, t := range kept {
		if t.rule.kind == "agreement" && i+1 < len(kept) && kept[i+1].start-t.end <= 4 && kept[i+1].rule.kind != "restore_relations" {
			continue
		}
		out = append(out, t)
	}
	kept = out
	return kept
}

// officeTitle reports whether token k is a minister's title before a name ("Interior
// Secretary Santiago Creel", "Secretary of State"), not a diplomat of that rank
// ("the embassy's first secretary").
func officeTitle(toks []token, k int) bool {
	if toks[k].low != "secretary" || !toks[k].upper || k+1 >= len(toks) || !(toks[k+1].upper && !toks[k+1].punct || toks[k+1].low == "of") {
		return false
	}
	return k == 0 || !toks[k-1].upper || !ordinalRanks[toks[k-1].low]
}

// ordinalRanks are the words that make a secretary a diplomat's rank.
var ordinalRanks = map[string]bool{"first": true, "second": true, "third": true}

// countedEnvoysAt returns the number of envoys that starts at token k ("12
// ambassadors", "some 30 of the country's ambassadors"), and whether one does.
func countedEnvoysAt(lx *Lexicon, toks []token, k int) (quantity, bool) {
	q, ok := lx.parseQuantity(toks, k)
	if !ok || q.yearLike || q.frac != 0 || q.end >= len(toks) {
		return q, false
	}
	j := q.end
	if toks[j].low == "of" {
		for j++; j < min(len(toks)-1, q.end+4) && !lx.inClass("ambassador", toks[j].low); j++ {
		}
	}
	return q, lx.inClass("ambassador", toks[j].low) && strings.HasSuffix(toks[j].low, "s")
}

// pronounNamed reports whether a personal pronoun stands in the clause before k
// and a person of the class was named earlier in the sentence: "a Ukrainian
// embassy diplomat ... announced that he had been declared persona non grata".
func pronounNamed(lx *Lexicon, toks []token, k int, class string) bool {
	j := pronounBefore(toks, k)
	return j >= 0 && slices.ContainsFunc(toks[:j], func(t token) bool { return lx.inClass(class, t.low) })
}

// pronounBefore returns the index of "he", "she" or "they" in the five words of
// the clause before k, or -1.
func pronounBefore(toks []token, k int) int {
	for j := k - 1; j >= max(0, k-5); j-- {
		if toks[j].punct {
			return -1
		}
		if w := toks[j].low; w == "he" || w == "she" || w == "they" {
			return j
		}
	}
	return -1
}

// withGroup reports whether an envoy's departure between i and end is told together
// with other people's: "its ambassador and four other members of the diplomatic
// staff have left" is the staff withdrawn, the envoy among them.
func withGroup(lx *Lexicon, toks []token, i, end int) bool {
	for k := i; k+1 < end; k++ {
		if toks[k].low != "and" {
			continue
		}
		// (a group counted beside the envoy: "and four other members", "and the
		// five other remaining staff"; not "his wife and the embassy's staff")
		counted := false
		for j := k + 1; j < min(end, k+7); j++ {
			w := toks[j].low
			_, word := lx.wordValue(w)
			counted = counted || toks[j].num || w == "other" || word
			if counted && (isPeopleWord(w) || w == "diplomats" || w == "colleagues") {
				return true
			}
		}
	}
	return false
}

// endsSpan reports whether the close at k ends a time or a quarrel named in the
// three words after it ("closing an espionage dispute", "closed a chapter") before
// any post is named, or shuts the people in ("had shut themselves into a room").
func endsSpan(lx *Lexicon, toks []token, k, end int) bool {
	if end != k+1 || !strings.HasPrefix(toks[k].low, "clos") && !strings.HasPrefix(toks[k].low, "shut") {
		return false
	}
	// ("guards who had shut themselves into a room": a close on oneself)
	if end < len(toks) && reflexives[toks[end].low] {
		return true
	}
	for j := end; j < min(len(toks), end+4); j++ {
		if toks[j].punct || lx.inClass("mission", toks[j].low) {
			return false
		}
		if endedThings[toks[j].low] {
			return true
		}
	}
	return false
}

// reflexives are the objects of a close on oneself.
var reflexives = map[string]bool{"themselves": true, "himself": true, "herself": true, "itself": true, "ourselves": true}

// endedThings are what a close ends rather than shuts: a span of time, a quarrel, a
// chapter.
var endedThings = map[string]bool{"dispute": true, "disputes": true, "chapter": true, "years": true, "months": true, "weeks": true, "decades": true, "era": true, "row": true, "period": true, "rift": true, "episode": true, "quarrel": true, "standoff": true, "stand-off": true, "feud": true, "gap": true, "loophole": true, "session": true, "meeting": true, "summit": true, "ranks": true, "investigation": true, "inquiry": true}

// tellWords are the forms of "tell", which give an order or only say something.
var tellWords = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true}

// audienceNouns are those a statement is told to, not an order given to.
var audienceNouns = map[string]bool{"reporters": true, "journalists": true, "television": true, "tv": true, "radio": true, "press": true, "parliament": true, "lawmakers": true, "legislators": true, "newspaper": true, "broadcaster": true, "briefing": true, "supporters": true, "crowd": true, "audience": true, "correspondents": true, "interviewer": true}

// audienceAfter reports whether the words at k, after "told", name an audience:
// "told reporters", "told Venezuelan state television".
func audienceAfter(toks []token, k int) bool {
	for j := k; j < min(len(toks), k+4); j++ {
		if audienceNouns[toks[j].low] {
			return true
		}
		if toks[j].punct || toks[j].low == "that" || toks[j].low == "to" {
			return false
		}
	}
	return false
}

// stillWords say that a state of things lasts: "still closed", "stayed shut".
var stillWords = map[string]bool{"still": true, "remain": true, "remains": true, "remained": true, "stay": true, "stays": true, "stayed": true, "kept": true}

// toPublic reports whether the words at k shut a mission's doors to callers only:
// "to the public", "to visitors".
func toPublic(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].low != "to" {
		return false
	}
	w := toks[k+1].low
	if w == "the" && k+2 < len(toks) {
		w = toks[k+2].low
	}
	return w == "public" || w == "visitors" || w == "callers"
}

// closeThings are the nouns "close" qualifies as an adjective.
var closeThings = map[string]bool{"cooperation": true, "co-operation": true, "ties": true, "relations": true, "relationship": true, "contact": true, "contacts": true, "links": true, "ally": true, "allies": true, "friend": true, "friends": true, "partner": true, "partners": true, "partnership": true, "attention": true, "watch": true, "eye": true, "coordination": true, "consultation": true, "consultations": true, "collaboration": true, "aide": true, "aides": true, "associate": true, "associates": true, "adviser": true, "advisers": true, "friendship": true, "proximity": true, "call": true}

// describesSize reports whether a cap's participle describes, not acts: "running on a
// reduced staff", "the damage is limited" (but "was limited to 25" caps).
func describesSize(toks []token, i, end int) bool {
	w := toks[i].low
	if end-i != 1 || !strings.HasSuffix(w, "ed") || i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "a", "an", "its", "their":
		return true
	case "is", "are", "was", "were", "be", "been":
		if end >= len(toks) {
			return true
		}
		switch toks[end].low {
		case "to", "at", "by":
			return false
		}
		return true
	}
	return false
}

// saidBetween reports whether a second statement stands between two triggers:
// "ordered seven countries to withdraw their diplomats, and said it was bringing its
// own staff home" tells two acts.
func saidBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].low {
		case "said", "announced", "added":
			return true
		}
	}
	return false
}

// relativeClosed reports whether the trigger starting at start stands in a relative
// clause that closes before the next one: "Bonn, which had already sent two Libyans
// home, told the bureau that 22 of its staff had to leave" tells two acts.
func relativeClosed(toks []token, start, from, to int) bool {
	opened := false
	for j := start - 1; j >= max(1, start-4); j-- {
		if (toks[j].low == "which" || toks[j].low == "who") && toks[j-1].low == "," {
			opened = true
			break
		}
	}
	return opened && wordBetween(toks, from, to, ",")
}

// matchSteps matches a pattern at token i and returns the index after the match.
func matchSteps(steps []step, toks []token, i int) (int, bool) {
	if len(steps) == 0 {
		return i, true
	}
	s := steps[0]
	if s.gap > 0 {
		for k, n := 0, 0; n <= s.gap && i+k <= len(toks); k, n = k+1, n+1 {
			if i+k < len(toks) && (toks[i+k].low == "." || toks[i+k].low == ";" || newPredicate(toks, i+k)) {
				break
			}
			if end, ok := matchSteps(steps[1:], toks, i+k); ok {
				return end, true
			}
			// (", Christian Clages,": a name in apposition costs one word)
			if o := apposition(toks, i+k, 1); o >= 0 {
				k = o - i
			}
		}
		return 0, false
	}
	if i >= len(toks) || !anyMatch(s.alts, toks[i].low) {
		return 0, false
	}
	return matchSteps(steps[1:], toks, i+1)
}

// apposition returns the index of the comma that closes, in direction step (1 after,
// -1 before), a proper name set off by the comma at k (", Christian Clages,"), or -1.
func apposition(toks []token, k, step int) int {
	if k < 0 || k >= len(toks) || toks[k].low != "," {
		return -1
	}
	j := k + step
	for j >= 0 && j < len(toks) && toks[j].upper && !toks[j].punct {
		j += step
	}
	if j == k+step || j < 0 || j >= len(toks) || toks[j].low != "," {
		return -1
	}
	return j
}

// newPredicate reports whether an "and" at k opens a second measure of the same
// subject ("ordered the embassy to close immediately and gave all its diplomats 48
// hours to leave"): a rule's gap does not reach into it.
func newPredicate(toks []token, k int) bool {
	if toks[k].low != "and" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "gave", "gives", "expelled", "expels", "closed", "closes", "shut", "shuts", "recalled", "recalls", "ordered", "orders", "declared", "declares", "broke", "breaks", "severed", "severs":
		return true
	}
	return false
}

// nameRun returns how many capitalised words, two to four, stand from k: a person's
// name ("Walid Obeidat"); else 0.
func nameRun(toks []token, k int) int {
	n := 0
	for k+n < len(toks) && n < 4 && toks[k+n].upper && !toks[k+n].punct && !toks[k+n].num {
		n++
	}
	if n < 2 {
		return 0
	}
	return n
}

// ambassadorObject reports whether the trigger acts on an ambassador: the noun within
// four words after it ("expelled the Russian ambassador") with no number between, or
// just before it ("the ambassador was expelled").
func (lx *Lexicon) ambassadorObject(toks []token, start, end int) bool {
	// "told six Indian diplomats, including the high commissioner, to leave", "told
	// him that all Iranian diplomats had 72 hours to leave": the order is the group's
	people := func(k int) bool {
		return lx.inClass("diplomat", toks[k].low) && toks[k].low != "embassy" && toks[k].low != "mission" && !strings.HasSuffix(toks[k].low, "'s") && !officeTitle(toks, k)
	}
	for k := start + 1; k < end; k++ {
		if lx.inClass("ambassador", toks[k].low) {
			// "ordered the Colombian ambassador, diplomats and consuls out": the
			// envoy goes with a group
			// ("ordered the ambassador, Dr Loutof Allah Haydar, and 20 other Syrian
			// diplomats out": over his name too)
			for j := k + 1; j < end && j <= k+12; j++ {
				if toks[j].low != "," && toks[j].low != "and" {
					continue
				}
				for i := j + 1; i < end && i <= j+4; i++ {
					if people(i) {
						return false
					}
				}
			}
			// "told the French charge d'affaires that 15 French agents must leave":
			// the envoy is only told
			for j := k + 1; j < end; j++ {
				if toks[j].low != "that" {
					continue
				}
				for i := j + 1; i < min(j+6, end); i++ {
					if people(i) {
						return false
					}
				}
			}
			break
		}
		if people(k) {
			return false
		}
	}
	// "recalled Walid Obeidat, then its ambassador": over the envoy's name first
	from := end
	if n := nameRun(toks, end); n > 0 && end+n < len(toks) && toks[end+n].low == "," {
		from = end + n + 1
	}
	for k := from; k < min(len(toks), from+5); k++ {
		// "recalled 12 ambassadors", "recalled some 30 of the country's
		// ambassadors": envoys counted, one a post
		if _, ok := countedEnvoysAt(lx, toks, k); k == from && ok {
			return true
		}
		if toks[k].num || toks[k].punct {
			break
		}
		// "twelve Algerian agents are expelled and Ambassador Romatet is recalled": a
		// passive's object stood before it, the envoy opens another clause
		if toks[k].low == "and" && start > 0 && isPassiveAux(toks[start-1].low) {
			break
		}
		if _, ok := lx.parseQuantity(toks, k); ok && toks[k].low != "a" && toks[k].low != "an" {
			break
		}
		if lx.inClass("ambassador", toks[k].low) {
			return true
		}
	}
	// a passive reaches further back, over the envoy's name: "Mexico's ambassador,
	// Maria Teresa Mercado, had been declared persona non grata", "Algeria's
	// ambassadors in Bamako and Niamey were being called home"
	passive := start > 0 && isPassiveAux(toks[start-1].low)
	back := 4
	// "was called in and declared persona non grata": the passive of the first verb
	// holds for the second
	if start > 2 && toks[start-1].low == "and" {
		for k := start - 2; k >= max(0, start-7); k-- {
			if isPassiveAux(toks[k].low) {
				passive, back = true, 5
				start = k + 1
				break
			}
		}
	}
	if passive {
		back += 10
	}
	// "its ambassador, Rogel Rachman, who was out of the country, should not come
	// back", "Lebanon's ambassador to the island kingdom must leave": a modal's
	// subject, over appositions and clauses
	// (or "would not be allowed to return": the modal before the trigger's "not")
	modal := toks[start].low
	if modal == "not" && start > 0 {
		modal = toks[start-1].low
	}
	switch modal {
	case "must", "should", "would", "will", "could", "may", "can", "cannot":
		passive, back = true, 14
	}
	for k := start - 1; k >= max(0, start-back); k-- {
		// "bringing Verma home, then expelled six": another clause's envoy
		if toks[k].low == "," && k < start-1 && !passive {
			break
		}
		if lx.inClass("ambassador", toks[k].low) {
			return true
		}
		// "told the French charge d'affaires that 15 French agents must leave": the
		// people nearer the modal are its subject
		if passive && people(k) {
			return false
		}
	}
	for k := start + 1; k < end; k++ {
		if lx.inClass("ambassador", toks[k].low) {
			return true
		}
	}
	return false
}

// buildingNouns name a building after a place: "left its Moscow headquarters".
var buildingNouns = map[string]bool{"headquarters": true, "airport": true, "office": true, "offices": true, "embassy": true, "ministry": true, "hotel": true, "residence": true, "building": true, "compound": true, "mission": true, "consulate": true}

// departsPost reports whether "left" names leaving a post or a country ("left his
// post", "left Washington"), not a building ("left the ministry", "left its Moscow
// headquarters").
func departsPost(lx *Lexicon, toks []token, end int) bool {
	if end >= 2 && (toks[end-1].low == "post" || toks[end-1].low == "tenure") {
		return true
	}
	for k := end; k < min(len(toks), end+4); k++ {
		switch toks[k].low {
		case "post", "posting", "country", "capital":
			return true
		}
		if e, ok := lx.phrases[toks[k].low]; ok && toks[k].upper && (e.role == roleName || e.role == roleCapital) {
			// the place itself, not a building named after it
			next := ""
			if k+1 < len(toks) {
				next = toks[k+1].low
			}
			// (a lower-case word follows the place: "left Tehran earlier in the day";
			// a capital one names the building: "left Moscow State University")
			return next == "" || toks[k+1].punct || !toks[k+1].upper && !buildingNouns[next]
		}
	}
	return false
}

// actorBetween reports whether a name that could act stands between two tokens.
func (lx *Lexicon) actorBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if !toks[k].upper {
			continue
		}
		// ("Phnom Penh", "New Delhi": a name of several words)
		key := toks[k].low
		for n := 1; n <= 3 && k+n <= to; n++ {
			if n > 1 {
				key += " " + toks[k+n-1].low
			}
			if e, ok := lx.phrases[key]; ok && (e.role == roleName || e.role == roleCapital || e.role == roleSeat || e.role == roleOfficial) {
				return true
			}
		}
	}
	return false
}

// countFollows reports whether a number of people follows the trigger directly
// ("expelled four each from France"): the noun is understood.
func (lx *Lexicon) countFollows(toks []token, k int) bool {
	q, ok := lx.parseQuantity(toks, k)
	if ok && q.end < len(toks) && lx.isDemonymPlural(toks[q.end]) && residents(toks, q.end+1) {
		return false
	}
	return ok && !q.yearLike && q.frac == 0 && !timeUnit(toks, q.end)
}

// countedPeople reports whether the trigger's words count a people: "ordered six
// Canadians out", "gave 23 Russians a week".
func (lx *Lexicon) countedPeople(toks []token, start, end int) bool {
	for k := start + 1; k < end; k++ {
		if q, ok := lx.parseQuantity(toks, k); ok && q.end < end+1 && q.end < len(toks) {
			j := q.end
			// "ordered six more Britons out"
			if j+1 < len(toks) && j+1 < end && moreWords[toks[j].low] {
				j++
			}
			// (not "about 1,000 Kenyans who live in Sudan": residents, not a mission)
			if lx.isDemonymPlural(toks[j]) && !residents(toks, j+1) {
				return true
			}
		}
	}
	return false
}

// residents reports whether the people counted just before k live where they are:
// "who live in Sudan", "living in Sudan", "resident there".
func residents(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "living", "residing", "resident", "settled":
		return true
	case "who":
		return k+1 < len(toks) && (toks[k+1].low == "live" || toks[k+1].low == "lived" || toks[k+1].low == "reside")
	}
	return false
}

// moreWords stand between a number and the people it counts: "six more Britons".
var moreWords = map[string]bool{"more": true, "other": true, "further": true, "additional": true}

// offTopic reports whether talks are named for a subject other than the two states'
// relations: "trade talks", "the Cambodian peace talks", "talks with business
// leaders", "negotiations on a border treaty".
func offTopic(lx *Lexicon, toks []token, start, end int) bool {
	for k := max(0, start-2); k < end; k++ {
		if lx.inClass("offtopic", toks[k].low) {
			return true
		}
	}
	for k := end; k < min(len(toks), end+8); k++ {
		switch w := toks[k].low; {
		case toks[k].punct:
			return false
		case lx.inClass("offtopic", w):
			for j := k - 1; j >= end && j >= k-3; j-- {
				if w := toks[j].low; w == "on" || w == "over" || w == "about" || w == "with" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// objectNear reports whether a noun of the class stands near the trigger, in its
// clause: up to ten words after it or eight before it.
func (lx *Lexicon) objectNear(toks []token, start, end int, class string) bool {
	// "soldiers seize President Manuel Zelaya at his residence": a person taken is
	// no property
	if class == "property" && end < len(toks) && personTitles[toks[end].low] {
		return false
	}
	after := 10
	if class == "diplomacy" {
		// "agreed on Tuesday to set up teams to get their embassies working": what
		// an agreement is about may come late in its clause
		after = 16
	}
	for k := end; k < min(len(toks), end+after); k++ {
		// "was re-opened following his eviction from the embassy": a new clause
		// names no object
		if toks[k].low == ";" || subordinators[toks[k].low] && toks[k].low != "as" {
			break
		}
		// ("cap the number of polling stations": a number of things that are not
		// people or posts)
		if class == "staff" && toks[k].low == "number" && !lx.numberOfStaff(toks, k) {
			continue
		}
		if lx.inClass(class, toks[k].low) {
			return true
		}
	}
	// "the consul general in Istanbul, Yossi Levi Safri, was asked to leave": a name
	// in apposition costs nothing
	// ("re-established diplomatic relations on Monday, when their foreign ministers
	// signed a joint communique": a paper signed may close its sentence)
	before := 8
	for k := start - 1; class == "diplomacy" && k >= max(0, start-3); k-- {
		if strings.HasPrefix(toks[k].low, "sign") {
			before = 16
		}
	}
	for k, n := start-1, 0; k >= 0 && n < before; k, n = k-1, n+1 {
		if toks[k].low == ";" || toks[k].low == "." {
			break
		}
		// ("handed Russia's ambassador notes expelling a first secretary": the
		// envoy handed the note is not the one it sends away)
		if class == "ambassador" && (toks[k].low == "note" || toks[k].low == "notes") {
			break
		}
		if lx.inClass(class, toks[k].low) && !officeTitle(toks, k) {
			return true
		}
		// "declaring 40 employees personae non gratae, the same number Berlin had
		// expelled": the number stands for the people just counted
		if class == "diplomat" && toks[k].low == "number" && k > 0 && toks[k-1].low == "same" {
			return true
		}
		if toks[k].low == "," {
			if o := apposition(toks, k, -1); o >= 0 {
				k = o
			}
			// "its ambassador, who was out of the country, should not come back": a
			// relative clause costs nothing either
			for j := k - 1; j > 0 && j >= k-10; j-- {
				if toks[j].low == "," && (toks[j+1].low == "who" || toks[j+1].low == "which") {
					n -= k - j
					break
				}
				if toks[j].low == "," || toks[j].low == ";" {
					break
				}
			}
		}
	}
	// "Nineteen American diplomats flew from Managua to Miami on Monday, expelled in
	// reprisal ...": a participle after a comma tells of the sentence's subject
	if start > 0 && toks[start-1].low == "," && strings.HasSuffix(toks[start].low, "ed") {
		for k := 0; k < min(start, 6); k++ {
			if lx.inClass(class, toks[k].low) {
				return true
			}
			if toks[k].punct {
				break
			}
		}
	}
	// inside the pattern: "held talks", "local staff"
	for k := start; k < end; k++ {
		if lx.inClass(class, toks[k].low) && k != start {
			return true
		}
	}
	return false
}

// numberOfStaff reports whether "number" at k, when "of" follows, counts people or
// posts: "the number of diplomats", "the number of Russian embassy staff".
func (lx *Lexicon) numberOfStaff(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].low != "of" {
		return true
	}
	for j := k + 2; j < min(len(toks), k+6) && !toks[j].punct; j++ {
		if lx.inClass("staff", toks[j].low) || lx.inClass("diplomat", toks[j].low) {
			return true
		}
	}
	return false
}

// modalBefore reports whether "might", "could" or "may" stands in the clause before
// k, with no comma between.
func modalBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-12); j-- {
		switch w := toks[j].low; {
		case toks[j].punct:
			return false
		case w == "might" || w == "could" || w == "may" && !toks[j].upper:
			return true
		}
	}
	return false
}

// bareVerb reports whether a trigger's first word may be a verb's bare form
// ("close", not "closed", "closes" or "gave"), as it stands after "to" (the past
// forms that end in no suffix are pastVerbs').
func bareVerb(w string) bool {
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "en") && !pastVerbs[w]
}

// infinitiveBefore reports whether the clause before k holds "to" and a verb ("to
// make Beijing shrink its presence"), not "to" and a place ("to the ministry").
func infinitiveBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-10) && !clauseWords[toks[j].low]; j-- {
		if toks[j].low == "to" && j+1 < k && !toks[j+1].upper && toks[j+1].low != "the" && toks[j+1].low != "a" && toks[j+1].low != "an" && toks[j+1].low != "its" && toks[j+1].low != "their" {
			return true
		}
	}
	return false
}

// clauseWords end a clause for hedging: what stands before them does not qualify
// what follows.
var clauseWords = map[string]bool{",": true, ";": true, ":": true, "(": true, ")": true, "-": true, "\"": true, "but": true, "while": true, "whereas": true, "although": true, "though": true, "because": true, "after": true, "before": true, "when": true, "which": true, "who": true, "and": true, "since": true, "as": true}

func boundaryBetween(toks []token, from, to int, strong bool) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].low == ";" || toks[k].low == "." {
			return true
		}
		// ("had left Haiti as a precaution on Sunday": "as a" opens no clause)
		if !strong && clauseWords[toks[k].low] && !(toks[k].low == "as" && k+1 < len(toks) && (toks[k+1].low == "a" || toks[k+1].low == "an")) {
			return true
		}
	}
	return false
}

// hedged reports whether the trigger stands in a threat, proposal, hypothetical,
// prediction or denial: a hedge word in its clause before it, or a modal right after
// it ("talks could ...").
func (x *Extractor) hedged(toks []token, tr trigger) bool {
	// "so that it can, if needed, get its embassy staff out"
	if k := tr.start; k >= 3 && toks[k-1].low == "," && toks[k-3].low == "if" && (toks[k-2].low == "needed" || toks[k-2].low == "necessary" || toks[k-2].low == "required") {
		return true
	}
	// "asked the 62 governments that still host Iraqi missions to expel ...",
	// "urged other Arab governments to do the same": a request that others act,
	// however long the list of those asked
	if tr.start > 2 && toks[tr.start-1].low == "to" && actsOnOthers(toks, tr) {
		for k := tr.start - 2; k >= max(0, tr.start-16); k-- {
			if w := toks[k].low; w == "asked" || w == "asks" || w == "asking" || w == "requested" || w == "urged" || w == "urging" || w == "urges" || w == "encouraged" || w == "pressed" || w == "appealed" {
				return true
			} else if toks[k].punct && w != "," {
				break
			}
		}
	}
	// "when one country calls its ambassador home, the other usually follows suit":
	// a rule of thumb, not an act, nor what follows from it
	for k := max(1, tr.start-16); k+1 < tr.start; k++ {
		if w := toks[k-1].low; (w == "when" || w == "if" || w == "whenever") && (toks[k].low == "one" || toks[k].low == "a") && (toks[k+1].low == "country" || toks[k+1].low == "state" || toks[k+1].low == "government" || toks[k+1].low == "side") {
			return true
		}
	}
	// "have yet to reopen their embassies": not done
	if k := tr.start; k >= 2 && toks[k-1].low == "to" && toks[k-2].low == "yet" {
		return true
	}
	// "has not said how many people are leaving; a U.S. official said they would
	// fly out": what is not told, and what the untold number goes on to do
	for k := max(1, tr.start-14); k < tr.start; k++ {
		if toks[k].low == "many" && toks[k-1].low == "how" && !wordBetween(toks, k, tr.start, ".") {
			return true
		}
	}
	// "every option, the expulsion of diplomats included, remained under
	// consideration", "lowering the level of relations was one of the options": a
	// possibility weighed after it is named
	for k := tr.end; k < min(len(toks), tr.end+8); k++ {
		if w := toks[k].low; w == "consideration" || w == "option" || w == "options" {
			return true
		}
		if toks[k].low == ";" || toks[k].low == "." {
			break
		}
	}
	// "families may leave at government expense": a departure the state allows and
	// pays for is taken, not merely possible (its modal hedges nothing)
	// ("staff and family members could depart voluntarily": an authorised departure)
	permits := tr.rule.says("expense") || wordBetween(toks, tr.end, min(len(toks), tr.end+4), "expense") || tr.rule.says("voluntarily")
	lo := max(0, tr.start-9)
	for k := tr.start - 1; k >= lo; k-- {
		w := toks[k].low
		if clauseWords[w] {
			// "said on Monday, it would" rarely splits; a comma ends the look-back
			// ("he might order Soviet diplomats out and bring home as many
			// Americans": a modal before "and" governs both verbs)
			if w == "and" && modalBefore(toks, k) {
				return true
			}
			// ("his call for the government to make Beijing shrink its presence and
			// close some of its consulates": a bare verb joined by "and" shares the
			// first verb's hedge)
			if w == "and" && k == tr.start-1 && bareVerb(toks[tr.start].low) && infinitiveBefore(toks, k) {
				lo = max(0, k-12)
				continue
			}
			break
		}
		if w == "may" && toks[k].upper {
			continue // the month
		}
		if permits && (w == "may" || w == "can" || w == "could") {
			continue
		}
		// "may no longer employ local staff" states a ban, not a possibility
		if (w == "may" || w == "can" || w == "could") && k+2 < len(toks) && toks[k+1].low == "no" && toks[k+2].low == "longer" {
			return false
		}
		if w == "would" && announced(toks, k) {
			continue
		}
		// "None of these governments has broken off relations" (not "none of its
		// diplomats remained: all had been flown home", where the people lead)
		if w == "none" && k+1 < len(toks) && toks[k+1].low == "of" && !isPeopleWord(toks[tr.start].low) && !x.lx.inClass("diplomat", toks[tr.start].low) {
			return true
		}
		// "was called in and declared persona non grata": a summons, not a call for
		// something
		if strings.HasPrefix(w, "call") && k+1 < len(toks) && (toks[k+1].low == "in" || toks[k+1].low == "home" || toks[k+1].low == "back") {
			continue
		}
		// "ordered what it called a temporary reduction": a name given, not a call
		if strings.HasPrefix(w, "call") && k >= 2 && toks[k-2].low == "what" {
			continue
		}
		// "did not restore them until 1988" tells when the act came
		if w == "not" && untilAfter(toks, tr.end) {
			continue
		}
		// "asked the Russians to trim their presence": a government's request to
		// another state is an order, not a proposal (a request that others expel
		// is told above)
		if (w == "asked" || w == "asks" || w == "asking") && tr.start > k+2 && toks[tr.start-1].low == "to" && namedBetween(toks, k+1, tr.start-1) {
			continue
		}
		for _, h := range x.lx.hedges {
			if wordMatch(h, w) {
				return true
			}
		}
		// "stopped short of a break", "a step short of breaking relations": what is
		// stopped short of is not done
		if w == "short" && k+1 < len(toks) && toks[k+1].low == "of" {
			return true
		}
	}
	for k := tr.start + 1; k < min(len(toks), tr.end+2); k++ {
		// "ordered every employee whose job could be done elsewhere to leave": a
		// modal in a relative clause on the object qualifies the people, not the act
		if k < tr.end && relativeBetween(toks, tr.start+1, k) {
			continue
		}
		switch toks[k].low {
		case "would":
			if !announced(toks, k) {
				return true
			}
		case "should":
			// "has told its embassy that the dependants of its staff should leave":
			// an instruction passed on
			if !instructedThat(toks, k) {
				return true
			}
		case "could", "might":
			if !permits {
				return true
			}
		case "may":
			if !toks[k].upper && !permits {
				return true
			}
		}
	}
	if asTopic(toks, tr.start) {
		return true
	}
	// "Local staff of the embassy are not being evacuated": a denial inside the
	// trigger's skipped words (unless the pattern itself says "not")
	// ("for employees whose jobs are not considered critical, to leave": a relative
	// clause's own denial)
	if !tr.rule.says("not") {
		for k := tr.start + 1; k < tr.end-1; k++ {
			if w := toks[k].low; w == "who" || w == "whose" || w == "which" {
				break
			}
			if negation(toks[k].low) {
				return true
			}
		}
	}
	// "sent no Russians home", "expelled no diplomats": an act denied (not "keep no
	// more than three", a ceiling)
	if tr.start+1 < len(toks) && toks[tr.start+1].low == "no" && !(tr.start+2 < len(toks) && (toks[tr.start+2].low == "more" || toks[tr.start+2].low == "fewer" || toks[tr.start+2].low == "less")) {
		return true
	}
	// "will close its embassy in Baghdad unless the government stops ...": a
	// condition after the act
	for k := tr.end; k < min(len(toks), tr.end+15); k++ {
		// ("would resume relations whenever Tanzania asked")
		if toks[k].low == "unless" || toks[k].low == "whenever" {
			return true
		}
		// ("ties will be restored once the conditions are right": a step to come on
		// a condition, not "expelled once again")
		if toks[k].low == "once" && k+1 < len(toks) && toks[k+1].low != "again" && toks[k+1].low != "more" && willBefore(toks, tr.start, tr.end) {
			return true
		}
		if toks[k].low == ";" || toks[k].low == "." {
			break
		}
	}
	// a sentence that opens with a condition is a hypothetical through and through
	switch toks[0].low {
	case "if", "unless", "should", "were":
		return true
	}
	// a question is not a statement
	last := toks[len(toks)-1]
	return last.low == "?"
}

// willBefore reports whether "will" stands within four words before the trigger at
// start or inside it, before end ("ties will be restored").
func willBefore(toks []token, start, end int) bool {
	for j := end - 1; j >= max(0, start-4); j-- {
		if toks[j].low == "will" || toks[j].low == "'ll" || toks[j].low == "would" {
			return true
		}
	}
	return false
}

// asTopic reports whether the trigger at k names a topic or a goal, not an act:
// "talks on reopening embassies", "Austria's record of expelling Russians", "a move
// toward the resumption of relations".
func asTopic(toks []token, k int) bool {
	if k > 0 && strings.HasSuffix(toks[k].low, "ing") {
		switch toks[k-1].low {
		case "on", "about", "over", "of", "for", "toward", "towards":
			return true
		}
	}
	// "another move toward the resumption of regular relations": a goal
	return k > 1 && toks[k-1].low == "the" && (toks[k-2].low == "toward" || toks[k-2].low == "towards")
}

// denied reports whether a negation stands just before the trigger at k: "has not
// sent".
func denied(toks []token, k int) bool {
	for j := max(0, k-2); j < k; j++ {
		if negation(toks[j].low) {
			return true
		}
	}
	return false
}

// negation reports whether w denies what follows: "not", "never", "n't".
func negation(w string) bool { return w == "not" || w == "never" || w == "n't" }

// actsOnOthers reports whether the trigger's verb is one a state takes against
// another's people or posts, with no "its" or "their" after it that would make the
// object the asked state's own: "expel two Iraqi diplomats" (not "close its
// consulate", "withdraw their staff"). "Asking Thailand to do the same" is a
// request whatever the measure repeated.
func actsOnOthers(toks []token, tr trigger) bool {
	switch v := toks[tr.start].low; {
	case strings.HasPrefix(v, "expel"), strings.HasPrefix(v, "declar"), v == "sever", v == "break", v == "throw", v == "kick", tr.rule.kind == sameKind:
	default:
		return false
	}
	for k := tr.start + 1; k < min(len(toks), tr.start+4); k++ {
		if possessivePronoun(toks[k].low) {
			return false
		}
	}
	return true
}

// instructedThat reports whether the word at k stands in what someone was told or
// instructed to do: "told its embassy that the dependants should leave".
func instructedThat(toks []token, k int) bool {
	for j := k - 1; j >= max(1, k-12); j-- {
		if toks[j].punct {
			return false
		}
		if toks[j].low != "that" {
			continue
		}
		for i := j - 1; i >= max(0, j-8); i-- {
			switch toks[i].low {
			case "told", "tells", "instructed", "instructs", "ordered", "orders":
				return true
			}
		}
	}
	return false
}

// untilAfter reports whether a negation's "until" closes the clause soon after k.
func untilAfter(toks []token, k int) bool {
	for i := k; i < min(len(toks), k+6); i++ {
		if notUntil(toks, i) {
			return true
		}
	}
	return false
}

// namedBetween reports whether a capitalised word (a state, its people or its
// mission) stands between two positions.
func namedBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].upper {
			return true
		}
	}
	return false
}

// personTitles open a person's name: "President Manuel Zelaya", "Mr Ondoga".
var personTitles = map[string]bool{"president": true, "mr": true, "mrs": true, "ms": true, "dr": true, "general": true, "colonel": true, "prime": true, "king": true, "queen": true, "prince": true, "sheikh": true}

// announced reports whether the "would" at k reports a decision: the government
// told or said that something would be done ("May told parliament that 23 Russian
// diplomats would be expelled", "Russia told Warsaw it would close the consulate"),
// in a sentence without a condition.
func announced(toks []token, k int) bool {
	for _, t := range toks {
		switch t.low {
		case "if", "unless", "whether", "threatened", "warned":
			return false
		}
	}
	for j := k - 1; j >= max(0, k-18); j-- {
		switch toks[j].low {
		case "told", "announced", "informed", "notified", "declared", "decided", "announcement":
			return true
		case "said", "says":
			// "said it would", "said its staff would", "said on Friday that they
			// would": the speaker's own act; so is "Foreign Minister Aboul Gheit said
			// Egypt would": a named speaker telling of a state
			if j+2 == k && toks[j+1].upper && j > 0 && toks[j-1].upper {
				return true
			}
			for i := j + 1; i < min(k, j+7); i++ {
				switch toks[i].low {
				case "it", "its", "that", "his", "her", "their", "they", "all", "every", "each":
					return true
				case ",", "the", "a":
					// ("said in a television interview that the ambassador would")
					return i > j+1 && toks[j+1].low == "in" && wordBetween(toks, i, min(k, j+7), "that")
				}
			}
			return false
		case ".", ";":
			return false
		}
	}
	return false
}

// dropBodyMissions drops a body named for the mission a part of a total came from:
// "seven from the Interests Section and seven from the U.N. mission" are the sending
// state's people at the UN, not the UN's.
func (lx *Lexicon) dropBodyMissions(toks []token, ments []mention) []mention {
	return slices.DeleteFunc(ments, func(m mention) bool {
		if !lx.orgs[m.code] || m.modifies != "mission" {
			return false
		}
		p := m.start - 1
		if p >= 0 && toks[p].low == "the" {
			p--
		}
		return p >= 1 && (toks[p].low == "from" || toks[p].low == "at") && (toks[p-1].num || isWordNumber(lx, toks[p-1].low))
	})
}

// isWordNumber reports whether w is a number in words: "four", "twenty".
func isWordNumber(lx *Lexicon, w string) bool {
	_, ok := lx.wordValue(w)
	return ok
}

// dropAsides drops names that stand aside from the sentence's acts: where someone
// speaks on a visit ("speaking during a visit to Pakistan") and people recalled in
// company ("was recalled together with the British, Indian and French ambassadors").
func dropAsides(toks []token, ments []mention) []mention {
	out := ments[:0]
	company := -1 // the end of "together with", "along with"
	for i, m := range ments {
		p := m.start - 1
		if p >= 0 && toks[p].low == "the" {
			p--
		}
		if p >= 1 && togetherWith(toks, p-1) && m.role == roleDemonym {
			company = i
		}
		if company >= 0 && i > company && !listGap(toks, ments[i-1], m) {
			company = -1
		}
		if company >= 0 {
			continue
		}
		// ("a visiting Chinese official" is a Chinese official)
		if p >= 1 && toks[p].low == "to" && (toks[p-1].low == "visit" || toks[p-1].low == "trip" || toks[p-1].low == "journey") || p >= 0 && (toks[p].low == "visiting" || toks[p].low == "touring") && !(m.role == roleDemonym && m.modifies != "") {
			continue
		}
		// "on Monday, the day Hasina fell, it had ordered": a date's aside names who
		// the day is known by, not who acts
		if m.start >= 3 && opensDayAside(toks, m.start-3) {
			continue
		}
		// "four days after Russian troops crossed into Ukraine": soldiers are no
		// diplomatic party
		// ("American air strikes", but not "the Russian air attache")
		if m.role == roleDemonym && m.end < len(toks) && (armedWords[toks[m.end].low] || toks[m.end].low == "air" && m.end+1 < len(toks) && !strings.HasPrefix(toks[m.end+1].low, "attach")) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// armedWords are the forces a demonym may qualify.
var armedWords = map[string]bool{"troops": true, "forces": true, "soldiers": true, "tanks": true, "jets": true, "warplanes": true, "missiles": true, "missile": true, "drones": true, "drone": true, "airstrikes": true, "bombs": true, "shelling": true, "invasion": true, "offensive": true, "militias": true, "militants": true, "rebels": true, "artillery": true, "warships": true}

// dedupe drops claims that repeat an earlier claim of the same document (a lede
// restated in the body), keeping the first, and claims that a more precise claim of
// the same document subsumes: a claim without a count beside one with a count, of the
// same kind and pair and the same event.
func dedupe(cs []Claim) []Claim {
	seen := map[string]bool{}
	out := cs[:0]
	for _, c := range cs {
		k := c.Kind + "|" + pairKey(&c) + "|" + countKey(c.Count) + "|" + dateKey(c.Date) + "|" + strings.ToLower(c.Place)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	kept := out[:0]
	for i, c := range out {
		if c.Count == nil && c.Kind != StaffRatio && c.Kind != IntelShare && subsumed(&c, out, i) {
			continue
		}
		if c.Place == "" && placed(&c, out, i) {
			continue
		}
		// "drew down its embassy in Baghdad, ordering all non-emergency staff to
		// leave": the telling without a target is the same act
		if c.Target == nil && targeted(&c, out, i) {
			continue
		}
		if refined(&c, out, i) {
			continue
		}
		kept = append(kept, c)
	}
	// a story told twice with dates a few days apart ("said on Wednesday" in the
	// lede, "were told on Tuesday" below) is one event: the surer telling stays
	out = kept
	kept = nil
	for i := range out {
		if !restated(out, i) {
			kept = append(kept, out[i])
		}
	}
	return kept
}

// pairKey names a claim's parties, in either order for talks and agreements, which
// both parties hold alike: "Egypt agreed with Britain" and "Britain agreed with
// Egypt" are one deal.
func pairKey(c *Claim) string {
	a, t := c.ActorCode(), c.TargetCode()
	if symmetric(c.Kind) && t < a {
		a, t = t, a
	}
	return a + "|" + t
}

// samePair reports whether two claims of a kind have the same parties, in either
// order for talks and agreements (pairKey without building the key).
func samePair(a, b *Claim) bool {
	if a.ActorCode() == b.ActorCode() && a.TargetCode() == b.TargetCode() {
		return true
	}
	return symmetric(a.Kind) && a.ActorCode() == b.TargetCode() && a.TargetCode() == b.ActorCode()
}

// restated reports whether another claim of the document tells the same event as
// claim i (kind, parties, count and place alike, days a few apart) more surely, or as
// surely and earlier.
func restated(all []Claim, i int) bool {
	c := &all[i]
	if c.Date == nil || c.Date.Precision != parity.Day || c.Kind == "withdraw_staff" {
		return false
	}
	for j := range all {
		o := &all[j]
		if j == i || o.Date == nil || o.Date.Precision != parity.Day || o.Kind != c.Kind || o.ActorCode() != c.ActorCode() || o.TargetCode() != c.TargetCode() || countKey(o.Count) != countKey(c.Count) || !strings.EqualFold(o.Place, c.Place) {
			continue
		}
		if d := distance(c.LedgerDate(), o.LedgerDate()); d == 0 || d > 3*24*time.Hour {
			continue
		}
		// "ordered five more American diplomats to leave" on Wednesday, after "five
		// Americans" on Sunday: a further act, not the same one told twice
		if further(c) != further(o) {
			continue
		}
		if o.Confidence > c.Confidence || o.Confidence == c.Confidence && j < i {
			return true
		}
	}
	return false
}

// furtherAct finds a count told as one beyond an earlier act: "five more", "three
// further", "another two".
var furtherAct = regexp.MustCompile(`(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:more|further|additional)\b|\banother (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)

// further reports whether the claim's own count is told as one beyond an earlier act.
func further(c *Claim) bool {
	if c.Count == nil || c.Count.Min == nil {
		return false
	}
	for _, m := range furtherAct.FindAllStringSubmatch(c.Quote, -1) {
		w := strings.ToLower(m[1] + m[2])
		n, err := strconv.Atoi(w)
		if err != nil {
			n = smallNumbers[w]
		}
		if n > 0 && n == *c.Count.Min {
			return true
		}
	}
	return false
}

// placed reports whether another claim states the same event with a place: "Poland
// is closing Russia's consulate in Poznan ... Sikorski withdrew his consent for the
// consulate" is one closure. A telling without a place on an earlier day is an
// earlier step ("had authorised staff to leave" on Tuesday before "ordered them to
// leave" on Thursday), not the same act.
func placed(c *Claim, all []Claim, self int) bool {
	for j := range all {
		o := &all[j]
		if j == self || o.Place == "" || o.Kind != c.Kind || !samePair(o, c) || countKey(o.Count) != countKey(c.Count) && c.Count != nil {
			continue
		}
		if c.Date == nil || o.Date == nil {
			return true
		}
		// ("in late January ordered the closure of the visa office" beside a
		// consulate shut on February 5: a month that does not hold the placed act's
		// day is another act)
		if c.Date.Precision != parity.Day && oneDay(o.Date) && (o.Date.Start < c.Date.Start || o.Date.End > c.Date.End) {
			continue
		}
		if d := distance(c.LedgerDate(), o.LedgerDate()); d <= 7*24*time.Hour && !(c.Date.Precision == parity.Day && o.Date.Precision == parity.Day && c.Date.Start < o.Date.Start) {
			return true
		}
	}
	return false
}

// refined reports whether another claim of the same sentence, or one anywhere with
// the same count, states the same act with a finer date inside this one's: "took
// the same step in February 2019, when the department, on February 14, ordered ..."
// is one act of February 14, and so is "Helsinki's expulsion of two Russians" in
// April beside "two Russian diplomats would be expelled" on April 8.
func refined(c *Claim, all []Claim, self int) bool {
	if c.Date == nil || oneDay(c.Date) {
		return false
	}
	for j := range all {
		o := &all[j]
		// (a span of days, "earlier in the week", at the same post is that day's act;
		// "earlier this month" at the post may be an earlier step)
		same := o.Start == c.Start || c.Count != nil && countKey(o.Count) == countKey(c.Count) || c.Date.Precision == parity.Day && c.Place != "" && strings.EqualFold(o.Place, c.Place)
		if j == self || !same || o.Date == nil || o.Kind != c.Kind || o.ActorCode() != c.ActorCode() || o.TargetCode() != c.TargetCode() {
			continue
		}
		if oneDay(o.Date) && o.Date.Start >= c.Date.Start && o.Date.End <= c.Date.End {
			return true
		}
	}
	return false
}

// oneDay reports whether d names a single day, not a span of days ("earlier this
// week") or a coarser date.
func oneDay(d *Date) bool { return d.Precision == parity.Day && d.Start == d.End }

// targeted reports whether another claim of the same sentence states the same act
// by the same actor with its target.
func targeted(c *Claim, all []Claim, self int) bool {
	for j := range all {
		o := &all[j]
		if j != self && o.Target != nil && o.Kind == c.Kind && o.ActorCode() == c.ActorCode() && o.Start == c.Start && dateKey(o.Date) == dateKey(c.Date) {
			return true
		}
	}
	return false
}

// subsumed reports whether another claim states the same event with a count.
func subsumed(c *Claim, all []Claim, self int) bool {
	for j := range all {
		o := &all[j]
		if j == self || o.Count == nil || o.Kind != c.Kind || o.ActorCode() != c.ActorCode() || o.TargetCode() != c.TargetCode() {
			continue
		}
		if c.Place != "" && o.Place != "" && !strings.EqualFold(c.Place, o.Place) {
			continue
		}
		if c.Date == nil || o.Date == nil || distance(c.LedgerDate(), o.LedgerDate()) <= 7*24*time.Hour {
			return true
		}
	}
	return false
}

func countKey(c *Count) string {
	if c == nil {
		return "-"
	}
	return itoa(c.Min) + ":" + itoa(c.Max)
}

func dateKey(d *Date) string {
	if d == nil {
		return "-"
	}
	return d.Start + "/" + d.End
}

func itoa(p *int) string {
	if p == nil {
		return "_"
	}
	return strconv.Itoa(*p)
}

// expandGroups replaces each claim against a group of n states with one claim per
// state, when a list after it names exactly n states: bullet items that each name a
// state ("- Argentina"), or a sentence that lists them ("The countries are Argentina,
// Chile and Peru."). Without such a list the claim stays without a target.
func (x *Extractor) expandGroups(st *docState, ss []span, out []Claim) []Claim {
	// each claim takes the first list after it ("recalled three of its ambassadors
	// ... 1. Rome, Italy ...", then "called home from, among others: - Croatia")
	type list struct {
		codes, places []string
		dates         []parity.Date // the day an item gives for its own state
		actors        bool          // the states listed act
		posts         bool          // the items are the actor's posts
	}
	lists := map[int]list{} // by the offset a claim ends at
	expand := map[int]list{}
	for _, p := range st.pending {
		c := out[p.claim]
		l, ok := lists[c.End]
		if !ok {
			l.codes, l.places, l.dates = x.listAfter(st, ss, c.End, c.Kind == "recall_ambassador" || p.posts)
			lists[c.End] = l
		}
		if len(l.codes) > 0 && (p.n == len(l.codes) || p.n < 0) {
			l.actors, l.posts = p.actors, p.posts
			expand[p.claim] = l
		}
	}
	if len(expand) == 0 {
		return out
	}
	var res []Claim
	for i, c := range out {
		l, ok := expand[i]
		if !ok {
			res = append(res, c)
			continue
		}
		for k, code := range l.codes {
			if l.actors {
				if c.Target == nil || *c.Target != code {
					cc := c
					cc.Actor = &code
					res = append(res, cc)
				}
				continue
			}
			if c.Actor != nil && *c.Actor == code {
				continue
			}
			cc := c
			cc.Target = &code
			if k < len(l.places) && l.places[k] != "" && (cc.Kind == "recall_ambassador" || l.posts) {
				cc.Place = l.places[k]
			}
			// ("- Washington: Sheikh Omar Faye, recalled on December 19": an item
			// that dates its own state's part)
			if k < len(l.dates) && !l.dates[k].IsZero() {
				cc.Date = dateOf(l.dates[k])
				cc.Background = background(l.dates[k], st.in.Published)
			}
			res = append(res, cc)
		}
	}
	return res
}

// listAfter returns the states the first list after offset from names, with the
// post each item names in its capital or, for posts (the places an envoy is
// recalled from may be listed by their cities: "- London"), in a city.
func (x *Extractor) listAfter(st *docState, ss []span, from int, posts bool) (list, places []string, dates []parity.Date) {
	var toks []token
	var ments []mention
	for _, s := range ss {
		if s.start < from {
			continue
		}
		toks = tokenize(st.in.Body[s.start:s.end], s.start, toks)
		ments = x.lx.mentions(toks, ments)
		var names, towns []string
		for _, m := range ments {
			// ("1. Rome, Italy": a post and its land name one state)
			if n := len(names); n > 0 && names[n-1] == m.code {
				if towns[n-1] == "" && m.role == roleCapital {
					towns[n-1] = m.place
				}
				continue
			}
			switch {
			case m.role != roleCity && m.role != roleOfficial && m.role != roleDemonym:
				names = append(names, m.code)
				towns = append(towns, "")
				if m.role == roleCapital {
					towns[len(towns)-1] = m.place
				}
			case posts && m.role == roleCity && m.code != "":
				names = append(names, m.code)
				towns = append(towns, m.place)
			}
		}
		// ("- New York: Mamadou Tangara, permanent representative to the United
		// Nations": the body an envoy is sent to, not the city it sits in)
		if len(names) == 2 && towns[0] != "" && x.lx.orgs[names[1]] {
			names, towns = names[1:], towns[:1]
		}
		bullet := bulleted(st.in.Body[s.start:s.end])
		// ("- Iraq, which acted first: ...", "8. Dakar, Senegal, where the
		// ambassador was ...": an item may tell more of the state it opens on)
		opens := len(ments) > 0 && ments[0].start <= 3 && len(names) == 1
		switch {
		case bullet && len(names) == 1 && (len(toks) <= 8 || opens):
			list = append(list, names[0])
			places = append(places, towns[0])
			var d parity.Date
			if opens && len(toks) > 8 {
				for _, dp := range findDates(toks, st.in.Published, parity.Date{}) {
					if !dp.since && !dp.sinceEvent {
						d = dp.date
						break
					}
				}
			}
			dates = append(dates, d)
			continue
		case !bullet && len(list) == 0 && len(names) >= 2 && listSentence(toks):
			list = names
		case len(list) > 0 && len(names) == 0 && shortHeading(st.in.Body[s.start:s.end]):
			// ("EUROPE", "THE AMERICAS": headings that sort the items)
			continue
		}
		if len(list) > 0 {
			break
		}
	}
	return list, places, dates
}

// listSentence reports whether a sentence introduces a list of states: "The
// countries are ...", "They are ...", "the seven are ...".
func listSentence(toks []token) bool {
	for k := 0; k < min(len(toks), 5); k++ {
		if toks[k].low == "are" || toks[k].low == "were" || toks[k].low == ":" {
			return true
		}
	}
	return false
}

// learnEnvoys remembers the envoys the sentence names after their title: "its
// ambassador, Luc Hallade", "High Commissioner Sanjay Kumar Verma", "France's
// ambassador to Niger, Sylvain Itte".
// mentionAt returns the mention that covers token k, or nil.
func mentionAt(ments []mention, k int) *mention {
	for i := range ments {
		if k >= ments[i].start && k < ments[i].end {
			return &ments[i]
		}
	}
	return nil
}

// demonymAt reports whether a demonym covers token k.
func demonymAt(ments []mention, k int) bool {
	return slices.ContainsFunc(ments, func(m mention) bool { return m.start <= k && k < m.end && m.role == roleDemonym })
}

// learnDiplomats remembers the diplomats below an envoy that the sentence names
// with their rank and state ("Valeriy Nikolayevich Ivanov, first secretary at the
// Soviet embassy in Canberra"), so that "Ivanov had seven days to leave" reads as a
// diplomat of that state told to go.
func (st *docState) learnDiplomats(lx *Lexicon, toks []token, ments []mention) {
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].low != "," {
			continue
		}
		// the name before the comma: two to five capitalised words, none a state
		n := 0
		for n < 5 && i-n-1 >= 0 && toks[i-n-1].upper && !toks[i-n-1].punct && mentionAt(ments, i-n-1) == nil {
			n++
		}
		if n < 2 || i-n-1 >= 0 && toks[i-n-1].upper && !toks[i-n-1].punct {
			continue
		}
		// the rank after it: "first secretary", "a deputy military attache"
		j := i + 1
		if w := toks[j].low; w == "a" || w == "an" || w == "the" {
			j++
		}
		rank := -1
		for k := j; k < min(len(toks), j+4); k++ {
			w := toks[k].low
			if strings.HasPrefix(w, "secretar") || strings.HasPrefix(w, "attach") || strings.HasPrefix(w, "counsel") || w == "consul" || w == "diplomat" {
				rank = k
				break
			}
			if !isAdjectiveLike(w) && !toks[k].upper {
				break
			}
		}
		if rank < 0 {
			continue
		}
		// the state served: "at the Soviet embassy", "of Russia's mission"
		state := ""
		for _, m := range ments {
			if m.start > rank && m.start <= rank+6 && (m.role == roleDemonym || m.possessive) {
				state = m.code
				break
			}
		}
		name := toks[i-1].text
		if state == "" || len(name) < 3 || st.envoyNamed(name) != nil {
			continue
		}
		st.envoys = append(st.envoys, envoy{name: name, state: state, rank: "diplomat"})
	}
}

func (st *docState) learnEnvoys(lx *Lexicon, toks []token, ments []mention) {
	for i := 0; i < len(toks); i++ {
		// a surname already read as "ambassador" introduces no one
		if !lx.inClass("ambassador", toks[i].low) || readAsEnvoy(toks[i]) {
			continue
		}
		var e envoy
		// the state served: "France's ambassador", "Indian High Commissioner"; "its
		// envoy" is the subject's
		if i > 0 && (toks[i-1].low == "its" || toks[i-1].low == "their") {
			e.state = st.lastSubject
			for _, m := range ments {
				if m.subject && m.role != roleCity && m.role != roleOfficial && m.start < i {
					e.state = m.code
					break
				}
			}
		}
		for k := i - 1; k >= max(0, i-3) && e.state == ""; k-- {
			if m := mentionAt(ments, k); m != nil && m.role != roleCity && m.prep == "" {
				e.state = m.code
				break
			}
			if toks[k].punct {
				break
			}
		}
		j := i + 1
		// "ambassador to Israel," "ambassador in Mexico City,": the post before the name
		if j < len(toks) && (toks[j].low == "to" || toks[j].low == "in") {
			k := j + 1
			var host *mention
			for k < len(toks) && k < j+5 && (toks[k].upper || toks[k].low == "the") {
				if m := mentionAt(ments, k); m != nil {
					host = m
				} else if toks[k].upper {
					break
				}
				k++
			}
			if host != nil && k < len(toks) && toks[k].low == "," {
				e.host, j = host.code, k
			}
		}
		if j < len(toks) && toks[j].low == "," {
			j++
		}
		n := 0
		for j+n < len(toks) && n < 6 && mentionAt(ments, j+n) == nil && !lx.inClass("ambassador", toks[j+n].low) {
			t := toks[j+n]
			// "Jan-Christian Gordon Kricke": a hyphen inside a name
			hyphen := t.low == "-" && n > 0 && j+n+1 < len(toks) && toks[j+n+1].upper && toks[j+n].start == toks[j+n-1].end
			if !hyphen && (!t.upper || t.punct) {
				break
			}
			n++
		}
		// a lone capital word is too often something else; a long run is a title
		if n < 2 || j+n < len(toks) && toks[j+n].upper && !toks[j+n].punct {
			continue
		}
		e.name = toks[j+n-1].text
		if len(e.name) > 2 && st.envoyNamed(e.name) == nil {
			st.envoys = append(st.envoys, e)
		}
		// "Kwon Chul-hyun", "Prasas Prasasvinitchai": where the family name comes
		// first, or a Thai given name is the one used, the story goes on with the
		// first word
		if first := toks[j].text; n == 2 && len(first) > 2 && !personTitles[toks[j].low] && st.envoyNamed(first) == nil {
			f := e
			f.name, f.first, f.last = first, true, e.name
			st.envoys = append(st.envoys, f)
		}
		if len(e.name) > 2 {
			st.curEnvoy = e.name
		}
	}
}

// mayNameRank is a cheap test for a diplomat's rank after a comma, so that most
// sentences skip learnDiplomats.
func mayNameRank(text string) bool {
	for i := strings.Index(text, ", "); i >= 0; {
		rest := text[i+2:]
		for _, w := range rankOpeners {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		j := strings.Index(rest, ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// rankOpeners are how a diplomat's rank after a name and a comma may begin.
var rankOpeners = []string{"a ", "an ", "the ", "first ", "second ", "third ", "deputy ", "counsel", "consul", "attach", "diplomat", "military ", "defence ", "senior "}

// mayNameEnvoy is a cheap test for a title of envoy in a sentence, so that most
// sentences skip the token scan of learnEnvoys.
func (lx *Lexicon) mayNameEnvoy(text string) bool {
	for _, w := range lx.envoyStems {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// envoyNamed returns the envoy the story knows by this surname, or nil.
func (st *docState) envoyNamed(name string) *envoy {
	for i := range st.envoys {
		if st.envoys[i].name == name {
			return &st.envoys[i]
		}
	}
	return nil
}

// envoyNouns reads a named envoy's surname as the noun "ambassador", so that the
// trigger rules see the ambassador in "withdrawing Verma".
// headOfMission reads "head of mission", "head of the mission" and "chief of mission"
// as the envoy's title:
// "calling the head of mission in Minsk home".
func headOfMission(toks []token) {
	for i := 0; i+2 < len(toks); i++ {
		// (a "deputy head of mission" stays a diplomat)
		if (toks[i].low == "head" || toks[i].low == "heads" || toks[i].low == "chief" || toks[i].low == "chiefs") && toks[i+1].low == "of" && (i == 0 || toks[i-1].low != "deputy") {
			j := i + 2
			if toks[j].low == "the" && j+1 < len(toks) {
				j++
			}
			if toks[j].low == "mission" {
				toks[i].low = "ambassador"
			}
		}
	}
}

func (st *docState) envoyNouns(lx *Lexicon, toks []token) {
	named := false
	for i := range toks {
		e := st.namedAt(toks[i])
		// (the whole name reads as the envoy once, by its last word where that is
		// remembered too: "Ricardo Lozano", but "You Ay" by "You")
		if e != nil && e.first && i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct && (toks[i+1].text != e.last || st.envoyNamed(e.last) != nil) {
			e = nil
		}
		if e != nil && e.rank != "" {
			// a diplomat named before is one of the diplomats a rule's object needs
			toks[i].low = e.rank
			continue
		} else if e != nil {
			toks[i].low = "ambassador"
			named = true
			st.curEnvoy = toks[i].text
		}
		// "declared Kricke persona non grata and gave him two days to go"; "Thebault
		// has been in Paris for three weeks. France recalled him ...": the envoy
		// just named (not when a title before the pronoun introduces another)
		if (toks[i].low == "him" || toks[i].low == "her") && (named || st.prevEnvoy != "" && i > 0 && envoyVerbs[toks[i-1].low] && !titleBefore(lx, toks, i)) {
			toks[i].low = "ambassador"
		} else if (toks[i].low == "him" || toks[i].low == "her") && i > 0 && envoyVerbs[toks[i-1].low] && envoyTitled(lx, toks, i) {
			// "Israel's ambassador to Belgium, Yehuda Kenar, is back after the
			// minister ordered him home": the envoy the sentence names by title
			toks[i].low = "ambassador"
		}
	}
	// "France's ambassador to Australia is going back. France recalled him on
	// September 17": an envoy the sentence speaks of by title alone is whom the next
	// sentence's pronoun stands for
	if st.curEnvoy == "" && slices.ContainsFunc(toks, func(t token) bool { return t.low == "ambassador" || t.low == "envoy" }) {
		st.curEnvoy = "-"
	}
}

// namedAt returns the envoy or diplomat a capitalised token names, or nil.
func (st *docState) namedAt(t token) *envoy {
	if !t.upper {
		return nil
	}
	return st.envoyNamed(t.text)
}

// envoyTitled reports whether the sentence opens with an envoy named by title and
// name ("Israel's ambassador to Belgium, Yehuda Kenar,") before token k.
func envoyTitled(lx *Lexicon, toks []token, k int) bool {
	for j := 0; j < min(k, 8); j++ {
		if lx.inClass("ambassador", toks[j].low) {
			for c := j + 1; c < min(k, j+6); c++ {
				if toks[c].low == "," && c+1 < k && toks[c+1].upper && !toks[c+1].punct {
					return true
				}
			}
			return false
		}
	}
	return false
}

// titleBefore reports whether an envoy's title stands before k in the sentence.
func titleBefore(lx *Lexicon, toks []token, k int) bool {
	for j := 0; j < k; j++ {
		if lx.inClass("ambassador", toks[j].low) {
			return true
		}
	}
	return false
}

// envoyVerbs act on an envoy a pronoun stands for: "recalled him", "expelled her".
var envoyVerbs = map[string]bool{"recalled": true, "recalls": true, "recalling": true, "called": true, "calling": true, "expelled": true, "expels": true, "expelling": true, "declared": true, "declares": true, "declaring": true, "withdrew": true, "withdrawn": true, "withdrawing": true, "ordered": true, "orders": true, "ordering": true, "brought": true, "bringing": true}

// readAsEnvoy reports whether a token is an envoy's surname that envoyNouns read
// as the noun "ambassador" (its lower-case form is no longer its text's).
func readAsEnvoy(t token) bool { return !strings.EqualFold(t.text, t.low) }

// namesEnvoy reports whether a sentence names an envoy the story introduced (by
// surname: a given name alone is too common a word to open a sentence to the rules).
func (st *docState) namesEnvoy(text string) bool {
	for _, e := range st.envoys {
		if !e.first && strings.Contains(text, e.name) {
			return true
		}
	}
	return false
}

// notePost remembers the mission the sentence's last claim on people or posts was
// about: the sender's staff in the host, whichever of actor and target sends them.
func (st *docState) notePost(out []Claim) {
	for i := len(out) - 1; i >= 0; i-- {
		c := out[i]
		if c.Actor == nil || c.Target == nil {
			continue
		}
		switch c.Kind {
		case StaffLevel, "withdraw_staff", "reopen_mission":
			st.postSender, st.postHost = *c.Actor, *c.Target
		case "expel", "expel_ambassador", "deny_accreditation", "staff_cap", "close_mission":
			// the host acts on the sender's mission
			st.postSender, st.postHost = *c.Target, *c.Actor
		default:
			continue
		}
		return
	}
}

// entryStart returns where a sentence's own words begin after a timeline's date
// and dash ("April 21, 2022 - Moscow retaliates."): 0 when it opens on no date.
func entryStart(toks []token) int {
	for k, t := range toks {
		if t.low == "-" || t.low == ":" {
			if k > 0 {
				return k + 1
			}
			return 0
		}
		if _, ok := monthOf(t); !ok && !t.num && t.low != "," {
			return 0
		}
	}
	return 0
}

// noteDateline remembers the state of a dateline ("BUDAPEST - ..."): where a
// mission named without its host stands.
func (st *docState) noteDateline(toks []token, ments []mention) {
	if st.dateline != "" || len(ments) == 0 {
		return
	}
	if m := ments[0]; isDateline(toks, m) && m.role != roleDemonym {
		st.dateline = m.code
	}
}

// isDateline reports whether m is the sentence's dateline: "LONDON - Britain is
// pulling its diplomats out" is written in London, nothing happens there.
// A wire's dateline may carry its date or agency before the dash ("KHARTOUM, April
// 24 (Reuters) - ", "MOSCOW (AP) - "), the place then set in capitals.
func isDateline(toks []token, m mention) bool {
	if m.start != 0 || m.end >= len(toks) {
		return false
	}
	if (toks[m.end].low == "," || toks[m.end].low == "(") && toks[0].text == strings.ToUpper(toks[0].text) && len(toks[0].text) > 1 {
		for j := m.end + 1; j < min(len(toks), m.end+9); j++ {
			if toks[j].low == "-" {
				return true
			}
		}
		return false
	}
	return (toks[m.end].low == "-" || toks[m.end].low == "/") && !roundupLabel(toks, m)
}

// bracketedAfter reports whether all that follows token k is a short note in
// brackets and a full stop or colon: " (October 2023)." after an item's state.
func bracketedAfter(toks []token, k int) bool {
	if k >= len(toks) || toks[k].low != "(" {
		return false
	}
	for j := k + 1; j < min(len(toks), k+8); j++ {
		if toks[j].low == ")" {
			return j+1 == len(toks) || j+2 == len(toks) && (toks[j+1].low == "." || toks[j+1].low == ":")
		}
	}
	return false
}

// secondDateline reports whether m is the second place of a dateline shared by two
// ("MOSCOW/LONDON - Six members of the British embassy ..."): filed there too, it
// acts no more than the first.
func secondDateline(toks []token, m mention) bool {
	return m.start == 2 && m.end < len(toks) && toks[1].low == "/" && toks[m.end].low == "-" && toks[0].text == strings.ToUpper(toks[0].text) && toks[m.start].text == strings.ToUpper(toks[m.start].text)
}

// noteLabel makes a round-up item's label the state that acts in its paragraph where
// a sentence names no other: "Jordan - The first Arab government to act. On Sunday
// the prime minister confirmed ...".
func (st *docState) noteLabel(toks []token, ments []mention, para int) {
	if len(ments) > 0 && roundupLabel(toks, ments[0]) {
		st.head, st.headPara, st.headAlone, st.heads = ments[0].code, para, false, nil
	}
}

// roundupLabel reports whether m labels a round-up's item with the state it is about:
// "Jordan - On Sunday the prime minister confirmed ...". A state's name in title
// case is such a label; a dateline is a town or is set in capitals ("KUWAIT - ").
func roundupLabel(toks []token, m mention) bool {
	if m.start != 0 || m.end >= len(toks) || toks[m.end].low != "-" && toks[m.end].low != ":" || m.role != roleName || m.code == "" {
		return false
	}
	for _, t := range toks[m.start:m.end] {
		if t.text != strings.ToUpper(t.text) {
			return true
		}
	}
	return false
}

// noteOwners counts the states the sentence names as owners of people or posts.
func (st *docState) noteOwners(ments []mention) {
	for _, m := range ments {
		if (m.modifies == "diplomat" || m.modifies == "mission" || m.modifies == "ambassador") && (m.possessive || m.role == roleDemonym) {
			if st.owners == nil {
				st.owners = map[string]int{}
			}
			st.owners[m.code]++
		}
	}
}

// owner returns the state the story has most often named as the owner of diplomats
// or missions, at least twice and more than any other state but not; else "".
func (st *docState) owner(not string) string { return leading(st.owners, not, 2) }

// notePostNamed remembers the first mission the story names with its owner ("the
// Russian embassy on Bajza Street" under a Budapest dateline, "Russia's embassy in
// Prague"), so that "the embassy in Budapest had 46 diplomats" is known as Russia's.
func (st *docState) notePostNamed(toks []token, ments []mention) {
	for i, m := range ments {
		// ("France's consul general in Wuhan": the head of a post names it too)
		k := m.end
		if k < len(toks) && toks[k].low == "'s" {
			k++
		}
		head := k < len(toks) && headTitles[toks[k].low]
		if m.modifies != "mission" && !head || m.prep != "" && m.prep != "of" || m.role != roleDemonym && !m.possessive {
			continue
		}
		host := ""
		for _, h := range ments[i+1:] {
			if (h.prep == "in" || h.prep == "at") && h.code != m.code && h.start <= m.end+4 {
				host = h.code
				break
			}
		}
		if host == "" && head {
			continue
		}
		if host == "" {
			host = st.dateline
		}
		if host != "" && host != m.code {
			st.postSender, st.postHost = m.code, host
		}
		return
	}
}

// headTitles are the titles of a post's head, which name the post they head:
// "France's consul general in Wuhan", "Japan's ambassador in Kabul".
var headTitles = map[string]bool{"ambassador": true, "consul": true, "consul-general": true, "envoy": true, "high": true}

// citizenWords are people an order to leave may name who are not a mission's staff.
var citizenWords = map[string]bool{"citizens": true, "nationals": true, "residents": true, "travellers": true, "travelers": true, "tourists": true, "expatriates": true}

// citizensTold reports whether the order at i is given to a nation's people at large:
// "the embassy had told Americans to leave", "ordered British nationals out". A
// count makes them people of a mission ("ordered six Canadians out").
func citizensTold(lx *Lexicon, toks []token, i int) bool {
	switch toks[i].low {
	case "told", "tell", "tells", "telling", "ordered", "orders", "order", "ordering", "urged", "asked", "advised":
	default:
		return false
	}
	j := i + 1
	if j < len(toks) && (toks[j].low == "all" || toks[j].low == "its" || toks[j].low == "their") {
		j++
	}
	// ("telling official Americans to leave": its own people, the mission's too)
	if j+1 < len(toks) && toks[j].low == "official" && lx.isDemonym(toks[j+1]) {
		j++
	}
	if j >= len(toks) {
		return false
	}
	if citizenWords[toks[j].low] {
		return true
	}
	if lx.isDemonym(toks[j]) && strings.HasSuffix(toks[j].low, "s") {
		// "Americans to leave", not "American diplomats to leave"
		return j+1 >= len(toks) || !lx.inClass("diplomat", toks[j+1].low)
	}
	// "British nationals", "U.S. citizens": a people's or a state's name, then the
	// word
	for k := j + 1; k < min(len(toks), j+4); k++ {
		if citizenWords[toks[k].low] {
			return true
		}
		if !toks[k-1].upper && !toks[k-1].punct {
			break
		}
	}
	return false
}

// levelTold is a head-count a story has told: n people of the sender in the host.
type levelTold struct {
	n            int
	sender, host string
}

// levelOf returns the sender and host of the last head-count of exactly n people
// the story told ("" when none).
func (st *docState) levelOf(n int) (string, string) {
	for i := len(st.levels) - 1; i >= 0; i-- {
		if l := st.levels[i]; l.n == n {
			return l.sender, l.host
		}
	}
	return "", ""
}

// learnSurnames remembers the surname of each office holder named in full, so that
// the story's later "Wong said" is known; a surname that begins a phrase of the
// lexicon is left alone.
func (st *docState) learnSurnames(lx *Lexicon, toks []token, ments []mention) {
	for _, m := range ments {
		if m.role != roleOfficial || m.end-m.start < 2 {
			continue
		}
		last := toks[m.end-1]
		if !last.upper || lx.firsts[last.low] != 0 {
			continue
		}
		if st.surnames == nil {
			st.surnames = map[string]entry{}
		}
		// (the name alone speaks for the state, but does not bound the act by the
		// term of the office it was first named with: people change offices)
		e := m.entry
		e.terms = nil
		st.surnames[last.low] = e
	}
}

// datedBy reports whether the words at k, after "by", begin a date: "by early
// February", "by March 27", "by Friday", "by the end of the month".
func datedBy(toks []token, k int) bool {
	w := toks[k].low
	if w == "early" || w == "mid" || w == "late" || w == "the" && k+1 < len(toks) && (toks[k+1].low == "end" || toks[k+1].low == "time") {
		return true
	}
	return months[w] != 0 || weekdayName(w)
}

// ofWhole returns where the "of" stands that opens the whole a count is told
// as, with the part's number before it: "22 of its 41 staff", "three of the
// embassy's 12 staff", "33 of the Russian embassy's 41 people"; -1 when the count
// is no such whole. Between "of" and the number only a determiner, an owner and
// the post may stand.
func (x *Extractor) ofWhole(toks []token, q *quantity) int {
	if q == nil || q.start < 3 {
		return -1
	}
	if toks[q.start-2].low == "of" && (possessivePronoun(toks[q.start-1].low) || toks[q.start-1].low == "the") {
		return q.start - 2
	}
	if toks[q.start-1].low != "'s" {
		return -1
	}
	for j := q.start - 2; j >= max(1, q.start-6); j-- {
		w := toks[j]
		switch {
		case w.low == "of":
			if j+1 < q.start-1 {
				return j
			}
			return -1
		case w.low == "the" || possessivePronoun(w.low) || w.upper && !w.punct && !w.num || x.lx.inClass("mission", w.low):
		default:
			return -1
		}
	}
	return -1
}

// expelledLeaving drops a sentence's withdrawal of people whom the same sentence
// has expelled: "Nineteen American diplomats flew out of Managua, expelled by
// President Ortega" tells one act, the host's, and the leaving is its end. Only a
// withdrawal that counts exactly the expelled number in the reverse direction is
// dropped, so that a state that pulls its remaining staff out after an expulsion
// keeps its own act.
func expelledLeaving(cs []Claim) []Claim {
	return slices.DeleteFunc(cs, func(w Claim) bool {
		if w.Kind != "withdraw_staff" || w.Count == nil || w.Count.Min == nil || w.Count.Max == nil || *w.Count.Min != *w.Count.Max {
			return false
		}
		return slices.ContainsFunc(cs, func(e Claim) bool {
			return e.Kind == "expel" && e.ActorCode() == w.TargetCode() && e.TargetCode() == w.ActorCode() && countKey(e.Count) == countKey(w.Count)
		})
	})
}

// wholeStaffLevels reads the size of a staff from its withdrawal when the count is
// the whole of it ("evacuated its three diplomats", "Belgium's two remaining
// diplomats left", "all seven of the embassy's staff"): the post had that many
// until they left.
// A part counted of a whole ("22 of its 41 staff had to leave") tells the whole the
// same way, as the level of the people's own state.
func wholeStaffLevels(toks []token, cs []Claim, counted map[int]bool, whole *Count) []Claim {
	if len(counted) != 1 {
		return nil
	}
	var out []Claim
	for k := range counted {
		if whole == nil && !wholeGroup(toks, k) {
			return nil
		}
	}
	for _, c := range cs {
		if c.Count == nil || c.Actor == nil || c.Target == nil {
			continue
		}
		l := c
		l.Kind = StaffLevel
		switch {
		case c.Kind == "withdraw_staff" && whole == nil:
		case c.Kind == "withdraw_staff":
			l.Count = whole
		case c.Kind == "expel" && whole != nil:
			l.Count = whole
			l.Actor, l.Target = c.Target, c.Actor
		default:
			continue
		}
		out = append(out, l)
	}
	return out
}

// wholeGroup reports whether the count at k numbers a whole group: owned ("its
// three diplomats", "the embassy's seven employees"), what is left of one ("the
// last thirty", "two remaining diplomats") or all of one ("all three of").
func wholeGroup(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	// ("all eight of its officials whose names Pakistan had made public": a group
	// a relative clause picks out of the staff)
	for j := k + 1; j < min(len(toks), k+6) && !toks[j].punct; j++ {
		if toks[j].low == "whose" {
			return false
		}
	}
	prev := toks[k-1].low
	if prev == "last" || prev == "remaining" || prev == "all" {
		return true
	}
	if possessivePronoun(prev) || prev == "'s" || prev == "our" {
		return true
	}
	// "his remaining staff, thirty Americans in all"
	for j := k + 1; j+1 < min(len(toks), k+4); j++ {
		if toks[j].low == "in" && toks[j+1].low == "all" {
			return true
		}
	}
	// "the 12 members of its staff who were still in Kabul"
	if prev == "the" {
		for j := k + 1; j < min(len(toks), k+6); j++ {
			switch toks[j].low {
			case "remaining", "still", "left":
				return true
			case "of":
				return j+1 < len(toks) && possessivePronoun(toks[j+1].low)
			}
		}
	}
	return false
}

// toldBefore reports whether the story has just named n states as a measure's
// several parties, whom a group of n stands for.
func (st *docState) toldBefore(n int) bool {
	return n > 1 && n == len(st.told) && st.para-st.toldPara <= 1
}

// groupToldBack reports whether the sentence names by number ("all four
// countries") the states the story has just listed; it looks for the group only
// when there is such a list.
func (st *docState) groupToldBack(lx *Lexicon, toks []token) bool {
	return len(st.told) > 1 && st.toldBefore(groupOf(lx, toks).n)
}

// toldGroup reads a group of states named by number after the list that named them:
// "Egypt broke off relations with Syria, Libya, Algeria and South Yemen. ... gave the
// diplomats of all four countries 24 hours to leave" expels the diplomats of each
// of the four. The sentence's measures between the group and the party it shares
// with it are told once for each state of the group; the group is then remembered
// from the sentence's own measures for the sentences after it.
func (st *docState) toldGroup(lx *Lexicon, toks []token, out []Claim) []Claim {
	if st.groupToldBack(lx, toks) {
		in := func(c string) bool { return c == "" || c == st.toldBy || slices.Contains(st.told, c) }
		var spread []Claim
		for _, c := range out {
			if staffKind(c.Kind) || !in(c.ActorCode()) || !in(c.TargetCode()) {
				spread = append(spread, c)
				continue
			}
			for _, code := range st.told {
				d := c
				by, each := st.toldBy, code
				if st.toldAsActors {
					by, each = each, by
				}
				d.Actor, d.Target = &by, &each
				if !slices.ContainsFunc(spread, func(o Claim) bool {
					return o.Kind == d.Kind && o.ActorCode() == by && o.TargetCode() == each
				}) {
					spread = append(spread, d)
				}
			}
		}
		out = spread
	}
	// remember the sentence's list: one party against several (or several against
	// one), in the measure it tells first
	// (kept on the stack: most sentences name one pair, and only a list is kept)
	var abuf, tbuf [8]string
	as, ts := abuf[:0], tbuf[:0]
	for _, c := range out {
		if c.Kind != out[0].Kind || staffKind(c.Kind) || c.ActorCode() == "" || c.TargetCode() == "" {
			continue
		}
		if a := c.ActorCode(); !slices.Contains(as, a) {
			as = append(as, a)
		}
		if t := c.TargetCode(); !slices.Contains(ts, t) {
			ts = append(ts, t)
		}
	}
	switch {
	case len(as) == 1 && len(ts) > 1:
		st.told, st.toldBy, st.toldAsActors, st.toldPara = slices.Clone(ts), as[0], false, st.para
	case len(ts) == 1 && len(as) > 1:
		st.told, st.toldBy, st.toldAsActors, st.toldPara = slices.Clone(as), ts[0], true, st.para
	}
	return out
}
