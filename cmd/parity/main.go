// Command parity keeps a sourced ledger of diplomatic presence and diplomatic
// measures between states and answers questions about it. See the README for a tour.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := NewMain()
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Exit codes.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

// DefaultDB is the database used when neither --db nor PARITY_DB says otherwise.
const DefaultDB = "parity.db"

// Main is the program: its streams, environment and clock are fields so that tests
// run it in-process with a temporary database and a fixed time.
type Main struct {
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	Getenv   func(string) string
	Now      func() time.Time
	Terminal bool // stderr is a terminal: show progress
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	return &Main{
		Stdin:    os.Stdin,
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Getenv:   os.Getenv,
		Now:      time.Now,
		Terminal: isTerminal(os.Stderr),
	}
}

// isTerminal reports whether f is a character device (a terminal, not a pipe or file).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// command is one subcommand: its flags, its help and its work.
type command interface {
	// Name is the word typed after parity.
	Name() string
	// Synopsis is a line for the list of commands.
	Synopsis() string
	// Usage is the full help: usage line, description and an example.
	Usage() string
	// Flags registers the command's flags.
	Flags(fs *flag.FlagSet)
	// Run does the work with the remaining arguments.
	Run(ctx context.Context, env *Env, args []string) error
}

// commands returns every command, in the order help lists them.
func commands() []command {
	return []command{
		&initCmd{}, &measuresCmd{}, &presenceCmd{}, &showCmd{}, &statsCmd{},
		&dyadCmd{}, &gapCmd{}, &reciprocityCmd{}, &intelCmd{}, &sitesCmd{}, &timelineCmd{},
		&ingestCmd{}, &documentsCmd{}, &clustersCmd{},
		&extractCmd{}, &claimsCmd{}, &reviewCmd{}, &evalCmd{},
		&importCmd{}, &exportCmd{}, &validateCmd{}, &benchCmd{},
	}
}

// usageError is a mistake in the command line: exit code 2 and the usage text.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a usage error.
func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Run runs the program with args and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	global := flag.NewFlagSet("parity", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	db := global.String("db", "", "database: a file path (SQLite) or a postgres:// URL")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			m.help()
			return exitOK
		}
		fmt.Fprintf(m.Stderr, "parity: %v\n\n", err)
		m.help()
		return exitUsage
	}
	rest := global.Args()
	if len(rest) == 0 || rest[0] == "help" && len(rest) == 1 {
		m.help()
		if len(rest) == 0 {
			return exitUsage
		}
		return exitOK
	}
	name := rest[0]
	if name == "help" {
		name, rest = rest[1], []string{rest[1], "--help"}
	}
	var cmd command
	for _, c := range commands() {
		if c.Name() == name {
			cmd = c
		}
	}
	if cmd == nil {
		fmt.Fprintf(m.Stderr, "parity: unknown command %q\n\n", name)
		m.help()
		return exitUsage
	}
	fs := flag.NewFlagSet("parity "+cmd.Name(), flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cmdDB := fs.String("db", "", "database: a file path (SQLite) or a postgres:// URL (default $PARITY_DB or ./parity.db)")
	cmd.Flags(fs)
	printUsage := func(w io.Writer) {
		fmt.Fprintln(w, strings.TrimSpace(cmd.Usage()))
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if err := fs.Parse(interleave(fs, rest[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(m.Stdout)
			return exitOK
		}
		fmt.Fprintf(m.Stderr, "parity %s: %v\n\n", cmd.Name(), err)
		printUsage(m.Stderr)
		return exitUsage
	}
	dsn := firstNonEmpty(*cmdDB, *db, m.Getenv("PARITY_DB"), DefaultDB)
	env := &Env{Main: m, DSN: dsn}
	defer env.Close()
	err := cmd.Run(ctx, env, fs.Args())
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "parity %s: %s\n\n", cmd.Name(), ue.msg)
		printUsage(m.Stderr)
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "parity %s: %s\n", cmd.Name(), indentLines(err.Error()))
		return exitRuntime
	}
}

// interleave moves flags that follow positional arguments in front of them, so that
// "parity presence USA RUS --format json" works as people type it.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		// A flag that takes a value consumes the next argument.
		if f := fs.Lookup(name); f != nil {
			if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !bf.IsBoolFlag() {
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
		}
	}
	return append(flags, pos...)
}

// indentLines indents every line after the first, for multi-line error lists.
func indentLines(s string) string { return strings.ReplaceAll(s, "\n", "\n  ") }

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// help prints the list of commands.
func (m *Main) help() {
	w := m.Stdout
	fmt.Fprintln(w, "parity keeps a sourced ledger of diplomatic presence and measures between states.")
	fmt.Fprintln(w, "\nUsage: parity [--db PATH|URL] COMMAND [flags] [args]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name(), c.Synopsis())
	}
	fmt.Fprintln(w, "\nThe database is --db, else $PARITY_DB, else ./parity.db (SQLite); a postgres:// URL")
	fmt.Fprintln(w, "selects PostgreSQL. A new database is created and loaded with the bundled dataset.")
	fmt.Fprintln(w, "\nExample: parity measures --actor USA --target RUS")
	fmt.Fprintln(w, "Run 'parity COMMAND --help' for a command's flags and an example.")
}
