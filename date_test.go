package parity

import (
	"encoding/json"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, start, end string
		p              Precision
		wantErr        bool
	}{
		{in: "2018-03-26", start: "2018-03-26", end: "2018-03-26", p: Day},
		{in: "2023-10", start: "2023-10-01", end: "2023-10-31", p: Month},
		{in: "2024-02", start: "2024-02-01", end: "2024-02-29", p: Month},
		{in: "2017", start: "2017-01-01", end: "2017-12-31", p: Year},
		{in: "2017-07-28/2017-09-01", start: "2017-07-28", end: "2017-09-01", p: Day},
		{in: "2017-07/2017-09-01", start: "2017-07-01", end: "2017-09-01", p: Month},
		{in: "2016/2018", start: "2016-01-01", end: "2018-12-31", p: Year},
		{in: " 2018-03-26 ", start: "2018-03-26", end: "2018-03-26", p: Day},
		{in: "2018-02-30", wantErr: true},
		{in: "2018-13", wantErr: true},
		{in: "18-03-26", wantErr: true},
		{in: "26/03/2018", wantErr: true},
		{in: "1700", wantErr: true},
		{in: "2019/2018", wantErr: true},
		{in: "", wantErr: true},
		{in: "2018-3-26", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tt.in, d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Start.Format("2006-01-02"); got != tt.start {
				t.Errorf("start = %s, want %s", got, tt.start)
			}
			if got := d.End.Format("2006-01-02"); got != tt.end {
				t.Errorf("end = %s, want %s", got, tt.end)
			}
			if d.Precision != tt.p {
				t.Errorf("precision = %s, want %s", d.Precision, tt.p)
			}
		})
	}
}

func TestDateJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"2023-10"`, `"2023-10"`},
		{`{"start":"2023-10-01","end":"2023-10-31","precision":"month"}`, `"2023-10"`},
		{`{"start":"2023-10-05","end":"2023-10-20","precision":"month"}`, `"2023-10"`},
		{`{"start":"2018-03-26","precision":"day"}`, `"2018-03-26"`},
		{`"2017-07-28/2017-09-01"`, `"2017-07-28/2017-09-01"`},
	}
	for _, tt := range tests {
		var d Date
		if err := json.Unmarshal([]byte(tt.in), &d); err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		b, _ := json.Marshal(d)
		if string(b) != tt.want {
			t.Errorf("%s → %s, want %s", tt.in, b, tt.want)
		}
	}
	for _, bad := range []string{`{"start":"2023-10-01","precision":"week"}`, `{"start":"x","precision":"day"}`, `17`, `{"start":"2023-10-01","precision":"day","extra":1}`} {
		var d Date
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2018-03-26", "2023-10", "2017", "2017-07/2017-09-01", "2019/2018", "x", "2018-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("ParseDate(%q) returned an invalid date: %v", s, err)
		}
		// The compact form reads back as the same span.
		again, err := ParseDate(d.String())
		if err != nil || !again.Start.Equal(d.Start) || !again.End.Equal(d.End) {
			t.Fatalf("%q → %q → %v (%v): not a round trip", s, d.String(), again, err)
		}
	})
}
