package parity

import "testing"

func TestFoldAndSlug(t *testing.T) {
	tests := []struct{ in, fold, slug string }{
		{"Bogotá", "Bogota", "bogota"},
		{"Łódź", "Lodz", "lodz"},
		{"São Tomé", "Sao Tome", "sao-tome"},
		{"St Petersburg", "St Petersburg", "st-petersburg"},
		{"Gdańsk", "Gdansk", "gdansk"},
		{"Ærø", "Aero", "aero"},
	}
	for _, tt := range tests {
		if got := FoldAccents(tt.in); got != tt.fold {
			t.Errorf("FoldAccents(%q) = %q, want %q", tt.in, got, tt.fold)
		}
		if got := Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
	}
}
