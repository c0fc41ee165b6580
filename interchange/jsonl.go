package interchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"parity"
)

// MaxLine is the longest line a ledger file may hold (one record). Anything longer is
// not a record a person wrote: it is reported, not read into memory without bound.
const MaxLine = 1 << 20

// Batch is a decoded file: its records and the line each one came from.
type Batch struct {
	Name   string
	Ledger *parity.Ledger
	Line   map[string]int
}

// LineError is a problem at one line of one file.
type LineError struct {
	File  string
	Line  int
	Field string
	Err   *parity.Error
}

// Error renders "file:line: record: field f: message".
func (e *LineError) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return loc + ": " + e.Err.Error()
}

// Unwrap exposes the domain error, so callers can read its code.
func (e *LineError) Unwrap() error { return e.Err }

// FileErrors is every problem of one file.
type FileErrors []*LineError

// Error lists the first problems, one per line.
func (f FileErrors) Error() string {
	var b strings.Builder
	for i, e := range f {
		if i == parity.MaxReported {
			fmt.Fprintf(&b, "\n... and %d more problems", len(f)-parity.MaxReported)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap exposes each problem, so the error code of a file is that of its first.
func (f FileErrors) Unwrap() []error {
	out := make([]error, len(f))
	for i, e := range f {
		out[i] = e
	}
	return out
}

// The line shapes: the record plus its type (and, on output, derived fields).
type (
	sourceLine struct {
		Type parity.RecordType `json:"type"`
		*parity.Source
	}
	missionLine struct {
		Type parity.RecordType `json:"type"`
		*parity.Mission
		SingleSource bool `json:"single_source"`
	}
	measureLine struct {
		Type parity.RecordType `json:"type"`
		*parity.Measure
		SingleSource bool `json:"single_source"`
	}
	observationLine struct {
		Type parity.RecordType `json:"type"`
		*parity.Observation
		SingleSource bool `json:"single_source"`
	}
	assessmentLine struct {
		Type parity.RecordType `json:"type"`
		*parity.Assessment
		SingleSource bool `json:"single_source"`
	}
	siteLine struct {
		Type parity.RecordType `json:"type"`
		*parity.Site
		SingleSource bool `json:"single_source"`
	}
)

// Decode reads a JSON Lines ledger file. It reads the whole file and reports every
// malformed line, not only the first, naming file and line.
func Decode(r io.Reader, name string) (*Batch, error) {
	b := &Batch{Name: name, Ledger: &parity.Ledger{}, Line: map[string]int{}}
	var errs FileErrors
	fail := func(line int, field, format string, args ...any) {
		errs = append(errs, &LineError{File: name, Line: line, Field: field, Err: &parity.Error{Code: parity.EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}})
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		text := bytes.TrimSpace(sc.Bytes())
		if n == 1 {
			text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
		}
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		id, err := decodeLine(b.Ledger, text)
		if err != nil {
			var pe *parity.Error
			if errors.As(err, &pe) {
				errs = append(errs, &LineError{File: name, Line: n, Field: pe.Field, Err: pe})
			} else {
				fail(n, "", "%v", err)
			}
			continue
		}
		if prev, dup := b.Line[id]; dup {
			errs = append(errs, &LineError{File: name, Line: n, Field: "id", Err: &parity.Error{Code: parity.ECONFLICT, Record: id, Field: "id", Message: fmt.Sprintf("duplicate ID (first defined on line %d)", prev)}})
			continue
		}
		b.Line[id] = n
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			fail(n+1, "", "line longer than %d bytes: not a ledger record", MaxLine)
		} else {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return b, nil
}

// decodeLine parses one record and appends it to l, returning its ID.
func decodeLine(l *parity.Ledger, text []byte) (string, error) {
	var head struct {
		Type parity.RecordType `json:"type"`
	}
	if err := json.Unmarshal(text, &head); err != nil {
		return "", jsonError(text, err)
	}
	var id string
	var err error
	switch head.Type {
	case parity.TypeSource:
		v := sourceLine{Source: &parity.Source{}}
		err, id = strict(text, &v), v.ID
		l.Sources = append(l.Sources, v.Source)
	case parity.TypeMission:
		v := missionLine{Mission: &parity.Mission{}}
		err, id = strict(text, &v), v.ID
		l.Missions = append(l.Missions, v.Mission)
	case parity.TypeMeasure:
		v := measureLine{Measure: &parity.Measure{}}
		err, id = strict(text, &v), v.ID
		l.Measures = append(l.Measures, v.Measure)
	case parity.TypeObservation:
		v := observationLine{Observation: &parity.Observation{}}
		err, id = strict(text, &v), v.ID
		l.Observations = append(l.Observations, v.Observation)
	case parity.TypeAssessment:
		v := assessmentLine{Assessment: &parity.Assessment{}}
		err, id = strict(text, &v), v.ID
		l.Assessments = append(l.Assessments, v.Assessment)
	case parity.TypeSite:
		v := siteLine{Site: &parity.Site{}}
		err, id = strict(text, &v), v.ID
		l.Sites = append(l.Sites, v.Site)
	case "":
		return "", &parity.Error{Code: parity.EINVALID, Field: "type", Message: "is missing (source, mission, measure, observation, assessment or site)"}
	default:
		return "", &parity.Error{Code: parity.EINVALID, Field: "type", Message: fmt.Sprintf("unknown record type %q (source, mission, measure, observation, assessment or site)", head.Type)}
	}
	if err != nil {
		if pe := parity.ErrorOf(err); pe != nil {
			pe.Record = id
			return id, pe
		}
		return id, &parity.Error{Code: parity.EINVALID, Record: id, Message: jsonError(text, err).Error()}
	}
	return id, nil
}

// strict decodes one object, refusing unknown fields and trailing data.
func strict(text []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(text, err)
	}
	if dec.More() {
		return &parity.Error{Code: parity.EINVALID, Message: "more than one JSON value on the line"}
	}
	return nil
}

// jsonError turns encoding/json's errors into messages that name the field.
func jsonError(text []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && strings.Contains(syn.Error(), "after top-level value"):
		return &parity.Error{Code: parity.EINVALID, Message: "more than one JSON value on the line"}
	case errors.As(err, &syn):
		return &parity.Error{Code: parity.EINVALID, Message: fmt.Sprintf("malformed JSON at byte %d: %v", syn.Offset, syn)}
	case errors.As(err, &typ):
		return &parity.Error{Code: parity.EINVALID, Field: jsonPath(typ.Field), Message: fmt.Sprintf("expects %s, got JSON %s", typ.Type, typ.Value)}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &parity.Error{Code: parity.EINVALID, Message: "truncated JSON"}
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return &parity.Error{Code: parity.EINVALID, Field: strings.Trim(f, `"`), Message: "unknown field"}
	}
	// Errors from our own UnmarshalJSON (dates) arrive wrapped; keep their text.
	return &parity.Error{Code: parity.EINVALID, Message: strings.TrimPrefix(msg, "json: ")}
}

// jsonPath drops the Go names of embedded structs ("Measure.count.min" → "count.min"),
// which mean nothing to someone editing a file.
func jsonPath(p string) string {
	parts := strings.Split(p, ".")
	for len(parts) > 1 && parts[0] != "" && parts[0][0] >= 'A' && parts[0][0] <= 'Z' {
		parts = parts[1:]
	}
	return strings.Join(parts, ".")
}

// Locate turns validation errors about records of this batch into errors that name
// the file and line of each record. Other errors pass through.
func (b *Batch) Locate(err error) error {
	var verrs parity.ValidationErrors
	if !errors.As(err, &verrs) {
		if pe := parity.ErrorOf(err); pe != nil && pe.Record != "" {
			if line, ok := b.Line[pe.Record]; ok {
				return FileErrors{{File: b.Name, Line: line, Field: pe.Field, Err: pe}}
			}
		}
		return err
	}
	out := make(FileErrors, 0, len(verrs))
	for _, e := range verrs {
		out = append(out, &LineError{File: b.Name, Line: b.Line[e.Record], Field: e.Field, Err: e})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// Encoder writes records as JSON Lines, the same shape Decode reads.
type Encoder struct {
	enc *json.Encoder
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder {
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	return &Encoder{enc: e}
}

// Encode writes one record (a *Source, *Mission, *Measure, *Observation, *Assessment or *Site).
func (e *Encoder) Encode(rec any) error {
	switch r := rec.(type) {
	case *parity.Source:
		return e.enc.Encode(sourceLine{parity.TypeSource, r})
	case *parity.Mission:
		return e.enc.Encode(missionLine{parity.TypeMission, r, r.SingleSource()})
	case *parity.Measure:
		return e.enc.Encode(measureLine{parity.TypeMeasure, r, r.SingleSource()})
	case *parity.Observation:
		return e.enc.Encode(observationLine{parity.TypeObservation, r, r.SingleSource()})
	case *parity.Assessment:
		return e.enc.Encode(assessmentLine{parity.TypeAssessment, r, r.SingleSource()})
	case *parity.Site:
		return e.enc.Encode(siteLine{parity.TypeSite, r, r.SingleSource()})
	}
	return fmt.Errorf("encode: %T is not a ledger record", rec)
}

// Encode writes a whole ledger in export order: sources, missions, measures,
// observations, assessments, sites, each sorted by ID.
func Encode(w io.Writer, l *parity.Ledger) error {
	l.Sort()
	bw := bufio.NewWriter(w)
	e := NewEncoder(bw)
	for _, r := range l.Records() {
		if err := e.Encode(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}
