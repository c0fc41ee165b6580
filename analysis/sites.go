package analysis

import (
	"math"
	"sort"

	"parity"
)

// EarthRadiusKm is the mean Earth radius used for great-circle distances.
const EarthRadiusKm = 6371.0

// Distance returns the great-circle distance in km between two points (haversine).
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * EarthRadiusKm * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Proximity is a mission within some distance of a sensitive site.
type Proximity struct {
	Mission *parity.Mission `json:"-"`
	Site    *parity.Site    `json:"-"`
	// MissionID and SiteID name the two records.
	MissionID string  `json:"mission"`
	SiteID    string  `json:"site"`
	Km        float64 `json:"km"`
}

// DefaultRadiusKm is the distance parity calls "near": a day trip by car, the reach
// the US cited for Seattle (about 30 km from Naval Base Kitsap at Bangor).
const DefaultRadiusKm = 50.0

// NearSites lists every mission with coordinates within km of a site, nearest first.
func NearSites(missions []*parity.Mission, sites []*parity.Site, km float64) []Proximity {
	var out []Proximity
	for _, m := range missions {
		if m.Lat == nil || m.Lon == nil {
			continue
		}
		for _, s := range sites {
			// A degree of latitude is about 111 km: skip the far ones cheaply.
			if math.Abs(*m.Lat-s.Lat)*111 > km {
				continue
			}
			if d := Distance(*m.Lat, *m.Lon, s.Lat, s.Lon); d <= km {
				out = append(out, Proximity{Mission: m, Site: s, MissionID: m.ID, SiteID: s.ID, Km: math.Round(d*10) / 10})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Km != out[j].Km {
			return out[i].Km < out[j].Km
		}
		return out[i].MissionID+out[i].SiteID < out[j].MissionID+out[j].SiteID
	})
	return out
}
