package news

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that is not text: images, archives, executables.
var ErrBinary = errors.New("binary data, not text")

// binaryMagic lists signatures of common binary files, so the error can say which.
var binaryMagic = []struct {
	prefix string
	kind   string
}{
	{"%PDF-", "PDF"},
	{"\x89PNG", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF8", "GIF image"},
	{"PK\x03\x04", "zip archive"},
	{"\x1f\x8b", "gzip archive"},
	{"\x7fELF", "executable"},
}

// DecodeText returns raw as UTF-8 text. A byte-order mark wins (UTF-8, UTF-16LE/BE);
// then a declared charset (from an XML prolog, an HTML meta tag or an HTTP header),
// unless the bytes contradict it by being valid UTF-8 while it names a single-byte
// charset; then valid UTF-8 is kept; anything else is taken as windows-1251 when it
// looks Cyrillic and as windows-1252 (a superset of Latin-1) otherwise. Binary input
// is rejected with ErrBinary.
func DecodeText(raw []byte, declared string) (string, error) {
	if enc, n := bomEncoding(raw); enc != nil {
		out, err := enc.NewDecoder().Bytes(raw[n:])
		if err != nil {
			return "", fmt.Errorf("decode after byte-order mark: %w", err)
		}
		return checkText(string(out))
	}
	if kind := binaryKind(raw); kind != "" {
		return "", fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	valid := utf8.Valid(raw)
	if declared = strings.TrimSpace(declared); declared != "" {
		enc, err := htmlindex.Get(declared)
		// Feeds declare ISO-8859-1 and send UTF-8 often enough that valid UTF-8 with
		// non-ASCII bytes is the stronger evidence.
		if err == nil && enc != unicode.UTF8 && !(valid && hasHighBytes(raw)) {
			out, err := enc.NewDecoder().Bytes(raw)
			if err != nil {
				return "", fmt.Errorf("decode as %s: %w", declared, err)
			}
			return checkText(string(out))
		}
	}
	if valid {
		return checkText(string(raw))
	}
	var enc encoding.Encoding = charmap.Windows1252
	if looksCyrillic(raw) {
		enc = charmap.Windows1251
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("decode legacy charset: %w", err)
	}
	return checkText(string(out))
}

// bomEncoding returns the encoding a byte-order mark announces and the mark's length.
func bomEncoding(raw []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// binaryKind names the kind of binary data raw holds, or returns "" for text. Text in
// any charset parity reads has no NUL bytes (UTF-16 was handled by its BOM) and few
// control characters.
func binaryKind(raw []byte) string {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			return m.kind
		}
	}
	head := raw[:min(len(raw), 8192)]
	controls := 0
	for _, b := range head {
		switch {
		case b == 0:
			return "NUL bytes"
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b:
			controls++
		}
	}
	if len(head) > 0 && controls*20 > len(head) {
		return "control characters"
	}
	return ""
}

// checkText rejects decoded text that is still mostly control characters.
func checkText(s string) (string, error) {
	if kind := binaryKind([]byte(s)); kind != "" && kind != "zip archive" {
		return "", fmt.Errorf("%w (%s after decoding)", ErrBinary, kind)
	}
	return s, nil
}

// hasHighBytes reports whether raw has any byte outside ASCII.
func hasHighBytes(raw []byte) bool {
	for _, b := range raw {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

// looksCyrillic guesses windows-1251 over windows-1252: Cyrillic words are runs of
// bytes from 0xC0 upward, while Latin-1 text has single accented letters between ASCII
// ones.
func looksCyrillic(raw []byte) bool {
	high, inRuns, run := 0, 0, 0
	flush := func() {
		if run >= 3 {
			inRuns += run
		}
		run = 0
	}
	for _, b := range raw {
		if b >= 0xC0 {
			high++
			run++
			continue
		}
		flush()
	}
	flush()
	return high > 0 && inRuns*2 > high
}
