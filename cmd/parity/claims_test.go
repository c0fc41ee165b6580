package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const newsItem = `date: 2023-03-10
title: Iceland expels three Russian diplomats
outlet: Test Wire
url: https://example.org/test/iceland

REYKJAVIK - Iceland expelled three Russian diplomats on Thursday, the foreign ministry said.
`

func TestReviewAcceptRejectLog(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(newsItem), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, dir, "", "ingest", "a.txt")
	if code != 0 || !strings.Contains(out, "1 new claim stored") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, dir, "", "claims", "--format", "json")
	id := between(out, `"id":"`, `"`)
	if !strings.Contains(out, `"kind":"expel"`) || !strings.Contains(out, `"actor":"ISL"`) || !strings.Contains(out, `"date":{"start":"2023-03-09"`) {
		t.Fatalf("claim:\n%s", out)
	}
	// a bad correction changes nothing
	_, errs, code = run(t, dir, "", "review", "accept", id, "--set", "count=lots")
	if code == 0 || !strings.Contains(errs, "--set count") {
		t.Fatalf("bad --set: exit %d %s", code, errs)
	}
	_, errs, code = run(t, dir, "", "review", "accept", id, "--set", "colour=red")
	if code == 0 || !strings.Contains(errs, "unknown field") {
		t.Fatalf("unknown field: exit %d %s", code, errs)
	}
	out, _, _ = run(t, dir, "", "review", "log")
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Fatalf("a failed review left a decision:\n%s", out)
	}
	out, errs, code = run(t, dir, "", "review", "accept", id, "--set", "count=3")
	if code != 0 || !strings.Contains(out, "created m-2023-03-09-isl-rus-expel") {
		t.Fatalf("accept: exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, dir, "", "show", "m-2023-03-09-isl-rus-expel")
	if !strings.Contains(out, "https://example.org/test/iceland") || !strings.Contains(out, "expelled three Russian diplomats") {
		t.Fatalf("record lacks its source and quote:\n%s", out)
	}
	_, errs, code = run(t, dir, "", "review", "reject", "c-0000000000000000", "--reason", "no such claim")
	if code == 0 || !strings.Contains(errs, "no claim c-0000000000000000") {
		t.Fatalf("unknown claim: exit %d %s", code, errs)
	}
	_, errs, code = run(t, dir, "", "review", "reject", id)
	if code == 0 || !strings.Contains(errs, "--reason") {
		t.Fatalf("reject without reason: exit %d %s", code, errs)
	}
	out, _, _ = run(t, dir, "", "review", "log", "--format", "json")
	if !strings.Contains(out, `"action":"accept"`) || !strings.Contains(out, `"count":"3"`) || !strings.Contains(out, `"created":true`) {
		t.Fatalf("log:\n%s", out)
	}
}

func TestReviewEnrichesExistingRecord(t *testing.T) {
	dir := t.TempDir()
	item := strings.NewReplacer("Iceland expels three", "US expels 60", "Iceland expelled three Russian diplomats on Thursday", "The United States expelled 60 Russian diplomats on Monday", "2023-03-10", "2018-03-27", "iceland", "usa60").Replace(newsItem)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(item), 0o644)
	run(t, dir, "", "ingest", "b.txt")
	out, _, _ := run(t, dir, "", "claims", "--format", "json")
	id := between(out, `"id":"`, `"`)
	out, errs, code := run(t, dir, "", "review", "accept", id)
	if code != 0 || !strings.Contains(out, "further source of m-2018-03-26-usa-rus-expel") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, dir, "", "show", "m-2018-03-26-usa-rus-expel")
	if !strings.Contains(out, "https://example.org/test/usa60") {
		t.Fatalf("the record does not cite the accepted document:\n%s", out)
	}
}

func TestExtractSeedsAndContradiction(t *testing.T) {
	seeds := shared(t, "seeds")
	dir := t.TempDir()
	out, errs, code := run(t, dir, "", "extract", "--format", "json", seeds)
	if code != 0 {
		t.Fatalf("exit %d %s", code, errs)
	}
	for _, want := range []string{
		`"kind":"expel","actor":"USA","target":"RUS","count":{"min":60,"max":60`,
		`"kind":"close_mission","actor":"USA","target":"RUS"`,
		`"place":"Seattle"`,
		`"kind":"staff_level","actor":"RUS","target":"CZE","count":{"min":140`,
		`"kind":"staff_level","actor":"CZE","target":"RUS","count":{"min":65`,
		`"kind":"ambassador_departed","actor":"RUS","target":"USA"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("extract lacks %s", want)
		}
	}
	run(t, dir, "", "ingest", filepath.Join(seeds, "000_54f40127d035c8c3.txt"))
	out, _, _ = run(t, dir, "", "claims", "--contradictions")
	if !strings.Contains(out, "m-2024-10-05-rus-usa-ambassador-departed on date") || !strings.Contains(out, "2023-10") {
		t.Fatalf("Antonov's departure is not flagged:\n%s", out)
	}
}

func TestEvalBadGold(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "docs"), 0o755)
	os.WriteFile(filepath.Join(dir, "docs", "001.txt"), []byte(newsItem), 0o644)
	os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(`{"article":"001","measure":"expel","actor":"ISL","target":"RUS","count_min":3,"count_max":3,"date":"2023-03-09","date_precision":"day","place":null,"background":false}
{"article":"001","measure":"expel","actor":"XXX"}
`), 0o644)
	_, errs, code := run(t, dir, "", "eval", "--gold", "gold.jsonl", "docs")
	if code == 0 || !strings.Contains(errs, "gold.jsonl:2") || !strings.Contains(errs, "field actor") {
		t.Fatalf("exit %d %s", code, errs)
	}
	os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(`{"article":"001","measure":"expel","actor":"ISL","target":"RUS","count_min":3,"count_max":3,"date":"2023-03-09","date_precision":"day","place":null,"background":false}
`), 0o644)
	out, errs, code := run(t, dir, "", "eval", "--gold", "gold.jsonl", "docs")
	if code != 0 || !strings.Contains(out, "overall  1.000") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	if i < 0 {
		return ""
	}
	s = s[i+len(a):]
	j := strings.Index(s, b)
	if j < 0 {
		return ""
	}
	return s[:j]
}

func TestContradictionBetweenReports(t *testing.T) {
	dir := t.TempDir()
	one := newsItem
	two := strings.NewReplacer("three Russian diplomats on Thursday", "five Russian diplomats on Thursday", "Test Wire", "Other Wire", "iceland", "iceland-5", "Iceland expels three", "Iceland expels five").Replace(newsItem)
	os.WriteFile(filepath.Join(dir, "one.txt"), []byte(one), 0o644)
	os.WriteFile(filepath.Join(dir, "two.txt"), []byte(two), 0o644)
	run(t, dir, "", "ingest", "one.txt", "two.txt")
	out, errs, code := run(t, dir, "", "claims", "--contradictions")
	if code != 0 || !strings.Contains(out, "disagrees with claim") || !strings.Contains(out, "on count") || !strings.Contains(out, "one.txt") || !strings.Contains(out, "two.txt") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
}
