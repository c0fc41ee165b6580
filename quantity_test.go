package parity

import (
	"encoding/json"
	"testing"
)

func TestCountValidate(t *testing.T) {
	n := func(v int) *int { return &v }
	tests := []struct {
		name    string
		c       Count
		want    string
		wantErr bool
	}{
		{"exact", Count{Min: n(60), Max: n(60), Qualifier: Exact}, "60", false},
		{"about", Count{Min: n(220), Max: n(220), Qualifier: Approx}, "~220", false},
		{"range", Count{Min: n(18), Max: n(20), Qualifier: Approx}, "~18–20", false},
		{"over", Count{Min: n(100), Qualifier: AtLeast}, "≥100", false},
		{"up to", Count{Max: n(20), Qualifier: AtMost}, "≤20", false},
		{"exact needs equal bounds", Count{Min: n(18), Max: n(20), Qualifier: Exact}, "", true},
		{"negative", Count{Min: n(-1), Max: n(-1), Qualifier: Exact}, "", true},
		{"inverted", Count{Min: n(20), Max: n(10), Qualifier: Approx}, "", true},
		{"no qualifier", Count{Min: n(1), Max: n(1)}, "", true},
		{"unknown qualifier", Count{Min: n(1), Max: n(1), Qualifier: "roughly"}, "", true},
		{"at least without min", Count{Max: n(3), Qualifier: AtLeast}, "", true},
		{"exact without max", Count{Min: n(3), Qualifier: Exact}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			if (err != nil) != tt.wantErr {
				t.Fatalf("Validate() = %v, wantErr %v", err, tt.wantErr)
			}
			if !tt.wantErr && tt.c.String() != tt.want {
				t.Fatalf("String() = %q, want %q", tt.c.String(), tt.want)
			}
		})
	}
}

func FuzzCountJSON(f *testing.F) {
	for _, s := range []string{`{"min":60,"max":60,"qualifier":"exact"}`, `{"min":100,"qualifier":"at_least"}`, `{"max":-3,"qualifier":"at_most"}`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c Count
		if json.Unmarshal([]byte(s), &c) != nil || c.Validate() != nil {
			return
		}
		lo, hi, bounded := c.Bounds()
		if lo < 0 || bounded && hi < lo {
			t.Fatalf("valid count %s has bounds %d..%d", s, lo, hi)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var again Count
		if err := json.Unmarshal(b, &again); err != nil || again.Validate() != nil || again.String() != c.String() {
			t.Fatalf("%s does not round-trip: %s", s, b)
		}
	})
}
