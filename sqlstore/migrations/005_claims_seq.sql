-- Storing a batch of claims numbers it after the highest seq: without an index of its
-- own, MAX(seq) read the whole table on every batch, and storing claims slowed from
-- 0.06 ms to 0.37 ms per article between 10,000 and 100,000 articles ingested.
CREATE INDEX claims_seq ON claims (seq);
