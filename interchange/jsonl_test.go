package interchange_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"parity"
	"parity/dataset"
	. "parity/interchange"
	"parity/storetest"
)

var gazetteer = storetest.Gazetteer

func TestDecodeValid(t *testing.T) {
	f, err := os.Open("testdata/valid.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := Decode(f, "valid.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	l := b.Ledger
	if got := []int{len(l.Sources), len(l.Missions), len(l.Measures), len(l.Observations), len(l.Assessments)}; got[0] != 1 || got[1] != 1 || got[2] != 2 || got[3] != 1 || got[4] != 1 {
		t.Fatalf("record counts = %v", got)
	}
	if got, want := b.Line["m-2018-03-29-rus-usa-expel"], 6; got != want {
		t.Fatalf("line of the reply = %d, want %d", got, want)
	}
	if err := l.Validate(gazetteer(t), nil); err != nil {
		t.Fatalf("valid file does not validate: %v", err)
	}
}

// TestRoundTrip checks that encoding then decoding gives the same bytes again: the
// property behind "export then import reproduces the ledger exactly".
func TestRoundTrip(t *testing.T) {
	f, _ := os.Open("testdata/valid.jsonl")
	defer f.Close()
	b, err := Decode(f, "valid.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if err := Encode(&first, b.Ledger); err != nil {
		t.Fatal(err)
	}
	again, err := Decode(bytes.NewReader(first.Bytes()), "first")
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := Encode(&second, again.Ledger); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Fatalf("encoding is not stable:\n%s\n---\n%s", first.String(), second.String())
	}
	if !strings.Contains(first.String(), `"date":"2018-03-29"`) {
		t.Fatalf("long date form was not normalised to the compact one:\n%s", first.String())
	}
}

func TestDecodeErrors(t *testing.T) {
	const src = `{"type":"source","id":"s-a-2018-x","url":"https://example.org/a","outlet":"A","title":"A","published":"2018"}`
	tests := []struct {
		name  string
		line  string
		want  string // substring of the message
		field string
	}{
		{"malformed JSON", `{"type":"measure",`, "malformed JSON", ""},
		{"not an object", `[1,2]`, "", ""},
		{"unknown type", `{"type":"claim","id":"c-1"}`, `unknown record type "claim"`, "type"},
		{"missing type", `{"id":"m-1"}`, "type", "type"},
		{"unknown field", `{"type":"measure","id":"m-1","colour":"red"}`, "unknown field", "colour"},
		{"bad date", `{"type":"measure","id":"m-2018-02-30-usa-rus-expel","date":"2018-02-30"}`, "2018-02-30", ""},
		{"count of the wrong type", `{"type":"measure","id":"m-1","count":{"min":"sixty"}}`, "expects", "count.min"},
		{"two values on a line", `{"type":"source","id":"s-b-2018-x"} {}`, "more than one JSON value", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(src+"\n"+tt.line+"\n"), "f.jsonl")
			var fe FileErrors
			if !errors.As(err, &fe) || len(fe) != 1 {
				t.Fatalf("err = %v, want one file error", err)
			}
			e := fe[0]
			if e.Line != 2 || e.File != "f.jsonl" {
				t.Fatalf("error at %s:%d, want f.jsonl:2 (%v)", e.File, e.Line, e)
			}
			if !strings.HasPrefix(e.Error(), "f.jsonl:2: ") || !strings.Contains(e.Error(), tt.want) {
				t.Fatalf("message %q lacks %q", e.Error(), tt.want)
			}
			if tt.field != "" && e.Field != tt.field {
				t.Fatalf("field = %q, want %q", e.Field, tt.field)
			}
			if parity.ErrorCode(err) != parity.EINVALID {
				t.Fatalf("code = %s, want invalid", parity.ErrorCode(err))
			}
		})
	}
}

func TestDecodeDuplicateAndLongLine(t *testing.T) {
	const src = `{"type":"source","id":"s-a-2018-x","url":"https://example.org/a","outlet":"A","title":"A","published":"2018"}`
	_, err := Decode(strings.NewReader(src+"\n"+src+"\n"), "dup.jsonl")
	if err == nil || !strings.Contains(err.Error(), "dup.jsonl:2: ") || !strings.Contains(err.Error(), "first defined on line 1") {
		t.Fatalf("duplicate: err = %v", err)
	}
	long := `{"type":"source","id":"s-a-2018-x","title":"` + strings.Repeat("x", MaxLine) + `"}`
	_, err = Decode(strings.NewReader(src+"\n"+long+"\n"), "long.jsonl")
	if err == nil || !strings.Contains(err.Error(), "long.jsonl:2: ") || !strings.Contains(err.Error(), "longer than") {
		t.Fatalf("long line: err = %v", err)
	}
}

func TestLocateNamesLineAndField(t *testing.T) {
	var lines []string
	f, _ := os.ReadFile("testdata/valid.jsonl")
	lines = strings.Split(strings.TrimSpace(string(f)), "\n")
	// Line 7 of the file is the observation; give it an unknown host.
	lines[6] = strings.Replace(lines[6], `"host":"USA"`, `"host":"XYZ"`, 1)
	b, err := Decode(strings.NewReader(strings.Join(lines, "\n")), "bad.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	err = b.Locate(b.Ledger.Validate(gazetteer(t), nil))
	if err == nil || !strings.HasPrefix(err.Error(), "bad.jsonl:7: o-2025-03-rus-usa-diplomats: field host: unknown country or organisation code \"XYZ\"") {
		t.Fatalf("err = %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	seed, _ := os.ReadFile("testdata/valid.jsonl")
	f.Add(seed)
	f.Add([]byte(`{"type":"measure","id":"m-1","date":{"start":"2018-01-01","precision":"month"}}`))
	f.Add([]byte("\xef\xbb\xbf{\"type\":\"source\"}\n#x\n\n{"))
	g, err := dataset.Gazetteer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Decode(bytes.NewReader(data), "fuzz")
		if err != nil {
			if e := (FileErrors{}); !errors.As(err, &e) {
				t.Fatalf("error is not a FileErrors: %T %v", err, err)
			}
			return
		}
		// Whatever decodes must validate or fail cleanly, and encode.
		_ = b.Locate(b.Ledger.Validate(g, nil))
		var buf bytes.Buffer
		if err := Encode(&buf, b.Ledger); err != nil {
			t.Fatalf("encode: %v", err)
		}
	})
}
