// Package analysis answers the questions analysts ask of the ledger: how big each
// side's presence is and how it got there (Presence), where one mission dwarfs its
// counterpart and what parity would cut (Gaps, Coalition), who answered which measure
// and how (Reciprocity), how many intelligence officers a mission may hide (Intel),
// which missions sit near sensitive sites (NearSites), and the story in order
// (Timeline).
//
// Every function is pure: it reads a *parity.Ledger (or the slices it needs) and
// returns values; it does no I/O and prints nothing, so the CLI, an HTTP API and a
// dashboard share it. Every result carries the IDs of the records it was computed
// from, so each number can be traced to its sources.
package analysis
