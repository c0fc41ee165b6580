// Package interchange reads and writes ledger files: JSON Lines, the lossless format
// of the bundled dataset, of import and of export (one record per line with a `type`
// field), and CSV, one table per record type for spreadsheet users.
//
// It knows file names and line numbers, so every error it returns names the file,
// the line and the field. It does not talk to a database.
package interchange
