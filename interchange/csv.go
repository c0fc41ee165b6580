package interchange

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"parity"
)

// WriteCSV writes the ledger as CSV tables in dir, one file per record type plus
// citations.csv (record, source, quote) and disputes.csv, so a spreadsheet user can
// join them on the record ID. Files are written whole or not at all.
func WriteCSV(dir string, l *parity.Ledger) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	l.Sort()
	tables := map[string][][]string{}
	add := func(name string, row ...string) { tables[name] = append(tables[name], row) }
	header := map[string][]string{
		"sources.csv":      {"id", "url", "outlet", "title", "published"},
		"missions.csv":     {"id", "sender", "host", "kind", "organization", "name", "city", "lat", "lon", "opened", "closed", "note", "single_source"},
		"measures.csv":     {"id", "date", "date_start", "date_end", "precision", "actor", "kind", "target", "count_min", "count_max", "qualifier", "cap", "mission", "place", "reason", "responds_to", "cameo", "plover", "note", "single_source"},
		"observations.csv": {"id", "date", "date_start", "date_end", "precision", "sender", "host", "category", "count_min", "count_max", "qualifier", "note", "single_source"},
		"assessments.csv":  {"id", "date", "date_start", "date_end", "precision", "kind", "sender", "host", "value_min", "value_max", "qualifier", "note", "single_source"},
		"sites.csv":        {"id", "country", "name", "kind", "lat", "lon", "note", "single_source"},
		"citations.csv":    {"record", "source", "quote", "note"},
		"disputes.csv":     {"record", "field", "value", "sources", "note"},
	}
	prov := func(id string, p *parity.Provenance) string {
		for _, c := range p.Sources {
			add("citations.csv", id, c.Source, c.Quote, c.Note)
		}
		for _, d := range p.Disputes {
			add("disputes.csv", id, d.Field, string(d.Value), strings.Join(d.Sources, " "), d.Note)
		}
		return strconv.FormatBool(p.SingleSource())
	}
	for _, s := range l.Sources {
		add("sources.csv", s.ID, s.URL, s.Outlet, s.Title, s.Published.String())
	}
	for _, m := range l.Missions {
		single := prov(m.ID, &m.Provenance)
		add("missions.csv", m.ID, m.Sender, m.Host, string(m.Kind), m.Organization, m.Name, m.City, fptr(m.Lat), fptr(m.Lon), m.Opened.String(), m.Closed.String(), m.Note, single)
	}
	for _, m := range l.Measures {
		single := prov(m.ID, &m.Provenance)
		var lo, hi, q string
		if m.Count != nil {
			lo, hi, q = iptr(m.Count.Min), iptr(m.Count.Max), string(m.Count.Qualifier)
		}
		add("measures.csv", append(dateCells(m.ID, m.Date), m.Actor, string(m.Kind), m.Target, lo, hi, q, string(m.Cap), m.Mission, m.Place, m.Reason, strings.Join(m.RespondsTo, " "), m.CAMEOCode(), m.PLOVERType(), m.Note, single)...)
	}
	for _, o := range l.Observations {
		single := prov(o.ID, &o.Provenance)
		add("observations.csv", append(dateCells(o.ID, o.Date), o.Sender, o.Host, string(o.Category), iptr(o.Count.Min), iptr(o.Count.Max), string(o.Count.Qualifier), o.Note, single)...)
	}
	for _, a := range l.Assessments {
		single := prov(a.ID, &a.Provenance)
		add("assessments.csv", append(dateCells(a.ID, a.Date), string(a.Kind), a.Sender, a.Host, fptr(a.Value.Min), fptr(a.Value.Max), string(a.Value.Qualifier), a.Note, single)...)
	}
	for _, s := range l.Sites {
		single := prov(s.ID, &s.Provenance)
		add("sites.csv", s.ID, s.Country, s.Name, string(s.Kind), fptr(&s.Lat), fptr(&s.Lon), s.Note, single)
	}
	for name, head := range header {
		if err := writeTable(filepath.Join(dir, name), head, tables[name]); err != nil {
			return err
		}
	}
	return nil
}

// dateCells returns id, the compact date, its first and last day and its precision.
func dateCells(id string, d parity.Date) []string {
	return []string{id, d.String(), d.Start.Format("2006-01-02"), d.End.Format("2006-01-02"), string(d.Precision)}
}

// writeTable writes one CSV file through a temporary file and a rename.
func writeTable(path string, head []string, rows [][]string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".csv-*")
	if err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	defer os.Remove(tmp.Name())
	w := csv.NewWriter(tmp)
	w.Write(head)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		tmp.Close()
		return fmt.Errorf("csv export %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("csv export %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

// iptr renders an optional whole number.
func iptr(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

// fptr renders an optional number.
func fptr(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}
