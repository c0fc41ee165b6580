// Package dataset holds the data parity ships: the gazetteer of actors (every ISO
// 3166-1 country and the organisations that host missions) and the curated ledger of
// real episodes, JSON Lines files under data/ that are reviewed like code and embedded
// in the binary, so `parity init` needs no network and no files beside the binary.
package dataset

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"

	"parity"
	"parity/interchange"
)

//go:embed countries.json organizations.json
var actorFiles embed.FS

//go:embed data/*.jsonl
var dataFiles embed.FS

var (
	gazOnce sync.Once
	gaz     *parity.Gazetteer
	gazErr  error
)

// Gazetteer returns the actors parity knows: 250 countries and territories from the
// world-countries data set and the organisations of organizations.json. It is parsed
// once; the result is shared and must not be modified.
func Gazetteer() (*parity.Gazetteer, error) {
	gazOnce.Do(func() {
		var all []parity.Actor
		for _, name := range []string{"countries.json", "organizations.json"} {
			b, err := actorFiles.ReadFile(name)
			if err != nil {
				gazErr = err
				return
			}
			var as []parity.Actor
			if err := json.Unmarshal(b, &as); err != nil {
				gazErr = fmt.Errorf("dataset: %s: %w", name, err)
				return
			}
			all = append(all, as...)
		}
		gaz, gazErr = parity.NewGazetteer(all)
	})
	return gaz, gazErr
}

// Files lists the embedded ledger files, sorted.
func Files() []string {
	names, _ := fs.Glob(dataFiles, "data/*.jsonl")
	sort.Strings(names)
	return names
}

// Load parses every embedded ledger file into one batch and checks it. An error names
// the file and line, as for any import: the bundled data obeys the same rules.
func Load() (*parity.Ledger, error) {
	l := &parity.Ledger{}
	lines := map[string]string{} // record ID → "file:line", for errors across files
	var errs interchange.FileErrors
	for _, name := range Files() {
		b, err := dataFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		batch, err := interchange.Decode(bytes.NewReader(b), path.Join("dataset", name))
		if err != nil {
			var fe interchange.FileErrors
			if errors.As(err, &fe) {
				errs = append(errs, fe...)
				continue
			}
			return nil, err
		}
		for id, n := range batch.Line {
			if prev, dup := lines[id]; dup {
				errs = append(errs, &interchange.LineError{File: batch.Name, Line: n, Field: "id",
					Err: &parity.Error{Code: parity.ECONFLICT, Record: id, Field: "id", Message: "duplicate ID (also at " + prev + ")"}})
			}
			lines[id] = fmt.Sprintf("%s:%d", batch.Name, n)
		}
		l.Append(batch.Ledger)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	g, err := Gazetteer()
	if err != nil {
		return nil, err
	}
	if err := l.Validate(g, nil); err != nil {
		var verrs parity.ValidationErrors
		if errors.As(err, &verrs) {
			for _, e := range verrs {
				errs = append(errs, &interchange.LineError{File: lines[e.Record], Field: e.Field, Err: e})
			}
			return nil, errs
		}
		return nil, err
	}
	return l, nil
}

// Version identifies the embedded dataset: a hash of its files, so that any change to
// the data is a new version that `parity init` brings into existing databases.
func Version() string {
	h := sha256.New()
	for _, name := range Files() {
		b, _ := dataFiles.ReadFile(name)
		h.Write([]byte(name))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
