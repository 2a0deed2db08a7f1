CREATE TABLE events (id int, kind text, body text) PARTITION BY LIST (kind);
ALTER TABLE events ALTER COLUMN body SET STORAGE EXTERNAL;
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
