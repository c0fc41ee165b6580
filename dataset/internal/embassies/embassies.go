// Package embassies reads the database-of-embassies CSV (Wikidata, CC0) for the
// dataset generators: semicolon-separated, a header line, ragged rows.
package embassies

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"

	"parity"
)

// Main runs a generator's command line: one argument, the CSV's path; output on
// standard output; usage and errors on standard error with the command's name.
func Main(name, usage string, run func(path string, w io.Writer) error) {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage:", usage)
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}

// StateCodes maps the lower-cased names a state goes by (name, official name,
// aliases) to its code, for reading the CSV's operator and country columns.
func StateCodes(g *parity.Gazetteer) map[string]string {
	out := map[string]string{}
	for _, a := range g.Actors() {
		for _, n := range append([]string{a.Name, a.Official}, a.Aliases...) {
			out[strings.ToLower(n)] = a.Code
		}
	}
	return out
}

// Read calls fn for every row, with a lookup of columns by header name.
func Read(path string, fn func(row []string, col func(name string) string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = ';'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", path, err)
	}
	idx := map[string]int{}
	for i, h := range head {
		idx[h] = i
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		col := func(name string) string {
			if i, ok := idx[name]; ok && i < len(row) {
				return row[i]
			}
			return ""
		}
		if err := fn(row, col); err != nil {
			return err
		}
	}
}
