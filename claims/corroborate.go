package claims

import (
	"fmt"
	"strings"
	"time"
)

// Conflict is a pair of claims about one event that disagree on a count or a date.
type Conflict struct {
	A, B   int      // indexes into the claims given
	Fields []string // count, date
}

// Corroborate groups claims that state the same fact (same kind and pair, dates within
// the event window and overlapping at a week, counts overlapping) and lists the pairs
// about one event that disagree. Group members are indexes into cs; a group's weight
// is its number of distinct story clusters, so five rewrites of one report count once.
func Corroborate(cs []*Claim) (groups [][]int, conflicts []Conflict) {
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	byPair := map[string][]int{}
	for i, c := range cs {
		a, t := c.ActorCode(), c.TargetCode()
		if symmetric(c.Kind) && t < a {
			a, t = t, a
		}
		k := c.Kind + "|" + a + "|" + t
		byPair[k] = append(byPair[k], i)
	}
	for _, idx := range byPair {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				a, b := cs[idx[x]], cs[idx[y]]
				fs := compareClaims(a, b)
				if fs == nil {
					continue
				}
				if len(fs) == 0 {
					pa, pb := find(idx[x]), find(idx[y])
					parent[pa] = pb
				} else {
					conflicts = append(conflicts, Conflict{A: idx[x], B: idx[y], Fields: fs})
				}
			}
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range cs {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	for _, r := range roots {
		groups = append(groups, members[r])
	}
	return groups, conflicts
}

// compareClaims returns nil when two claims are not about one event, an empty slice
// when they agree, and the disagreeing fields otherwise.
func compareClaims(a, b *Claim) []string {
	da, db := a.LedgerDate(), b.LedgerDate()
	if da.IsZero() || db.IsZero() || a.Aggregate != b.Aggregate {
		return nil
	}
	gap := distance(da, db)
	if gap > eventWindow(a.Kind) {
		return nil
	}
	if a.Place != "" && b.Place != "" && !samePlace(a.Place, b.Place) {
		return nil
	}
	out := []string{}
	if gap > 7*24*time.Hour {
		out = append(out, "date")
	}
	if a.Count != nil && b.Count != nil && !countsOverlap(a.LedgerCount(), b.LedgerCount()) {
		out = append(out, "count")
	}
	return out
}

// Clusters counts the distinct story clusters (or documents, for claims without a
// cluster) behind a group of claims.
func Clusters(cs []*Claim, group []int) int {
	seen := map[string]bool{}
	for _, i := range group {
		k := cs[i].Cluster
		if k == "" {
			k = "doc:" + cs[i].DocumentID + cs[i].Document
		}
		seen[k] = true
	}
	return len(seen)
}

// Describe renders a claim in one line for tables and conflict listings.
func Describe(c *Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.Kind, orDash(c.ActorCode()))
	if c.TargetCode() != "" {
		fmt.Fprintf(&b, "→%s", c.TargetCode())
	}
	if c.Count != nil {
		fmt.Fprintf(&b, " %s", c.LedgerCount().String())
	}
	if c.Ratio != nil {
		fmt.Fprintf(&b, " ratio %.2f", *c.Ratio)
	}
	if d := c.LedgerDate(); !d.IsZero() {
		fmt.Fprintf(&b, " %s", d.String())
	}
	if c.Place != "" {
		fmt.Fprintf(&b, " %s", c.Place)
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "?"
	}
	return s
}
