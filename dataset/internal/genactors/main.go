// Command genactors writes dataset/countries.json from two public sources: the
// world-countries package of the npm registry (names, aliases, demonyms, capitals;
// ODbL) and the database-of-embassies CSV (Wikidata, CC0), whose embassies in each
// capital give the capital's coordinates (the median of their positions).
//
// Usage (from the repository root):
//
//	npm pack world-countries && tar xzf world-countries-*.tgz
//	go run ./dataset/internal/genactors package/countries.json ../shared/data/database_of_embassies.csv > dataset/countries.json
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"parity/dataset/internal/embassies"
)

// country is the part of a world-countries entry that parity keeps.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA3         string   `json:"cca3"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// actor mirrors parity.Actor (kept separate so the generator needs nothing of parity).
type actor struct {
	Code       string   `json:"code"`
	Kind       string   `json:"kind"`
	Name       string   `json:"name"`
	Official   string   `json:"official,omitempty"`
	Aliases    []string `json:"aliases,omitempty"`
	Demonyms   []string `json:"demonyms,omitempty"`
	Capital    string   `json:"capital,omitempty"`
	CapitalLat *float64 `json:"capital_lat,omitempty"`
	CapitalLon *float64 `json:"capital_lon,omitempty"`
}

// extraAliases are English names the news uses that world-countries lacks.
var extraAliases = map[string][]string{
	"USA": {"US", "U.S.", "America", "United States of America"},
	"GBR": {"UK", "U.K.", "Britain", "Great Britain"},
	"CZE": {"Czech Republic"},
	"RUS": {"Russian Federation"},
	"KOR": {"Republic of Korea"},
	"PRK": {"DPRK"},
	"MKD": {"Macedonia"},
	"TUR": {"Turkey"},
	"NLD": {"Holland", "the Netherlands"},
	"CHN": {"PRC", "People's Republic of China"},
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: genactors COUNTRIES.json EMBASSIES.csv > dataset/countries.json")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "genactors:", err)
		os.Exit(1)
	}
}

func run(countriesPath, embassiesPath string, w io.Writer) error {
	b, err := os.ReadFile(countriesPath)
	if err != nil {
		return err
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		return fmt.Errorf("%s: %w", countriesPath, err)
	}
	byName := map[string]string{}
	for _, c := range cs {
		for _, n := range append([]string{c.Name.Common, c.Name.Official}, c.AltSpellings...) {
			byName[strings.ToLower(n)] = c.CCA3
		}
	}
	coords, err := capitalCoords(embassiesPath, byName, cs)
	if err != nil {
		return err
	}
	var out []actor
	for _, c := range cs {
		a := actor{Code: c.CCA3, Kind: "country", Name: c.Name.Common, Official: c.Name.Official}
		seen := map[string]bool{strings.ToLower(a.Name): true}
		for _, n := range append(append([]string{c.Name.Official}, c.AltSpellings...), extraAliases[c.CCA3]...) {
			// Two-letter codes ("CZ") are noise for a gazetteer of prose.
			if len(n) <= 2 || seen[strings.ToLower(n)] {
				continue
			}
			seen[strings.ToLower(n)] = true
			a.Aliases = append(a.Aliases, n)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			a.Demonyms = append(a.Demonyms, d.M)
			if d.F != d.M {
				a.Demonyms = append(a.Demonyms, d.F)
			}
		}
		if len(c.Capital) > 0 {
			a.Capital = c.Capital[0]
			if p, ok := coords[c.CCA3]; ok {
				a.CapitalLat, a.CapitalLon = &p[0], &p[1]
			}
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

// capitalCoords returns, per country code, the median position of the embassies
// located in its capital.
func capitalCoords(path string, byName map[string]string, cs []country) (map[string][2]float64, error) {
	capital := map[string]string{}
	for _, c := range cs {
		if len(c.Capital) > 0 {
			capital[c.CCA3] = norm(c.Capital[0])
		}
	}
	lats, lons := map[string][]float64{}, map[string][]float64{}
	err := embassies.Read(path, func(_ []string, col func(string) string) error {
		code := byName[strings.ToLower(col("country"))]
		city := norm(col("city"))
		// "Washington" in the CSV is "Washington D.C." in world-countries.
		if code == "" || city == "" || (city != capital[code] && !strings.HasPrefix(capital[code], city+" ")) {
			return nil
		}
		lat, e1 := strconv.ParseFloat(col("latitude"), 64)
		lon, e2 := strconv.ParseFloat(col("longitude"), 64)
		if e1 == nil && e2 == nil {
			lats[code] = append(lats[code], lat)
			lons[code] = append(lons[code], lon)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string][2]float64{}
	for code := range lats {
		out[code] = [2]float64{round(median(lats[code])), round(median(lons[code]))}
	}
	return out, nil
}

// norm folds a city name for matching: "Washington, D.C." = "Washington D.C.".
func norm(s string) string {
	return strings.ToLower(strings.NewReplacer(",", "", ".", "").Replace(strings.TrimSpace(s)))
}

func median(v []float64) float64 {
	sort.Float64s(v)
	return v[len(v)/2]
}

func round(v float64) float64 { return math.Round(v*1e4) / 1e4 }
