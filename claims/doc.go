// Package claims turns cleaned news text into typed, sourced claims (who did what to
// whom, how many, when, where, with the sentence and its byte offsets), groups the
// claims that state one fact, flags those that contradict each other or the ledger,
// turns an accepted claim into a ledger record, and scores extraction against gold
// labels.
//
// Extraction is rules over data: the gazetteer of countries (dataset), the lexicons in
// lexicon/ (triggers, nouns, hedges, number words, office holders, places) and a few
// general patterns in code (lists, sub-counts, relative dates). Nothing here does I/O
// beyond reading its embedded lexicons, so the CLI, an HTTP API and ingestion workers
// share the same functions.
package claims
