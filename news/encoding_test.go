package news

import (
	"errors"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDecodeText(t *testing.T) {
	mustEncode := func(b []byte, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	utf16le := mustEncode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Посольство закрыто")))
	utf16be := mustEncode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Embassy closed")))
	cp1251 := mustEncode(charmap.Windows1251.NewEncoder().Bytes([]byte("Россия выслала дипломатов")))
	latin1 := mustEncode(charmap.ISO8859_1.NewEncoder().Bytes([]byte("Notícias de Portugal, ação diplomática")))
	tests := []struct {
		name     string
		raw      []byte
		declared string
		want     string
		wantErr  error
	}{
		{"utf8 kept", []byte("Consulate in Seattle"), "", "Consulate in Seattle", nil},
		{"utf8 bom stripped", []byte("\xEF\xBB\xBFhello"), "", "hello", nil},
		{"utf16le bom", utf16le, "", "Посольство закрыто", nil},
		{"utf16be bom", utf16be, "", "Embassy closed", nil},
		{"windows-1251 guessed", cp1251, "", "Россия выслала дипломатов", nil},
		{"latin1 guessed", latin1, "", "Notícias de Portugal, ação diplomática", nil},
		{"latin1 declared", latin1, "ISO-8859-1", "Notícias de Portugal, ação diplomática", nil},
		{"declared latin1 but utf8", []byte("ação"), "iso-8859-1", "ação", nil},
		{"unknown declared label ignored", []byte("plain"), "x-martian", "plain", nil},
		{"png rejected", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "", "", ErrBinary},
		{"nul rejected", []byte("abc\x00def"), "", "", ErrBinary},
		{"controls rejected", []byte("\x01\x02\x03\x04\x05\x06abc"), "", "", ErrBinary},
		{"empty is text", nil, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeText(tt.raw, tt.declared)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err=%v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
