package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// formats a command may print; each command says which it supports.
const (
	formatTable = "table"
	formatJSON  = "json"
	formatCSV   = "csv"
)

// checkFormat returns a usage error when f is not one of allowed.
func checkFormat(f string, allowed ...string) error {
	for _, a := range allowed {
		if f == a {
			return nil
		}
	}
	return usagef("--format %q: use %s", f, strings.Join(allowed, ", "))
}

// flagsOnly refuses positional arguments to a command that takes only flags, then
// checks its --format against the formats it prints.
func flagsOnly(args []string, format string, allowed ...string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	return checkFormat(format, allowed...)
}

// table is a grid of cells printed aligned for people or as CSV for spreadsheets.
type table struct {
	head []string
	rows [][]string
}

// add appends a row.
func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// writeText prints the table aligned; callers shorten free-text cells with clip.
func (t *table) writeText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, c)
		}
		fmt.Fprintln(tw)
	}
	line(t.head)
	for _, r := range t.rows {
		line(r)
	}
	return tw.Flush()
}

// writeCSV prints the table as CSV with a header row.
func (t *table) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.head); err != nil {
		return err
	}
	if err := cw.WriteAll(t.rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// clip shortens s to n runes, marking the cut.
func clip(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeJSONLine prints v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSONLines writes each value as one JSON object on a line of its own.
func writeJSONLines[T any](w io.Writer, vs []T) error {
	for i := range vs {
		if err := writeJSONLine(w, &vs[i]); err != nil {
			return err
		}
	}
	return nil
}

// yesNo renders a flag for tables.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

// sortStable sorts s stably by less.
func sortStable(s []string, less func(a, b string) bool) {
	sort.SliceStable(s, func(i, j int) bool { return less(s[i], s[j]) })
}
