// Package news turns the documents a user has — plain text, HTML pages, RSS, Atom and
// JSON feeds, GDELT event files — into cleaned Documents and GDELT events, strips the
// boilerplate that outlets wrap around a report, and groups rewrites of one report
// into story clusters.
//
// It is pure: it reads from io.Readers and returns values. It does no network or
// database I/O and keeps no package-level mutable state, so the store and the CLI
// decide what is fetched, stored and shown. Every reader returns errors that name the
// file, and the line, item or field where that makes sense, and never panics on
// outside input.
package news
