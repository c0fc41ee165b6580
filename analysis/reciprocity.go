package analysis

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"parity"
)

// Class says how an answer relates to the measure it answers.
type Class string

// Classes of answer.
const (
	Mirror       Class = "mirror"        // the same kind and count
	Proportional Class = "proportional"  // the same kind, count within a quarter
	Escalation   Class = "escalation"    // the same kind, more
	Deescalation Class = "de-escalation" // the same kind, fewer
	Asymmetric   Class = "asymmetric"    // a different kind
	Unanswered   Class = "unanswered"
)

// Link is one answer to one measure.
type Link struct {
	Measure  string  `json:"measure"`
	Answer   string  `json:"answer"`
	Class    Class   `json:"class"`
	LagDays  int     `json:"lag_days"`
	Stated   bool    `json:"stated"` // the ledger says so (responds_to)
	answer   int32   // position of the answer in date order
	Score    float64 `json:"score,omitempty"`
	Evidence string  `json:"evidence,omitempty"`
	// Proportion is the answer's count over the measure's, when both are known.
	Proportion *float64 `json:"proportion,omitempty"`
}

// Reply is a measure with its answers (none: unanswered).
type Reply struct {
	Measure *parity.Measure `json:"-"`
	ID      string          `json:"measure"`
	Links   []Link          `json:"answers"`
}

// DyadStats sums up one side's measures against the other.
type DyadStats struct {
	Actor          string   `json:"actor"`
	Target         string   `json:"target"`
	Measures       int      `json:"measures"`
	Answered       int      `json:"answered"`
	MedianLagDays  *float64 `json:"median_lag_days,omitempty"`
	MeanProportion *float64 `json:"mean_proportion,omitempty"`
}

// Reciprocity is the matching of measures between two sides (or all pairs).
type Reciprocity struct {
	Replies []Reply     `json:"replies"`
	Stats   []DyadStats `json:"stats"`
	// Chain is the longest sequence of answers (each answering the previous).
	Chain []string `json:"longest_chain"`
}

// MatchOptions tune inference.
type MatchOptions struct {
	Window    time.Duration // how long after a measure an answer may come (default 90 days)
	Threshold float64       // minimum score of an inferred answer (default DefaultThreshold)
	// NoInference keeps only the links the ledger states.
	NoInference bool
	// IgnoreStated hides the stated links from inference, to measure it against them.
	IgnoreStated bool
}

// DefaultThreshold is the score an inferred answer needs; see Evaluate for how it
// performs against the links the ledger states.
const DefaultThreshold = 0.55

// answerable lists the kinds that can answer each kind (beyond the same kind).
var answerable = map[parity.MeasureKind][]parity.MeasureKind{
	parity.Expel:              {parity.ExpelAmbassador, parity.DenyAccreditation, parity.StaffCap, parity.CloseMission, parity.LocalStaffBan},
	parity.ExpelAmbassador:    {parity.Expel, parity.RecallAmbassador, parity.DowngradeRelations},
	parity.DenyAccreditation:  {parity.Expel, parity.DenyAccreditation, parity.StaffCap},
	parity.CloseMission:       {parity.Expel, parity.SeizeProperty, parity.StaffCap},
	parity.StaffCap:           {parity.Expel, parity.LocalStaffBan, parity.CloseMission},
	parity.SeizeProperty:      {parity.CloseMission, parity.Expel, parity.SeizeProperty},
	parity.LocalStaffBan:      {parity.Expel, parity.StaffCap},
	parity.RecallAmbassador:   {parity.ExpelAmbassador, parity.AmbassadorDeparted, parity.RecallAmbassador},
	parity.DowngradeRelations: {parity.ExpelAmbassador, parity.RecallAmbassador},
	parity.BreakRelations:     {parity.ExpelAmbassador},
	parity.WithdrawStaff:      {},
	parity.RestoreRelations:   {},
	parity.Readmit:            {},
}

// responseWords in an answer's quotes or reason are evidence that it answers something.
var responseWords = []string{"response", "respond", "retaliat", "reciproc", "tit-for-tat", "tit for tat", "mirror", "in kind", "same number", "in return", "answer"}

// kindWords are the words by which sources name each kind of measure.
var kindWords = map[parity.MeasureKind][]string{
	parity.Expel:             {"expel", "expulsion", "persona non grata"},
	parity.ExpelAmbassador:   {"ambassador"},
	parity.DenyAccreditation: {"visa", "accreditation"},
	parity.CloseMission:      {"clos", "consulate", "shut"},
	parity.StaffCap:          {"cap", "limit", "ceiling", "reduc", "cut"},
	parity.SeizeProperty:     {"seiz", "compound", "propert", "dacha"},
	parity.LocalStaffBan:     {"local staff", "hire", "hiring"},
	parity.RecallAmbassador:  {"recall", "ambassador"},
}

// kindCode numbers the kinds that answerable names from 1, and any other kind 0, so
// that the loops of Match compare small integers and read tables: a switch, as it
// runs once per measure. TestKindCodes checks it against answerable.
func kindCode(k parity.MeasureKind) uint8 {
	switch k {
	case parity.Expel:
		return 1
	case parity.ExpelAmbassador:
		return 2
	case parity.DenyAccreditation:
		return 3
	case parity.CloseMission:
		return 4
	case parity.StaffCap:
		return 5
	case parity.SeizeProperty:
		return 6
	case parity.LocalStaffBan:
		return 7
	case parity.RecallAmbassador:
		return 8
	case parity.DowngradeRelations:
		return 9
	case parity.BreakRelations:
		return 10
	case parity.WithdrawStaff:
		return 11
	case parity.RestoreRelations:
		return 12
	case parity.Readmit:
		return 13
	case parity.AmbassadorDeparted: // answers a recall, calls for no answer
		return 14
	}
	return 0
}

// kindCodes bounds kindCode.
const kindCodes = 15

// kindTable is answerable and kindWords indexed by kind code.
type kindTable struct {
	name   [kindCodes]parity.MeasureKind
	spoken [kindCodes]string // the name in words: "close mission"
	calls  [kindCodes]bool   // Match looks for answers to the kind
	// answers[a][b] is how well kind b answers kind a: 1 the same kind, 0.6 another
	// kind that can, 0 none.
	answers [kindCodes][kindCodes]float64
	words   [kindCodes][]string // kindWords
}

// kinds is the kindTable, built once.
var kinds = func() (t kindTable) {
	for a, bs := range answerable {
		ca := kindCode(a)
		t.name[ca], t.calls[ca] = a, true
		for _, b := range bs {
			t.name[kindCode(b)] = b
			t.answers[ca][kindCode(b)] = 0.6
		}
		t.answers[ca][ca] = 1
		t.words[ca] = kindWords[a]
	}
	for c, k := range t.name {
		t.spoken[c] = strings.ReplaceAll(string(k), "_", " ")
	}
	return t
}()

// fact is what Match reads of one measure, kept in the order of the merge: by
// direction, then date. Read through the measures' pointers in that order, every
// field cost a cache miss at a million measures, and that was most of the time.
type fact struct {
	day, end int64   // first and last day, as Unix seconds
	count    float64 // the middle of the count, when hasCount
	rank     int32   // position in date order
	kind     uint8   // kindCode
	hasCount bool
}

// maxStates bounds the states a ledger may name: directions are numbered in 32 bits
// while the measures are read.
const maxStates = 1 << 16

// statedLink is an answer the ledger states (responds_to): j answers i, both
// positions in date order, p and q their positions in the ledger. The answer's ID is
// copied while its measure is at hand, to spare a cache miss when the link is made.
type statedLink struct {
	i, j, p, q int32
	id         string
}

// candidate is an inferred answer j to measure i (positions in date order; p and q in
// the ledger; id is j's ID) with its score, and the kinds and the indices of the words
// that raised it (-1: none), from which the evidence of the few that win is written.
type candidate struct {
	i, j, p, q     int32
	kind, answer   uint8
	respond, named int8
	score          float64
	id             string
}

// matching is one run of Match. A measure is named by its position in the ledger (p,
// q), in date order (i, j: the indices of Reply and Link), or in facts (x).
type matching struct {
	ms       []*parity.Measure
	codes    []string // the states
	facts    []fact   // by direction, then date
	dirStart []int32  // facts[dirStart[d]:dirStart[d+1]]: direction actor×len(codes)+target
	rankOf   []int32  // date-order position of each measure, by ledger position
	byDate   []int32  // ledger position of each measure, by date-order position
	xOf      []int32  // index in facts of each measure, by ledger position
	replyOf  []int32  // index in replies, by date-order position; -1: no reply
	replies  []Reply
	// stated holds the stated links sorted by the measure answered, then in ledger
	// order of the answers; hasStated marks the measures with a stated answer, taken
	// the answers, stated or inferred, and answered the replies with links (all by
	// date-order position).
	stated                     []statedLink
	hasStated, taken, answered []bool
}

// Match finds, for every measure of the ledger (between a and b when both are set),
// the measures of the other side that answered it: those the ledger states, and
// inferred ones scored on kind, lag, counts and the words of their sources.
//
// It reads the measures in memory order into compact arrays and works on positions
// in them rather than on maps of IDs or pointers: a ledger of a million measures
// takes under a second on one core.
func Match(l *parity.Ledger, a, b string, opt MatchOptions) Reciprocity {
	if opt.Window <= 0 {
		opt.Window = 90 * 24 * time.Hour
	}
	if opt.Threshold == 0 {
		opt.Threshold = DefaultThreshold
	}
	ms := l.Measures
	if a != "" {
		ms = nil
		for _, m := range l.Measures {
			if (m.Actor == a && m.Target == b) || (m.Actor == b && m.Target == a) {
				ms = append(ms, m)
			}
		}
	}
	t, answering := newMatching(ms, !opt.IgnoreStated)
	t.resolve(answering)
	var cands []candidate
	if !opt.NoInference {
		cands = t.candidates(opt)
	}
	won := t.assign(cands)
	return t.result(cands, won)
}

// newMatching orders the measures and copies their facts. When stated is set, it
// also returns the ledger positions of the measures that name what they answer.
func newMatching(ms []*parity.Measure, stated bool) (*matching, []int32) {
	n := len(ms)
	t := &matching{ms: ms, hasStated: make([]bool, n), taken: make([]bool, n), answered: make([]bool, n)}
	code := map[string]uint32{}
	num := func(c string) uint32 {
		k, ok := code[c]
		if !ok {
			if len(t.codes) == maxStates {
				panic("analysis: more than 65536 states")
			}
			k = uint32(len(t.codes))
			code[c] = k
			t.codes = append(t.codes, c)
		}
		return k
	}
	// A first pass reads the keys of the sorts, a second the rest of each measure,
	// which it writes straight to its place: reading the measures twice in memory
	// order costs less than moving a million facts after one pass. Until the sort,
	// rankOf holds the first day of each measure, numbered from 1970.
	t.rankOf = make([]int32, n)
	move := make([]int32, n) // the direction of each measure, then its index in facts
	kind := make([]uint8, n)
	whole := true // every first day is a midnight that rankOf can hold
	for p, m := range ms {
		s := m.Date.Start.Unix()
		d := s / secondsPerDay
		whole = whole && s%secondsPerDay == 0 && d == int64(int32(d))
		t.rankOf[p] = int32(d)
		move[p] = int32(num(m.Actor)<<16 | num(m.Target))
		kind[p] = kindCode(m.Kind)
	}
	t.sortByDate(whole)
	t.replyOf = make([]int32, n)
	replies := 0
	for i, p := range t.byDate {
		t.replyOf[i] = -1
		if kinds.calls[kind[p]] {
			t.replyOf[i] = int32(replies)
			replies++
		}
	}
	t.groupByDirection(move)
	t.facts = make([]fact, n)
	t.replies = make([]Reply, replies)
	var answering []int32
	for p, m := range ms {
		f := fact{day: m.Date.Start.Unix(), end: m.Date.End.Unix(), rank: t.rankOf[p], kind: kind[p]}
		if m.Count != nil {
			f.count, f.hasCount = countEstimate(*m.Count).Mid(), true
		}
		t.facts[move[p]] = f
		if r := t.replyOf[f.rank]; r >= 0 {
			t.replies[r] = Reply{Measure: m, ID: m.ID}
		}
		if stated && len(m.RespondsTo) > 0 {
			answering = append(answering, int32(p))
		}
	}
	return t, answering
}

// secondsPerDay is the length of parity's days, which are UTC.
const secondsPerDay = 24 * 60 * 60

// sortByDate orders the measures by first day, ties in ledger order: it sets byDate
// and turns rankOf from days into ranks. Parity's dates are UTC midnights (whole is
// set), so a counting sort on days does it in two passes; a comparison sort is kept
// for dates it cannot number.
func (t *matching) sortByDate(whole bool) {
	n := len(t.rankOf)
	byDate := make([]int32, n)
	t.byDate = byDate
	if n == 0 {
		return
	}
	if lo, hi := slices.Min(t.rankOf), slices.Max(t.rankOf); whole && int64(hi)-int64(lo) < 1<<20 {
		at := make([]int32, hi-lo+2) // at[d]: the position of the next measure of day lo+d
		for _, d := range t.rankOf {
			at[d-lo+1]++
		}
		for d := 1; d < len(at); d++ {
			at[d] += at[d-1]
		}
		for p, d := range t.rankOf {
			d -= lo
			t.rankOf[p] = at[d]
			byDate[at[d]] = int32(p)
			at[d]++
		}
		return
	}
	start := make([]int64, n)
	for p, m := range t.ms {
		start[p] = m.Date.Start.Unix()
		byDate[p] = int32(p)
	}
	slices.SortFunc(byDate, func(p, q int32) int { return cmp.Or(cmp.Compare(start[p], start[q]), cmp.Compare(p, q)) })
	for i, p := range byDate {
		t.rankOf[p] = int32(i)
	}
}

// groupByDirection sets dirStart, and move to where each measure goes in facts,
// by direction and then date order (a counting sort of byDate). move holds each
// measure's actor and target in 16 bits each. States are numbered, so a direction is
// an index into a slice rather than a key of a map.
func (t *matching) groupByDirection(move []int32) {
	k := len(t.codes)
	t.dirStart = make([]int32, k*k+1)
	for p, v := range move {
		move[p] = int32(int(uint32(v)>>16)*k + int(v&0xffff))
		t.dirStart[move[p]+1]++
	}
	for d := 1; d < len(t.dirStart); d++ {
		t.dirStart[d] += t.dirStart[d-1]
	}
	next := slices.Clone(t.dirStart[:k*k])
	for _, p := range t.byDate {
		d := move[p]
		move[p] = next[d]
		next[d]++
	}
	t.xOf = move
}

// mid returns the middle day of a measure, as Unix seconds: most measures are dated
// by one day, and the others' dates are read when needed.
func (t *matching) mid(f *fact) int64 {
	if f.end == f.day {
		return f.day
	}
	return t.ms[t.byDate[f.rank]].Date.Mid().Unix()
}

// direction returns the facts of direction d and of the opposite direction.
func (t *matching) direction(d int) (own, other []fact) {
	k := len(t.codes)
	r := d%k*k + d/k
	return t.facts[t.dirStart[d]:t.dirStart[d+1]], t.facts[t.dirStart[r]:t.dirStart[r+1]]
}

// of returns the fact of the measure at ledger position p.
func (t *matching) of(p int32) *fact { return &t.facts[t.xOf[p]] }

// resolve turns the responds_to of the measures at positions answering into stated
// links. Only the IDs they name need an index, not every measure's. Where IDs repeat,
// the last measure with the ID is the one answered.
func (t *matching) resolve(answering []int32) {
	if len(answering) == 0 {
		return
	}
	at := make(map[string]int32, len(answering))
	for _, q := range answering {
		for _, id := range t.ms[q].RespondsTo {
			at[id] = -1
		}
	}
	// Most IDs are named by no measure: one bit per hash of the names lets them skip
	// the map, whose cache misses were most of the time here.
	seed := maphash.MakeSeed()
	named := make([]uint64, max(1, 1<<bits.Len(uint(len(at)))/8)) // 8 bits per name
	mask := uint64(len(named)*64 - 1)
	for id := range at {
		h := maphash.String(seed, id) & mask
		named[h/64] |= 1 << (h % 64)
	}
	for p, m := range t.ms {
		if h := maphash.String(seed, m.ID) & mask; named[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		if _, ok := at[m.ID]; ok {
			at[m.ID] = int32(p)
		}
	}
	t.stated = make([]statedLink, 0, len(answering))
	for _, q := range answering {
		r := t.ms[q]
		for _, id := range r.RespondsTo {
			if p := at[id]; p >= 0 {
				i, j := t.rankOf[p], t.rankOf[q]
				t.stated = append(t.stated, statedLink{i, j, p, q, r.ID})
				t.hasStated[i], t.taken[j] = true, true
			}
		}
	}
	// Links from one answer to one measure are alike, so ordering by answer keeps
	// the ledger's order.
	slices.SortFunc(t.stated, func(x, y statedLink) int { return cmp.Or(cmp.Compare(x.i, y.i), cmp.Compare(x.q, y.q)) })
}

// statedFor returns the stated answers to measure i.
func (t *matching) statedFor(i int32) []statedLink {
	lo, _ := slices.BinarySearchFunc(t.stated, i, func(s statedLink, i int32) int { return cmp.Compare(s.i, i) })
	hi := lo
	for hi < len(t.stated) && t.stated[hi].i == i {
		hi++
	}
	return t.stated[lo:hi]
}

// candidates scores, for each measure that calls for an answer and has no stated
// one, the other side's measures from its first day to the end of the window after
// it, and returns those that reach the threshold. Both sides of a dyad are in date
// order, so one pointer into the other side only moves forward: a merge, not a
// search per measure.
func (t *matching) candidates(opt MatchOptions) []candidate {
	window := int64(opt.Window / time.Second) // dates are whole seconds: exact
	var out []candidate
	var text []byte
	for d := range len(t.dirStart) - 1 {
		own, other := t.direction(d)
		if len(own) == 0 || len(other) == 0 {
			continue
		}
		next := 0 // in other, the first measure not before the current one
		for x := range own {
			m := &own[x]
			if !kinds.calls[m.kind] || t.hasStated[m.rank] {
				continue
			}
			for next < len(other) && other[next].day < m.day {
				next++
			}
			for y := next; y < len(other); y++ {
				r := &other[y]
				if r.day-m.end > window {
					break
				}
				// A stated answer answers nothing else: it is skipped before its text is read.
				kindScore := kinds.answers[m.kind][r.kind]
				if kindScore == 0 || t.taken[r.rank] {
					continue
				}
				p, q := t.byDate[m.rank], t.byDate[r.rank]
				if t.ms[p] == t.ms[q] {
					continue
				}
				lag := max(0, time.Unix(t.mid(r), 0).Sub(time.Unix(t.mid(m), 0)))
				score := 0.4*kindScore + 0.35*(1-min(1, float64(lag)/float64(opt.Window)))
				if v, ok := proportion(m, r); ok {
					score += 0.15 * math.Max(0, 1-math.Abs(math.Log(v))/math.Log(4))
				}
				if score+0.35 < opt.Threshold {
					continue // even the words of its sources could not make it an answer
				}
				answer := t.ms[q]
				text = appendAnswerText(text[:0], answer)
				respond, named := firstWord(text, responseWords), -1
				if r.kind != m.kind {
					named = firstWord(text, kinds.words[m.kind])
				}
				if respond >= 0 {
					score += 0.1
				}
				if named >= 0 {
					score += 0.25
				}
				if score >= opt.Threshold {
					if len(out) == cap(out) {
						// Double: append grows a large slice by a quarter, which allocates
						// it four times over.
						out = slices.Grow(out, len(out))
					}
					out = append(out, candidate{m.rank, r.rank, p, q, m.kind, r.kind, int8(respond), int8(named), math.Round(score*100) / 100, answer.ID})
				}
			}
		}
	}
	return out
}

// assign gives each inferred answer to one measure at most, best score first: a reply
// that names a closure answers the closure, not the expulsion a month before it.
// Stated links may share an answer (one reply to two measures, as sources say).
// No inference makes two measures answer each other (possible when one is dated only
// by its month). It returns, for each measure, 1 + the index of the candidate that
// answers it, or 0.
func (t *matching) assign(cands []candidate) []int32 {
	slices.SortFunc(cands, func(x, y candidate) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.i, y.i), cmp.Compare(x.j, y.j))
	})
	won := make([]int32, len(t.facts))
	// answers reports whether x is known to answer y, stated or inferred.
	answers := func(x, y int32) bool {
		if w := won[y]; w > 0 && cands[w-1].j == x {
			return true
		}
		return slices.ContainsFunc(t.statedFor(y), func(s statedLink) bool { return s.j == x })
	}
	for c, x := range cands {
		if t.taken[x.j] || won[x.i] > 0 || t.taken[x.i] && answers(x.i, x.j) {
			continue
		}
		t.taken[x.j] = true
		won[x.i] = int32(c) + 1
	}
	return won
}

// answeredBy is a measure with answers, i by date-order position: the range of its
// links in the array of all links, for the longest chain, and what the statistics
// read of its first link.
type answeredBy struct {
	i, from, to int32
	lagDays     int32
	prop        float64 // the proportion of counts, when like is set
	like        bool    // the proportion is known and compares like with like
}

// result gives the replies their links, in date order, and adds the statistics
// and the longest chain.
func (t *matching) result(cands []candidate, won []int32) Reciprocity {
	links := 0
	for _, s := range t.stated {
		if t.replyOf[s.i] >= 0 {
			links++
		}
	}
	for _, w := range won {
		if w > 0 {
			links++
		}
	}
	// One array holds every reply's links and another their proportions, rather than
	// an allocation per reply and per proportion.
	all := make([]Link, 0, links)
	props := make([]float64, 0, links)
	firsts := make([]answeredBy, 0, links)
	var buf []byte
	s := 0 // in stated
	for i, r := range t.replyOf {
		for s < len(t.stated) && t.stated[s].i < int32(i) {
			s++
		}
		if r < 0 {
			continue // talks, agreements, departures are not measures that call for an answer
		}
		reply := &t.replies[r]
		from := len(all)
		for ; s < len(t.stated) && t.stated[s].i == int32(i); s++ {
			l := t.stated[s]
			all = append(all, t.link(reply.ID, l.p, l.j, l.q, l.id, &props))
			all[len(all)-1].Stated = true
		}
		if w := won[i]; w > 0 {
			c := cands[w-1]
			lk := t.link(reply.ID, c.p, c.j, c.q, c.id, &props)
			lk.Score = c.score
			buf = appendEvidence(buf[:0], c, lk.LagDays)
			lk.Evidence = string(buf)
			all = append(all, lk)
		}
		if len(all) == from {
			continue
		}
		reply.Links = all[from:len(all):len(all)]
		t.answered[i] = true
		first := answeredBy{i: int32(i), from: int32(from), to: int32(len(all)), lagDays: int32(all[from].LagDays)}
		// Proportions compare like with like: 182 local staff for 10 diplomats is an
		// asymmetric answer, not an eighteen-fold escalation.
		if p := all[from].Proportion; p != nil && all[from].Class != Asymmetric {
			first.prop, first.like = *p, true
		}
		firsts = append(firsts, first)
	}
	return Reciprocity{Replies: t.replies, Stats: t.stats(firsts), Chain: t.longestChain(all, firsts)}
}

// relation compares measure m with its answer r: the lag in days, r's count over m's
// when both are stated, and whether the answer is of another kind.
func (t *matching) relation(m, r *fact) (lagDays int, prop float64, hasProp, otherKind bool) {
	lagDays = max(0, days(time.Unix(t.mid(r), 0).Sub(time.Unix(t.mid(m), 0))))
	prop, hasProp = proportion(m, r)
	// m calls for an answer, so its kind has a code of its own.
	return lagDays, prop, hasProp, m.kind != r.kind
}

// link builds the link from the measure with ID measure, at ledger position p, to
// its answer j (q in the ledger, with ID answer) and classifies it. Its proportion is
// kept in props.
func (t *matching) link(measure string, p, j, q int32, answer string, props *[]float64) Link {
	lagDays, prop, hasProp, otherKind := t.relation(t.of(p), t.of(q))
	l := Link{answer: j, Measure: measure, Answer: answer, LagDays: lagDays}
	if hasProp {
		*props = append(*props, prop)
		l.Proportion = &(*props)[len(*props)-1]
	}
	l.Class = classify(otherKind, l.Proportion)
	return l
}

// appendEvidence says why candidate c is an answer.
func appendEvidence(buf []byte, c candidate, lagDays int) []byte {
	if c.respond >= 0 {
		buf = append(buf, "its sources say \""...)
		buf = append(buf, responseWords[c.respond]...)
		buf = append(buf, "\"; "...)
	}
	if c.named >= 0 {
		buf = append(buf, "they name the "...)
		buf = append(buf, kinds.spoken[c.kind]...)
		buf = append(buf, " (\""...)
		buf = append(buf, kinds.words[c.kind][c.named]...)
		buf = append(buf, "\"); "...)
	}
	buf = append(buf, "kind "...)
	buf = append(buf, kinds.name[c.answer]...)
	buf = append(buf, " after "...)
	buf = append(buf, kinds.name[c.kind]...)
	buf = append(buf, "; "...)
	buf = strconv.AppendInt(buf, int64(lagDays), 10)
	return append(buf, " days later"...)
}

// appendAnswerText appends what an answer's sources and description say,
// lower-cased: ASCII in place, other text through strings.ToLower.
func appendAnswerText(buf []byte, r *parity.Measure) []byte {
	buf = appendLower(buf, r.Reason)
	buf = append(buf, ' ')
	buf = appendLower(buf, r.Note)
	for _, c := range r.Sources {
		buf = append(buf, ' ')
		buf = appendLower(buf, c.Quote)
	}
	return buf
}

// appendLower appends strings.ToLower(s) without making it a string when s is ASCII.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// firstWord returns the index of the first of words found in text, or -1.
func firstWord(text []byte, words []string) int {
	for k, w := range words {
		if bytes.Contains(text, []byte(w)) {
			return k
		}
	}
	return -1
}

// classify names the relation of an answer to a measure: of another kind, or of
// the same kind with the proportion p of their counts (nil: unknown).
func classify(otherKind bool, p *float64) Class {
	if otherKind {
		return Asymmetric
	}
	if p == nil {
		return Mirror // kind for kind, no counts to compare
	}
	switch {
	case *p == 1:
		return Mirror
	case *p >= 0.75 && *p <= 1.25:
		return Proportional
	case *p > 1.25:
		return Escalation
	}
	return Deescalation
}

// proportion is r's count over m's, when both are stated.
func proportion(m, r *fact) (float64, bool) {
	if !m.hasCount || !r.hasCount || m.count <= 0 {
		return 0, false
	}
	return r.count / m.count, true
}

// stats sums up each direction from the first link of each answered measure, firsts
// (sorted by measure). It reads the facts, in direction and date order, rather than
// the replies.
func (t *matching) stats(firsts []answeredBy) []DyadStats {
	k := len(t.codes)
	dirs := 0
	for d := range len(t.dirStart) - 1 {
		if t.dirStart[d+1] > t.dirStart[d] {
			dirs++
		}
	}
	out := make([]DyadStats, 0, dirs)
	// The medians and means live in one array rather than one allocation each; it
	// has room for all, so it never moves.
	values := make([]float64, 0, 2*dirs)
	var lags, props []float64
	// Directions are walked by the names of their states, so that a stable sort by
	// measures puts them in order, without comparing names.
	byName := make([]int, k)
	for c := range byName {
		byName[c] = c
	}
	slices.SortFunc(byName, func(a, b int) int { return strings.Compare(t.codes[a], t.codes[b]) })
	for _, a := range byName {
		for _, b := range byName {
			d := a*k + b
			own := t.facts[t.dirStart[d]:t.dirStart[d+1]]
			if len(own) == 0 {
				continue
			}
			st := DyadStats{Actor: t.codes[a], Target: t.codes[b]}
			lags, props = lags[:0], props[:0]
			for x := range own {
				m := &own[x]
				if !kinds.calls[m.kind] {
					continue
				}
				st.Measures++
				if !t.answered[m.rank] {
					continue
				}
				st.Answered++
				first := firsts[find(firsts, m.rank)]
				lags = append(lags, float64(first.lagDays))
				if first.like {
					props = append(props, first.prop)
				}
			}
			if st.Measures == 0 {
				continue
			}
			if len(lags) > 0 {
				values = append(values, median(lags))
				st.MedianLagDays = &values[len(values)-1]
			}
			if len(props) > 0 {
				s := 0.0
				for _, p := range props {
					s += p
				}
				values = append(values, s/float64(len(props)))
				st.MeanProportion = &values[len(values)-1]
			}
			out = append(out, st)
		}
	}
	// A stable sort of their indices by measures finishes the order: moving the
	// stats themselves in the sort took most of the time on small ledgers.
	order := make([]int32, len(out))
	for x := range order {
		order[x] = int32(x)
	}
	slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(out[y].Measures, out[x].Measures) })
	sorted := make([]DyadStats, len(out))
	for at, x := range order {
		sorted[at] = out[x]
	}
	return sorted
}

// find returns the index in firsts, sorted by measure, of measure i.
func find(firsts []answeredBy, i int32) int {
	k, _ := slices.BinarySearchFunc(firsts, i, func(f answeredBy, i int32) int { return cmp.Compare(f.i, i) })
	return k
}

// longestChain follows answers to answers and returns the longest sequence. A
// measure already on the path is skipped, so inconsistent data cannot loop. Only
// the measures with answers, firsts, start chains longer than one: the walk keeps
// its steps for them alone, found by binary search, rather than arrays of a million.
func (t *matching) longestChain(links []Link, firsts []answeredBy) []string {
	type step struct {
		length int32 // of the longest chain from the measure; 0: not known, -1: on the path
		link   int32 // the link that chain follows, in links; -1: none
	}
	steps := make([]step, len(firsts))
	var walk func(k int) int32
	walk = func(k int) int32 {
		if steps[k].length > 0 {
			return steps[k].length
		}
		steps[k].length = -1
		best := step{1, -1}
		for x := firsts[k].from; x < firsts[k].to; x++ {
			n := int32(2) // an answer that has none
			if j := links[x].answer; t.answered[j] {
				kj := find(firsts, j)
				if steps[kj].length < 0 {
					continue
				}
				n = walk(kj) + 1
			}
			if n > best.length {
				best = step{n, x}
			}
		}
		steps[k] = best
		return best.length
	}
	start, longest := -1, int32(1)
	for k := range firsts {
		if l := walk(k); l > longest {
			start, longest = k, l
		}
	}
	if start < 0 {
		return nil
	}
	out := []string{links[firsts[start].from].Measure}
	for k := start; steps[k].link >= 0; {
		l := links[steps[k].link]
		out = append(out, l.Answer)
		if !t.answered[l.answer] {
			break
		}
		k = find(firsts, l.answer)
	}
	return out
}

// Evaluation is how inference does against the links the ledger states.
type Evaluation struct {
	Stated    int     `json:"stated"`
	Inferred  int     `json:"inferred"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Threshold float64 `json:"threshold"`
}

// Evaluate hides the stated links, infers answers and compares: a correct link is an
// inferred (measure, answer) pair that the ledger states. Precision is measured only
// on measures whose answers the ledger states, since elsewhere the ledger is silent,
// not negative.
func Evaluate(l *parity.Ledger, opt MatchOptions) Evaluation {
	truth := map[[2]string]bool{}
	hasStated := map[string]bool{}
	for _, r := range l.Measures {
		for _, id := range r.RespondsTo {
			truth[[2]string{id, r.ID}] = true
			hasStated[id] = true
		}
	}
	opt.IgnoreStated = true
	rec := Match(l, "", "", opt)
	ev := Evaluation{Stated: len(truth), Threshold: opt.Threshold}
	if ev.Threshold == 0 {
		ev.Threshold = DefaultThreshold
	}
	for _, r := range rec.Replies {
		if !hasStated[r.ID] {
			continue
		}
		for _, lk := range r.Links {
			ev.Inferred++
			if truth[[2]string{lk.Measure, lk.Answer}] {
				ev.Correct++
			}
		}
	}
	if ev.Inferred > 0 {
		ev.Precision = float64(ev.Correct) / float64(ev.Inferred)
	}
	if ev.Stated > 0 {
		ev.Recall = float64(ev.Correct) / float64(ev.Stated)
	}
	return ev
}

// days rounds a duration to whole days.
func days(d time.Duration) int { return int(math.Round(d.Hours() / 24)) }
