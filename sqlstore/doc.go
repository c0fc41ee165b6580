// Package sqlstore implements parity.Store on database/sql, for both engines: the
// schema and every query are written once, in the SQL that SQLite and PostgreSQL
// share ($1 placeholders, ON CONFLICT, deferrable foreign keys). Packages sqlite and
// postgres open a connection with their driver and settings and hand it here.
//
// Every write runs in one transaction that is committed once or rolled back, so an
// import lands whole or not at all. Queries are fixed strings with placeholders; no
// input is ever spliced into SQL.
package sqlstore
