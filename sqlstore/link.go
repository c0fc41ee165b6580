package sqlstore

import (
	"context"
	"fmt"

	"parity"
)

// Link adds responds_to entries; see parity.Store.
func (s *Store) Link(ctx context.Context, links [][2]string) error {
	err := s.inTx(ctx, func(tx querier) error {
		var ids []string
		for _, l := range links {
			ids = append(ids, l[0], l[1])
		}
		found, err := loadByIDs(ctx, tx, ids)
		if err != nil {
			return err
		}
		byID := map[string]*parity.Measure{}
		for _, m := range found.Measures {
			byID[m.ID] = m
		}
		var rows [][]any
		var owned []string
		for _, l := range links {
			answer, answered := byID[l[0]], byID[l[1]]
			switch {
			case answer == nil:
				return parity.Errorf(parity.ENOTFOUND, "link: no measure %s", l[0])
			case answered == nil:
				return parity.Errorf(parity.ENOTFOUND, "link: no measure %s", l[1])
			case answered.Date.Start.After(answer.Date.End):
				return parity.Errorf(parity.EINVALID, "link: %s (%s) cannot answer %s, which comes later (%s)", answer.ID, answer.Date, answered.ID, answered.Date)
			case answer.ID == answered.ID:
				return parity.Errorf(parity.EINVALID, "link: %s cannot answer itself", answer.ID)
			}
			already := false
			for _, r := range answer.RespondsTo {
				already = already || r == answered.ID
			}
			if already {
				continue
			}
			rows = append(rows, []any{answer.ID, len(answer.RespondsTo), answered.ID})
			answer.RespondsTo = append(answer.RespondsTo, answered.ID)
			owned = append(owned, answer.ID)
		}
		if err := insertRows(ctx, tx, "responses", []string{"measure_id", "ord", "answers_id"}, rows, ""); err != nil {
			return err
		}
		for _, chunk := range chunks(owned, 500) {
			w := idsWhereFrom(2, chunk)
			if _, err := tx.ExecContext(ctx, `UPDATE records AS t SET origin = $1`+w.String(), append([]any{string(parity.OriginUser)}, w.args...)...); err != nil {
				return fmt.Errorf("mark linked measures: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return s.wrap("link", err)
	}
	return nil
}
