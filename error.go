package parity

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The CLI maps them to exit codes and the HTTP API
// (later) to status codes, so a storage error and a validation error read the same
// way wherever they surface.
const (
	EINVALID  = "invalid"   // the input breaks a rule of the domain
	ENOTFOUND = "not_found" // a record or actor that does not exist
	ECONFLICT = "conflict"  // an ID or URL that is already taken
	EINTERNAL = "internal"  // a fault of ours or of the database
)

// Error is the domain's error: a code for programs and a message for people.
// Field names the offending field ("count.min", "sources[0].source") and Record the
// record ID, when known, so a message can point at the exact place in a file.
type Error struct {
	Code    string
	Record  string
	Field   string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = "field " + e.Field + ": " + msg
	}
	if e.Record != "" {
		msg = e.Record + ": " + msg
	}
	return msg
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// fieldError returns an EINVALID error about one field of one record.
func fieldError(record, field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Record: record, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any
// other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorOf returns the first *Error in err's chain, or nil.
func ErrorOf(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}
