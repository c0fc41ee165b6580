package analysis

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

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
	answer   int     // index of the answer in Match's sorted measures
	Measure  string  `json:"measure"`
	Answer   string  `json:"answer"`
	Class    Class   `json:"class"`
	LagDays  int     `json:"lag_days"`
	Stated   bool    `json:"stated"` // the ledger says so (responds_to)
	Score    float64 `json:"score,omitempty"`
	Evidence string  `json:"evidence,omitempty"`
	// Proportion is the answer's count over the measure's, when both are known.
	Proportion *float64 `json:"proportion,omitempty"`
}

// Reply is a measure with its answers (none: unanswered).
type Reply struct {
	Measure *parity.Measure `json:"-"`
	index   int             // position in Match's date-sorted measures
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

// callsForAnswer reports whether Match looks for answers to a kind: a switch, as it
// runs once per measure.
func callsForAnswer(k parity.MeasureKind) bool {
	switch k {
	case parity.Expel, parity.ExpelAmbassador, parity.DenyAccreditation, parity.CloseMission, parity.StaffCap,
		parity.SeizeProperty, parity.LocalStaffBan, parity.RecallAmbassador, parity.DowngradeRelations,
		parity.BreakRelations, parity.WithdrawStaff, parity.RestoreRelations, parity.Readmit:
		return true
	}
	return false
}

// answers reports whether kind b can answer kind a, and how well (1 same kind).
func answers(a, b parity.MeasureKind) (float64, bool) {
	if a == b {
		if _, ok := answerable[a]; ok {
			return 1, true
		}
		return 0, false
	}
	for _, k := range answerable[a] {
		if k == b {
			return 0.6, true
		}
	}
	return 0, false
}

// Match finds, for every measure of the ledger (between a and b when both are set),
// the measures of the other side that answered it: those the ledger states, and
// inferred ones scored on kind, lag, counts and the words of their sources.
//
// It works on indices into one date-sorted slice rather than on maps of IDs, which
// keeps a ledger of a million measures well under a second.
func Match(l *parity.Ledger, a, b string, opt MatchOptions) Reciprocity {
	if opt.Window <= 0 {
		opt.Window = 90 * 24 * time.Hour
	}
	if opt.Threshold == 0 {
		opt.Threshold = DefaultThreshold
	}
	// One sequential pass copies what matching needs into compact rows; the rest works
	// on them in date order. Visiting a million measures in date order through their
	// pointers costs a cache miss per field read: that, not the logic, was the time.
	type row struct {
		m     *parity.Measure
		id    string
		day   int64 // first day, as Unix seconds
		end   int64 // last day
		pos   int   // position in the ledger, to break ties: the order stays stable
		dir   int
		calls bool
	}
	code := map[string]int{}
	var codes []string
	num := func(c string) int {
		k, ok := code[c]
		if !ok {
			k = len(codes)
			code[c] = k
			codes = append(codes, c)
		}
		return k
	}
	rows := make([]row, 0, len(l.Measures))
	for _, m := range l.Measures {
		if a == "" || (m.Actor == a && m.Target == b) || (m.Actor == b && m.Target == a) {
			rows = append(rows, row{m: m, id: m.ID, day: m.Date.Start.Unix(), end: m.Date.End.Unix(), pos: len(rows),
				dir: num(m.Actor)<<16 | num(m.Target), calls: callsForAnswer(m.Kind)})
		}
	}
	orig := make([]*parity.Measure, len(rows)) // the measures in ledger (memory) order
	for p, r := range rows {
		orig[p] = r.m
	}
	// Sort small keys, not the rows: moving 64-byte rows was a quarter of the time.
	type key struct {
		day int64
		pos int32
	}
	keys := make([]key, len(rows))
	for p, r := range rows {
		keys[p] = key{r.day, int32(p)}
	}
	slices.SortFunc(keys, func(x, y key) int {
		if c := cmp.Compare(x.day, y.day); c != 0 {
			return c
		}
		return cmp.Compare(x.pos, y.pos)
	})
	// Gather, in date order, only the fields the loops below read.
	id := make([]string, len(rows))
	end := make([]int64, len(rows))
	calls := make([]bool, len(rows))
	n := len(rows)
	k := len(codes)
	ms := make([]*parity.Measure, n)
	day := make([]int64, n) // first day of each measure, for binary searches
	dirOf := make([]int, n)
	// States are numbered, so a direction (actor, target) is an index into a slice
	// rather than a key of a map. The measures of each direction, in date order, sit
	// in one array (a counting sort): dirList[dirStart[d]:dirStart[d+1]].
	at := make([]int, n) // at[pos]: the date-order index of the measure at ledger position pos
	dirStart := make([]int, k*k+1)
	for i, kk := range keys {
		r := &rows[kk.pos]
		at[r.pos] = i
		ms[i], day[i], id[i], end[i], calls[i] = r.m, r.day, r.id, r.end, r.calls
		dirOf[i] = (r.dir>>16)*k + r.dir&0xffff
		dirStart[dirOf[i]+1]++
	}
	for d := 1; d <= k*k; d++ {
		dirStart[d] += dirStart[d-1]
	}
	dirList := make([]int, n)
	dirDay := make([]int64, n) // the day of each dirList entry, read in order by the merge
	fill := append([]int(nil), dirStart[:k*k]...)
	for i := range keys {
		dirList[fill[dirOf[i]]] = i
		dirDay[fill[dirOf[i]]] = day[i]
		fill[dirOf[i]]++
	}
	byDir := func(d int) []int { return dirList[dirStart[d]:dirStart[d+1]] }
	dirs := func(d int) [2]string { return [2]string{codes[d/k], codes[d%k]} }
	rev := func(d int) int { return (d%k)*k + d/k }
	// Only the IDs that responds_to names need an index.
	idx := map[string]int{}
	if !opt.IgnoreStated {
		for _, m := range orig {
			for _, id := range m.RespondsTo {
				idx[id] = -1
			}
		}
		if len(idx) > 0 {
			for p, m := range orig {
				if _, ok := idx[m.ID]; ok {
					idx[m.ID] = at[p]
				}
			}
		}
	}
	// Links are few (a tenth of measures at most): maps, not slices of a million.
	stated := map[int][]int{}  // stated[i]: the measures that state they answer i
	answers := map[int][]int{} // answers[j]: what j is known to answer (stated or inferred)
	if !opt.IgnoreStated {
		for p, r := range orig {
			j := at[p]
			for _, id := range r.RespondsTo {
				if i, ok := idx[id]; ok && i >= 0 {
					stated[i] = append(stated[i], j)
					answers[j] = append(answers[j], i)
				}
			}
		}
	}
	taken := make([]bool, n)
	hasStated := make([]bool, n) // checked before the map: most measures have no link
	for i, js := range stated {
		hasStated[i] = true
		for _, j := range js {
			taken[j] = true
		}
	}
	type candidate struct {
		i, j     int
		score    float64
		evidence string
	}
	var cands []candidate
	replyOf := make([]int, n)
	rec := Reciprocity{Replies: make([]Reply, 0, n)}
	next := make([]int, k*k) // per direction, the first measure not before the current one
	// text[j] is measure j's sources and description, lower-cased once when first needed.
	texts := make([]string, n)
	text := func(j int) string {
		if texts[j] == "" {
			texts[j] = answerText(ms[j]) + " " // never empty once computed
		}
		return texts[j]
	}
	for i, m := range ms {
		replyOf[i] = -1
		if !calls[i] {
			continue // talks, agreements, departures are not measures that call for an answer
		}
		reply := Reply{Measure: m, ID: id[i], index: i}
		if hasStated[i] {
			for _, j := range stated[i] {
				reply.Links = append(reply.Links, link(m, ms[j], j, true, 0, ""))
			}
		}
		if len(reply.Links) == 0 && !opt.NoInference {
			// Measures come in date order, so the other direction's pointer only moves
			// forward: a merge, not a search per measure.
			r := rev(dirOf[i])
			list, days := byDir(r), dirDay[dirStart[r]:dirStart[r+1]]
			for next[r] < len(list) && days[next[r]] < day[i] {
				next[r]++
			}
			if next[r] < len(list) && days[next[r]]-end[i] <= int64(opt.Window/time.Second) {
				for _, c := range scoreAnswers(m, ms, list[next[r]:], opt.Window, opt.Threshold, text) {
					if !taken[c.j] {
						cands = append(cands, candidate{i, c.j, c.score, c.evidence})
					}
				}
			}
		}
		replyOf[i] = len(rec.Replies)
		rec.Replies = append(rec.Replies, reply)
	}
	// Inference assigns each answer to one measure at most, best score first: a reply
	// that names a closure answers the closure, not the expulsion a month before it.
	// Stated links may share an answer (one reply to two measures, as sources say).
	// No inference makes two measures answer each other (possible when one is dated
	// only by its month).
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].score != cands[y].score {
			return cands[x].score > cands[y].score
		}
		return cands[x].i < cands[y].i || cands[x].i == cands[y].i && cands[x].j < cands[y].j
	})
	for _, c := range cands {
		reply := &rec.Replies[replyOf[c.i]]
		if taken[c.j] || len(reply.Links) > 0 || slices.Contains(answers[c.i], c.j) {
			continue
		}
		taken[c.j] = true
		answers[c.j] = append(answers[c.j], c.i)
		reply.Links = append(reply.Links, link(ms[c.i], ms[c.j], c.j, false, c.score, c.evidence))
	}
	rec.Stats = stats(rec.Replies, dirOf, dirs, k*k)
	rec.Chain = longestChain(rec.Replies, ms)
	return rec
}

// scored is one candidate answer (an index into the measures) with its score.
type scored struct {
	j        int
	score    float64
	evidence string
}

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

// scoreAnswers scores the other side's measures after m within the window: kind
// (the same kind counts most), lag (sooner is likelier), counts (alike is likelier)
// and the words of the answer's sources: words of response, and more so words that
// name m's kind.
// candidates are the other side's measures from m's first day on, in date order.
// The text of a candidate is read only when it could lift the score over the
// threshold, and the evidence is written only for candidates that pass.
func scoreAnswers(m *parity.Measure, ms []*parity.Measure, candidates []int, window time.Duration, threshold float64, text func(int) string) []scored {
	var out []scored
	for i := 0; i < len(candidates); i++ {
		j := candidates[i]
		r := ms[j]
		if r.Date.Start.Sub(m.Date.End) > window {
			break
		}
		lag := max(0, r.Date.Mid().Sub(m.Date.Mid()))
		kindScore, ok := answers(m.Kind, r.Kind)
		if !ok || r == m {
			continue
		}
		score := 0.4*kindScore + 0.35*(1-min(1, float64(lag)/float64(window)))
		if p := proportion(m, r); p != nil {
			score += 0.15 * math.Max(0, 1-math.Abs(math.Log(*p))/math.Log(4))
		}
		if score+0.35 < threshold {
			continue // even the words of its sources could not make it an answer
		}
		t := text(j)
		respond := firstWord(t, responseWords)
		named := ""
		if r.Kind != m.Kind {
			named = firstWord(t, kindWords[m.Kind])
		}
		if respond != "" {
			score += 0.1
		}
		if named != "" {
			score += 0.25
		}
		if score < threshold {
			continue
		}
		var ev []string
		if respond != "" {
			ev = append(ev, "its sources say \""+respond+"\"")
		}
		if named != "" {
			ev = append(ev, "they name the "+strings.ReplaceAll(string(m.Kind), "_", " ")+" (\""+named+"\")")
		}
		ev = append(ev, "kind "+string(r.Kind)+" after "+string(m.Kind), strconv.Itoa(days(lag))+" days later")
		out = append(out, scored{j, math.Round(score*100) / 100, strings.Join(ev, "; ")})
	}
	return out
}

// answerText is what an answer's sources and description say, lower-cased.
func answerText(r *parity.Measure) string {
	text := strings.ToLower(r.Reason + " " + r.Note)
	for _, c := range r.Sources {
		text += " " + strings.ToLower(c.Quote)
	}
	return text
}

// firstWord returns the first of words found in text.
func firstWord(text string, words []string) string {
	for _, w := range words {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

// link builds the link from m to its answer r and classifies it.
func link(m, r *parity.Measure, answer int, stated bool, score float64, evidence string) Link {
	l := Link{answer: answer, Measure: m.ID, Answer: r.ID, Stated: stated, Score: score, Evidence: evidence,
		LagDays: days(r.Date.Mid().Sub(m.Date.Mid())), Proportion: proportion(m, r)}
	if l.LagDays < 0 {
		l.LagDays = 0
	}
	l.Class = classify(m, r, l.Proportion)
	return l
}

// classify names the relation of an answer to a measure.
func classify(m, r *parity.Measure, p *float64) Class {
	if m.Kind != r.Kind {
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
func proportion(m, r *parity.Measure) *float64 {
	if m.Count == nil || r.Count == nil {
		return nil
	}
	a, b := countEstimate(*m.Count).Mid(), countEstimate(*r.Count).Mid()
	if a <= 0 {
		return nil
	}
	p := b / a
	return &p
}

// stats sums up each direction.
func stats(replies []Reply, dirOf []int, dirs func(int) [2]string, ndirs int) []DyadStats {
	type acc struct {
		st    DyadStats
		lags  []float64
		props []float64
		seen  bool
	}
	accs := make([]acc, ndirs)
	var order []int
	for _, r := range replies {
		d := dirOf[r.index]
		a := &accs[d]
		if !a.seen {
			a.seen = true
			key := dirs(d)
			a.st = DyadStats{Actor: key[0], Target: key[1]}
			order = append(order, d)
		}
		a.st.Measures++
		if len(r.Links) > 0 {
			a.st.Answered++
			a.lags = append(a.lags, float64(r.Links[0].LagDays))
			// Proportions compare like with like: 182 local staff for 10 diplomats is
			// an asymmetric answer, not an eighteen-fold escalation.
			if p := r.Links[0].Proportion; p != nil && r.Links[0].Class != Asymmetric {
				a.props = append(a.props, *p)
			}
		}
	}
	out := make([]DyadStats, 0, len(order))
	for _, d := range order {
		a := &accs[d]
		if len(a.lags) > 0 {
			m := median(a.lags)
			a.st.MedianLagDays = &m
		}
		if len(a.props) > 0 {
			s := 0.0
			for _, p := range a.props {
				s += p
			}
			mean := s / float64(len(a.props))
			a.st.MeanProportion = &mean
		}
		out = append(out, a.st)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Measures != b.Measures {
			return a.Measures > b.Measures
		}
		return a.Actor < b.Actor || a.Actor == b.Actor && a.Target < b.Target
	})
	return out
}

// longestChain follows answers to answers and returns the longest sequence. A
// measure already on the path is skipped, so inconsistent data cannot loop.
func longestChain(replies []Reply, ms []*parity.Measure) []string {
	n := len(ms)
	next := make([][]int, n)
	for _, r := range replies {
		for _, l := range r.Links {
			next[r.index] = append(next[r.index], l.answer)
		}
	}
	length := make([]int, n) // length of the longest chain from i; 0: not computed
	succ := make([]int, n)
	onPath := make([]bool, n)
	var walk func(i int) int
	walk = func(i int) int {
		if length[i] > 0 {
			return length[i]
		}
		onPath[i] = true
		best, bestNext := 1, -1
		for _, j := range next[i] {
			if onPath[j] {
				continue
			}
			if l := walk(j) + 1; l > best {
				best, bestNext = l, j
			}
		}
		onPath[i] = false
		length[i], succ[i] = best, bestNext
		return best
	}
	start, longest := -1, 1
	for _, r := range replies {
		i := r.index
		if len(next[i]) == 0 {
			continue
		}
		if l := walk(i); l > longest {
			start, longest = i, l
		}
	}
	if start < 0 {
		return nil
	}
	var out []string
	for i := start; i >= 0; i = succ[i] {
		out = append(out, ms[i].ID)
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
