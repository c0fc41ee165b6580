// Package parity is the domain of the parity ledger: actors (states and
// organisations), missions, measures between states, staffing observations,
// assessments and the sources behind each of them, with the rules that keep them
// valid and the interfaces that storage implements.
//
// It does no I/O and imports no storage, network or CLI code: every other package
// imports it, never the reverse. Quantities are intervals with a qualifier and dates
// carry a precision, because the sources rarely state exact numbers or days.
package parity
