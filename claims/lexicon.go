package claims

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"parity"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// role is what a name in the text stands for.
type role uint8

const (
	roleName     role = iota // the country or organisation by name: "Poland", "NATO"
	roleDemonym              // its people or adjective: "Polish", "Russians"
	roleSeat                 // an institution that speaks for it: "the Kremlin"
	roleCapital              // its capital: acts for it, or names its soil after "in"
	roleCity                 // another city: a place, never an actor
	roleOfficial             // an office holder: acts for it during a term
	roleNone                 // not an actor, though it holds one's name: "Latin American"
)

// term is a span of office; a zero end means still in office.
type term struct{ start, end time.Time }

// entry is one phrase of the gazetteer.
type entry struct {
	code  string
	role  role
	exact string // for all-capital phrases ("US", "UN"): the case the text must have
	terms []term
	place string  // canonical place name for cities and capitals
	other *shared // a bare name two states share: which one it is depends on the story
}

// alone reports whether the name has no other state: it names its own state in a
// story that names that state otherwise too, and nothing elsewhere ("the North").
func (sh *shared) alone() bool { return sh.other == "" }

// roleNames are the roles places.txt and shared.txt name.
var roleNames = map[string]role{"name": roleName, "demonym": roleDemonym, "seat": roleSeat, "capital": roleCapital, "city": roleCity, "none": roleNone}

// shared is a bare name two states share (shared.txt): it names other when the story
// uses other's own names (evidence) more often than the default state's (own), and
// the entry's code otherwise.
type shared struct {
	other    string
	evidence []string
	// own is the default state's names other than the shared phrase: a story that
	// names them more often than the other state's stays with the default
	own []string
}

// Lexicon is everything extraction knows about words: the gazetteer of actors and
// places, office holders, trigger rules, noun classes, hedges, number words and
// quantity modifiers. It is read-only once built, so one Lexicon serves many
// goroutines.
type Lexicon struct {
	phrases     map[string]entry // lower-cased tokens joined by one space
	maxTokens   int
	firsts      map[string]int   // first token of every phrase -> its longest phrase
	exactFirst  map[string][]int // first word of a rule -> rules, in file order
	prefixFirst []prefixRules    // first stems of rules ("expel*") -> rules
	prefixAt    [256][]int       // first byte of a stem -> indices into prefixFirst
	rules       []rule
	nouns       map[string][]string // class -> words (a trailing * is a prefix)
	// envoyStems are the envoy titles less their first letter and any *, to find a
	// title in a sentence whatever its case ("mbassador", "nvoy")
	envoyStems []string
	hedges     []string
	numbers    map[string]float64
	modifiers  []modifier
	modFirst   map[string]bool // the first words of the modifiers
	orgs       map[string]bool // the codes of organisations, not states
}

// modifier is a phrase before a number and the qualifier it gives.
type modifier struct {
	words     []string
	qualifier parity.Qualifier
}

// NewLexicon builds the lexicon from the gazetteer of actors and the embedded files.
func NewLexicon(g *parity.Gazetteer) (*Lexicon, error) {
	lx := &Lexicon{phrases: map[string]entry{}, firsts: map[string]int{}, exactFirst: map[string][]int{}, nouns: map[string][]string{}, numbers: map[string]float64{}, orgs: map[string]bool{}}
	// Gazetteer names first; the curated files override them.
	for _, a := range g.Actors() {
		if a.Kind == parity.Organization {
			lx.orgs[a.Code] = true
		}
		kind := roleName
		add := func(p string, r role) {
			if p == "" || !isLatin(p) {
				return
			}
			lx.add(p, entry{code: a.Code, role: r}, false)
			// English copy often drops the accents: "Bogota", "Yaounde", "Sao Tome"
			if f := parity.FoldAccents(p); f != p && !foldClash[f] {
				lx.add(f, entry{code: a.Code, role: r}, false)
			}
		}
		add(a.Name, kind)
		add(a.Official, kind)
		for _, al := range a.Aliases {
			add(al, kind)
		}
		for _, d := range a.Demonyms {
			add(d, roleDemonym)
			add(d+"s", roleDemonym)
		}
		if a.Capital != "" && !ambiguousCapital[a.Capital] {
			lx.add(a.Capital, entry{code: a.Code, role: roleCapital, place: a.Capital}, false)
			if f := parity.FoldAccents(a.Capital); f != a.Capital && !foldClash[f] {
				lx.add(f, entry{code: a.Code, role: roleCapital, place: f}, false)
			}
		}
	}
	// Cities that host a mission (generated from Wikidata): places, never actors.
	// Gazetteer names win over them, the curated places file over both.
	if err := lx.readLines("cities.txt", 2, func(f []string) error {
		if !g.Has(f[1]) {
			return fmt.Errorf("unknown code %q", f[1])
		}
		lx.add(f[0], entry{code: f[1], role: roleCity, place: f[0]}, false)
		// the news mostly writes "Zurich", "Medellin" and "Sao Paulo" unaccented
		if fo := parity.FoldAccents(f[0]); fo != f[0] && !foldClash[fo] {
			lx.add(fo, entry{code: f[1], role: roleCity, place: fo}, false)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// names places.txt gives a state beyond the gazetteer's ("Leopoldville") also tell
	// which state a shared name means
	ownNames := map[string][]string{}
	if err := lx.readLines("places.txt", 3, func(f []string) error {
		r, ok := roleNames[f[2]]
		if !ok {
			return fmt.Errorf("unknown role %q", f[2])
		}
		if r == roleName || r == roleCapital || r == roleSeat {
			ownNames[f[1]] = append(ownNames[f[1]], f[0])
		}
		if r == roleNone {
			lx.add(f[0], entry{role: r}, true)
			return nil
		}
		if !g.Has(f[1]) {
			return fmt.Errorf("unknown code %q", f[1])
		}
		e := entry{code: f[1], role: r}
		if r == roleCity || r == roleCapital {
			e.place = f[0]
		}
		lx.add(f[0], e, true)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("shared.txt", 3, func(f []string) error {
		a, b := g.Actor(f[1]), g.Actor(f[2])
		if a == nil || b == nil && f[2] != "-" {
			return fmt.Errorf("unknown code %q or %q", f[1], f[2])
		}
		// the names a story may use for a state, besides the shared phrase and a name
		// the phrase is built on ("Congo" in "Congolese" tells neither), and besides
		// those already taken as the other state's
		names := func(act *parity.Actor, taken []string) []string {
			if act == nil {
				return nil // "-": no other state, so no evidence for one
			}
			var out []string
			for _, n := range slices.Concat([]string{act.Name, act.Official, act.Capital}, act.Aliases, ownNames[act.Code]) {
				if n != "" && !strings.HasPrefix(f[0], n) && !slices.Contains(out, n) && !slices.Contains(taken, n) {
					out = append(out, n)
				}
			}
			return out
		}
		sh := &shared{evidence: names(b, nil)}
		if b != nil {
			sh.other = b.Code
		}
		sh.own = names(a, sh.evidence)
		// ("Congolese": a people's name two states share, told by a fourth field)
		r, ok := roleName, true
		if len(f) > 3 {
			if r, ok = roleNames[f[3]]; !ok || r != roleName && r != roleDemonym {
				return fmt.Errorf("role %q: want name or demonym", f[3])
			}
		}
		lx.add(f[0], entry{code: a.Code, role: r, other: sh}, true)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("officials.txt", 2, func(f []string) error {
		if !g.Has(f[1]) {
			return fmt.Errorf("unknown code %q", f[1])
		}
		e := entry{code: f[1], role: roleOfficial}
		dates := f[2:]
		for i := 0; i < len(dates); i += 2 {
			var t term
			var err error
			if t.start, err = time.Parse(time.DateOnly, dates[i]); err != nil {
				return err
			}
			if i+1 < len(dates) {
				if t.end, err = time.Parse(time.DateOnly, dates[i+1]); err != nil {
					return err
				}
			}
			e.terms = append(e.terms, t)
		}
		lx.add(f[0], e, true)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("nouns.txt", 2, func(f []string) error {
		lx.nouns[f[0]] = append(lx.nouns[f[0]], strings.Fields(f[1])...)
		if f[0] == "ambassador" {
			for _, w := range strings.Fields(f[1]) {
				if w = strings.TrimSuffix(w, "*"); len(w) > 3 {
					lx.envoyStems = append(lx.envoyStems, w[1:])
				}
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("triggers.txt", 3, func(f []string) error {
		r, err := parseRule(f[0], f[1], f[2])
		if err != nil {
			return err
		}
		if r.object != "" && lx.nouns[r.object] == nil {
			return fmt.Errorf("unknown noun class %q", r.object)
		}
		idx := len(lx.rules)
		lx.rules = append(lx.rules, r)
		for _, a := range r.steps[0].alts {
			if stem, ok := strings.CutSuffix(a, "*"); ok {
				found := false
				for i := range lx.prefixFirst {
					if lx.prefixFirst[i].prefix == stem {
						lx.prefixFirst[i].rules = append(lx.prefixFirst[i].rules, idx)
						found = true
					}
				}
				if !found {
					lx.prefixFirst = append(lx.prefixFirst, prefixRules{stem, []int{idx}})
				}
			} else {
				lx.exactFirst[a] = append(lx.exactFirst[a], idx)
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("hedges.txt", 1, func(f []string) error {
		lx.hedges = append(lx.hedges, f[0])
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("numbers.txt", 2, func(f []string) error {
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		lx.numbers[f[0]] = v
		return nil
	}); err != nil {
		return nil, err
	}
	if err := lx.readLines("modifiers.txt", 2, func(f []string) error {
		q := parity.Qualifier(f[1])
		if q != parity.Approx && q != parity.AtLeast && q != parity.AtMost && q != parity.Exact {
			return fmt.Errorf("unknown qualifier %q", f[1])
		}
		lx.modifiers = append(lx.modifiers, modifier{strings.Fields(f[0]), q})
		return nil
	}); err != nil {
		return nil, err
	}
	// Longer modifiers first, so that "a little over" wins over "over".
	for i := 1; i < len(lx.modifiers); i++ {
		for j := i; j > 0 && len(lx.modifiers[j].words) > len(lx.modifiers[j-1].words); j-- {
			lx.modifiers[j], lx.modifiers[j-1] = lx.modifiers[j-1], lx.modifiers[j]
		}
	}
	// (a number may start at any word of a sentence: most words open no modifier)
	lx.modFirst = map[string]bool{}
	for _, m := range lx.modifiers {
		lx.modFirst[m.words[0]] = true
	}
	for i, p := range lx.prefixFirst {
		if p.prefix == "" {
			for b := range lx.prefixAt {
				lx.prefixAt[b] = append(lx.prefixAt[b], i)
			}
			continue
		}
		lx.prefixAt[p.prefix[0]] = append(lx.prefixAt[p.prefix[0]], i)
	}
	return lx, nil
}

// ambiguousCapital lists capitals whose names are also common words or names of
// other places; they are left out rather than read as a country.
var ambiguousCapital = map[string]bool{"Male": true, "Victoria": true, "Hamilton": true, "Kingston": true, "Washington D.C.": true, "Georgetown": true, "Saint John's": true, "Avarua": true, "Road Town": true, "City of San Marino": true, "Vatican City": true}

// add indexes a phrase; a curated phrase replaces one from the gazetteer.
func (lx *Lexicon) add(phrase string, e entry, override bool) {
	toks := tokenize(phrase, 0, nil)
	if len(toks) == 0 {
		return
	}
	lows := make([]string, len(toks))
	for i, t := range toks {
		lows[i] = t.low
	}
	key := strings.Join(lows, " ")
	if _, dup := lx.phrases[key]; dup && !override {
		return
	}
	if phrase == strings.ToUpper(phrase) && len(toks) == 1 {
		e.exact = toks[0].text
	}
	lx.phrases[key] = e
	lx.firsts[lows[0]] = max(lx.firsts[lows[0]], len(toks))
	if len(toks) > lx.maxTokens {
		lx.maxTokens = len(toks)
	}
}

// readLines reads a tab-separated lexicon file, skipping comments and blank lines.
func (lx *Lexicon) readLines(name string, minFields int, fn func([]string) error) error {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < minFields {
			return fmt.Errorf("lexicon/%s:%d: want %d tab-separated fields, got %d", name, n, minFields, len(fields))
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("lexicon/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// isLatin reports whether a phrase is written in Latin letters (news in English names
// countries that way; the gazetteer also carries native spellings).
// foldClash are accent-free spellings that name something else in English copy: a
// word. ("San Jose" is Costa Rica's capital in diplomatic news; places.txt takes
// "San Jose, California" out.)
var foldClash = map[string]bool{"Male": true, "Reunion": true}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x024F && r != '’' {
			return false
		}
	}
	return true
}

// prefixRules are the rules whose first word is a stem.
type prefixRules struct {
	prefix string
	rules  []int
}

// rule is one line of triggers.txt.
type rule struct {
	kind   string
	steps  []step
	object string
	// follows is set on a rule read as an earlier act done again ("did the same",
	// "followed"): the states it names act as the first did, not with each other
	follows bool
}

// says reports whether one of the rule's steps names the word.
func (r *rule) says(w string) bool {
	for _, st := range r.steps {
		if slices.Contains(st.alts, w) {
			return true
		}
	}
	return false
}

// step is one token of a pattern: alternatives, or a gap.
type step struct {
	alts []string // "stem*" matches by prefix
	gap  int      // >0: skip up to gap tokens
}

// sameKind marks rules that repeat the measure told just before: "Turkey did the
// same", "Latvia followed suit". The claim takes that measure's kind and target.
const sameKind = "same"

func parseRule(kind, pattern, object string) (rule, error) {
	if !knownKind(kind) && kind != sameKind {
		return rule{}, fmt.Errorf("unknown claim kind %q", kind)
	}
	r := rule{kind: kind}
	if object != "-" {
		r.object = object
	}
	for _, f := range strings.Fields(pattern) {
		if strings.HasPrefix(f, "~") {
			n, err := strconv.Atoi(f[1:])
			if err != nil || n < 1 {
				return rule{}, fmt.Errorf("bad gap %q", f)
			}
			r.steps = append(r.steps, step{gap: n})
			continue
		}
		r.steps = append(r.steps, step{alts: strings.Split(f, "|")})
	}
	if len(r.steps) == 0 || r.steps[0].gap > 0 {
		return rule{}, fmt.Errorf("pattern %q must start with a word", pattern)
	}
	return r, nil
}

// wordMatch reports whether a lower-cased token matches a pattern word.
func wordMatch(pat, low string) bool {
	if strings.HasSuffix(pat, "*") {
		return strings.HasPrefix(low, pat[:len(pat)-1])
	}
	return pat == low
}

func anyMatch(alts []string, low string) bool {
	for _, a := range alts {
		if wordMatch(a, low) {
			return true
		}
	}
	return false
}
