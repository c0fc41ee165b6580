package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressBar draws a one-line bar on a terminal. A nil *progressBar does nothing, so
// callers create one only when stderr is a terminal and need no other check.
type progressBar struct {
	w     io.Writer
	label string
	total int
	start time.Time
	last  time.Time
}

// newProgressBar starts a bar for total units of work.
func newProgressBar(w io.Writer, label string, total int) *progressBar {
	return &progressBar{w: w, label: label, total: total, start: time.Now()}
}

// set redraws the bar at done units, at most ten times a second.
func (p *progressBar) set(done, total int) {
	if p == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = now
	if total > 0 {
		p.total = total
	}
	frac := float64(done) / float64(max(p.total, 1))
	width := 30
	filled := int(frac * float64(width))
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d (%.0f/s)", p.label, strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, p.total, rate)
}

// done ends the bar's line.
func (p *progressBar) done() {
	if p == nil {
		return
	}
	fmt.Fprintln(p.w)
}
