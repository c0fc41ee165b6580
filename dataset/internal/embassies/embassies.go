// Package embassies reads the database-of-embassies CSV (Wikidata, CC0) for the
// dataset generators: semicolon-separated, a header line, ragged rows.
package embassies

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
)

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
