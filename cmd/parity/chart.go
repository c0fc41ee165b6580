package main

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parity"
	"parity/analysis"
)

// Colours of the two directions of a dyad: blue for A in B, red for B in A.
var (
	colorA = color.RGBA{R: 31, G: 119, B: 180, A: 255}
	colorB = color.RGBA{R: 214, G: 39, B: 40, A: 255}
)

// translucent returns c with alpha a, for bands.
func translucent(c color.RGBA, a uint8) color.RGBA {
	return color.RGBA{R: uint8(int(c.R) * int(a) / 255), G: uint8(int(c.G) * int(a) / 255), B: uint8(int(c.B) * int(a) / 255), A: a}
}

// x turns a date into the chart's time axis (seconds).
func x(d parity.Date) float64 { return float64(d.Mid().Unix()) }

// dyadChart draws both directions of a dyad as step lines with their uncertainty
// bands, and the measures as labelled markers, into an SVG or PNG file.
func dyadChart(path string, d analysis.Dyad, name func(string) string) error {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Diplomatic presence: %s and %s", name(d.A), name(d.B))
	p.X.Label.Text = "date (estimates between head-counts follow the measures)"
	p.Y.Label.Text = "staff (estimate, low–high band)"
	p.X.Tick.Marker = plot.TimeTicks{Format: "2006"}
	p.Legend.Top = true
	p.Add(plotter.NewGrid())
	p.Legend.TextStyle.Font.Size = vg.Points(9)

	end := 0.0
	for _, s := range []analysis.Series{d.AinB, d.BinA} {
		for _, pt := range s.Points {
			end = max(end, float64(pt.Date.End.Unix()))
		}
	}
	for _, m := range d.Markers {
		end = max(end, float64(m.Date.End.Unix()))
	}
	ymax := 0.0
	for i, s := range []analysis.Series{d.AinB, d.BinA} {
		c := []color.RGBA{colorA, colorB}[i]
		if len(s.Points) == 0 {
			continue
		}
		var mid, hi, lo plotter.XYs
		for j, pt := range s.Points {
			t := x(pt.Date)
			if j > 0 { // hold the previous estimate until this event: a step
				prev := s.Points[j-1].Estimate
				mid = append(mid, plotter.XY{X: t, Y: prev.Mid()})
				hi = append(hi, plotter.XY{X: t, Y: bandHigh(prev)})
				lo = append(lo, plotter.XY{X: t, Y: prev.Low})
			}
			mid = append(mid, plotter.XY{X: t, Y: pt.Estimate.Mid()})
			hi = append(hi, plotter.XY{X: t, Y: bandHigh(pt.Estimate)})
			lo = append(lo, plotter.XY{X: t, Y: pt.Estimate.Low})
			ymax = max(ymax, bandHigh(pt.Estimate))
		}
		last := s.Points[len(s.Points)-1].Estimate
		mid = append(mid, plotter.XY{X: end, Y: last.Mid()})
		hi = append(hi, plotter.XY{X: end, Y: bandHigh(last)})
		lo = append(lo, plotter.XY{X: end, Y: last.Low})
		band := append(plotter.XYs{}, hi...)
		for j := len(lo) - 1; j >= 0; j-- {
			band = append(band, lo[j])
		}
		poly, err := plotter.NewPolygon(band)
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		poly.Color = translucent(c, 50)
		poly.LineStyle.Width = 0
		line, err := plotter.NewLine(mid)
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		line.Color, line.Width = c, vg.Points(2)
		anchors := plotter.XYs{}
		for _, pt := range s.Points {
			if pt.Basis == "observation" {
				anchors = append(anchors, plotter.XY{X: x(pt.Date), Y: pt.Estimate.Mid()})
			}
		}
		dots, err := plotter.NewScatter(anchors)
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		dots.GlyphStyle = draw.GlyphStyle{Color: c, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
		p.Add(poly, line, dots)
		p.Legend.Add(fmt.Sprintf("%s staff in %s (dots: head-counts)", name(s.Sender), name(s.Host)), line, poly)
	}
	// The time axis starts a little before the first head-count: measures before it
	// changed no estimate and would squeeze the lines into a corner.
	start := end
	for _, s := range []analysis.Series{d.AinB, d.BinA} {
		if len(s.Points) > 0 {
			start = min(start, x(s.Points[0].Date))
		}
	}
	start -= 180 * 24 * 3600
	p.X.Min, p.X.Max = start, end+90*24*3600
	if ymax == 0 {
		ymax = 10
	}
	p.Y.Min, p.Y.Max = 0, ymax*1.45
	p.Y.Tick.Marker = wholeTicks{}
	// Measures as triangles above the lines, coloured by actor. Labels (for the big
	// ones: 10 people or more, closures, caps, seizures) go on the first of five rows
	// where they do not overlap the previous label; a label with no free row is left
	// out and its triangle stays.
	var shown []analysis.Marker
	for _, m := range d.Markers {
		if x(m.Date) >= start {
			shown = append(shown, m)
		}
	}
	sort.SliceStable(shown, func(i, j int) bool { return shown[i].Date.Start.Before(shown[j].Date.Start) })
	const rows = 5
	charWidth := (p.X.Max - p.X.Min) / 190 // 7-point letters across an 11-inch chart
	rowEnd := make([]float64, rows)
	for i := range rowEnd {
		rowEnd[i] = math.Inf(-1)
	}
	for _, m := range shown {
		c := colorB
		if m.Actor == d.A {
			c = colorA
		}
		label := markerLabel(m)
		row := -1
		for r := 0; r < rows && label != ""; r++ {
			if x(m.Date) > rowEnd[r] {
				row = r
				break
			}
		}
		if row < 0 {
			label, row = "", rows-1
		} else {
			rowEnd[row] = x(m.Date) + float64(len(label)+3)*charWidth
		}
		pts := plotter.XYs{{X: x(m.Date), Y: ymax * (1.05 + 0.075*float64(row))}}
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: c, Radius: vg.Points(3), Shape: draw.TriangleGlyph{}}
		p.Add(sc)
		if label == "" {
			continue
		}
		labels, err := plotter.NewLabels(plotter.XYLabels{XYs: pts, Labels: []string{label}})
		if err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		for j := range labels.TextStyle {
			labels.TextStyle[j].Color = c
			labels.TextStyle[j].Font.Size = vg.Points(7)
		}
		labels.Offset = vg.Point{X: vg.Points(4), Y: vg.Points(-2.5)}
		p.Add(labels)
	}
	if len(shown) > 0 {
		p.Legend.Add(fmt.Sprintf("measures: triangles, %s blue, %s red", name(d.A), name(d.B)))
	}
	p.Legend.Left = true
	return saveChart(p, path)
}

// markerLabel names a measure on a chart, or returns "" for small ones.
func markerLabel(m analysis.Marker) string {
	short := map[parity.MeasureKind]string{parity.Expel: "expel", parity.CloseMission: "closure", parity.StaffCap: "cap",
		parity.SeizeProperty: "seizure", parity.LocalStaffBan: "local-staff ban", parity.DenyAccreditation: "visas refused",
		parity.WithdrawStaff: "withdrawal", parity.Readmit: "readmit"}[m.Kind]
	if short == "" {
		return ""
	}
	n := 0
	fmt.Sscanf(strings.TrimLeft(m.Count, "~≥≤"), "%d", &n)
	switch m.Kind {
	case parity.Expel, parity.DenyAccreditation, parity.WithdrawStaff, parity.Readmit:
		if n < 10 {
			return ""
		}
	}
	if m.Count != "" {
		short += " " + m.Count
	}
	return short
}

// bandHigh is the top of an estimate's band (its low bound when open-ended).
func bandHigh(e analysis.Estimate) float64 {
	if e.Unbounded {
		return e.Low
	}
	return e.High
}

// gapChart draws, per host, target's staff in the host beside the host's in target.
func gapChart(path, target string, rows []analysis.GapRow, name func(string) string) error {
	var hosts []string
	var tin, hin plotter.Values
	for _, r := range rows {
		if !r.TargetInHost.Known || !r.HostInTarget.Known {
			continue
		}
		hosts = append(hosts, r.Host)
		tin = append(tin, r.TargetInHost.Estimate.Mid())
		hin = append(hin, r.HostInTarget.Estimate.Mid())
	}
	if len(hosts) == 0 {
		return parity.Errorf(parity.ENOTFOUND, "no host with both head-counts to chart")
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Parity gaps: %s's missions against its hosts' missions in %s", name(target), name(target))
	p.Y.Label.Text = "staff (latest estimate, midpoint)"
	w := vg.Points(9)
	a, err := plotter.NewBarChart(tin, w)
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	a.Color, a.Offset = colorB, -w/2
	b, err := plotter.NewBarChart(hin, w)
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	b.Color, b.Offset = colorA, w/2
	p.Add(plotter.NewGrid(), a, b)
	top := 0.0
	for i := range tin {
		top = max(top, tin[i], hin[i])
	}
	p.Y.Min, p.Y.Max = 0, top*1.25 // room above the bars for the legend
	p.Y.Tick.Marker = wholeTicks{}
	p.Legend.Add(name(target)+"'s staff in the host", a)
	p.Legend.Add("the host's staff in "+name(target), b)
	p.Legend.Top = true
	p.NominalX(hosts...)
	return saveChart(p, path)
}

// wholeTicks labels an axis of head-counts with round whole numbers.
type wholeTicks struct{}

// Ticks implements plot.Ticker: about six steps of 1, 2 or 5 times a power of ten.
func (wholeTicks) Ticks(lo, hi float64) []plot.Tick {
	step := math.Pow(10, math.Floor(math.Log10(max(1, (hi-lo)/6))))
	for _, m := range []float64{1, 2, 5, 10} {
		if (hi-lo)/(step*m) <= 7 {
			step *= m
			break
		}
	}
	var ticks []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f", v)})
	}
	return ticks
}

// saveChart writes the plot; the file's extension picks SVG or PNG.
func saveChart(p *plot.Plot, path string) error {
	if err := p.Save(11*vg.Inch, 5.5*vg.Inch, path); err != nil {
		return fmt.Errorf("write chart %s: %w", path, err)
	}
	return nil
}
