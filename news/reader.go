package news

import (
	"fmt"
	"io"
)

// DefaultMaxBytes is the largest input a Reader accepts when MaxBytes is zero: larger
// than any article page or daily feed, small enough that a wrong file (a video, a
// database dump) is refused before it fills memory.
const DefaultMaxBytes = 64 << 20

// Reader reads documents of every format parity knows and cleans their text. Its
// methods keep no state between calls, so one Reader can serve many goroutines.
type Reader struct {
	Cleaner  *Cleaner // boilerplate rules applied to every body
	MaxBytes int64    // larger inputs are refused; 0 means DefaultMaxBytes
}

// NewReader returns a Reader with the default boilerplate rules.
func NewReader() (*Reader, error) {
	c, err := DefaultCleaner()
	if err != nil {
		return nil, fmt.Errorf("boilerplate rules: %w", err)
	}
	return &Reader{Cleaner: c}, nil
}

// readAll reads r whole, refusing more than the size limit.
func (rd *Reader) readAll(r io.Reader, name string) ([]byte, error) {
	limit := rd.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%s: larger than the %d-byte limit", name, limit)
	}
	return raw, nil
}

// newDocument fills in the ID and format of a document whose body is cleaned.
func newDocument(d Document, f Format) Document {
	d.Format = f
	d.ID = ContentID(d.Body)
	return d
}
