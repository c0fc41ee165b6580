package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"parity"
	"parity/dataset"
	"parity/interchange"
	"parity/sqlite"
	"parity/synth"
)

// TestMain lets the test binary act as the parity command for TestKilledImport.
func TestMain(m *testing.M) {
	if os.Getenv("PARITY_TEST_CHILD") == "1" {
		os.Exit(NewMain().Run(context.Background(), os.Args[1:]))
	}
	os.Exit(m.Run())
}

// TestKilledImport kills a parity process with SIGKILL in the middle of a large import
// and checks that the database is intact and exactly as it was before.
func TestKilledImport(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60 MB file")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "parity.db")
	if _, errs, code := run(t, dir, "", "init"); code != 0 {
		t.Fatal(errs)
	}
	before, _, _ := run(t, dir, "", "export")

	g, err := dataset.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := interchange.Encode(w, synth.Ledger(g, synth.Options{Measures: 200000, States: 200, Seed: 3, Prefix: "kill"})); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	f.Close()

	cmd := exec.Command(os.Args[0], "--db", db, "import", file)
	cmd.Env = append(os.Environ(), "PARITY_TEST_CHILD=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the import is writing (its write-ahead log grows), then kill it.
	deadline := time.Now().Add(60 * time.Second)
	for {
		if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 4<<20 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the import never started writing")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	state, _ := cmd.Process.Wait()
	if state.Success() {
		t.Fatal("the import finished before it was killed; the test proves nothing")
	}

	s, err := sqlite.Open(context.Background(), db, g)
	if err != nil {
		t.Fatalf("database unusable after the kill: %v", err)
	}
	var check string
	if err := s.DB().QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q (%v)", check, err)
	}
	ms, err := s.Measures(context.Background(), parity.MeasureFilter{Actor: "AFG"})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Place == "Synthetic City" {
			t.Fatalf("a synthetic measure from the killed import is stored: %s", m.ID)
		}
	}
	s.Close()
	if after, _, _ := run(t, dir, "", "export"); after != before {
		t.Fatal("the ledger changed although the import was killed before committing")
	}
}
