-- The online pattern: the parent's index ON ONLY, each partition's built
-- on its own and attached, so each keeps the name it was given.
CREATE TABLE ev (id int NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind);
CREATE TABLE ev_2025_a PARTITION OF ev_2025 FOR VALUES IN ('a');
CREATE INDEX ev_kind_at ON ONLY ev (kind, at);
CREATE INDEX ev_2024_by_kind ON ev_2024 (kind, at);
ALTER INDEX ev_kind_at ATTACH PARTITION ev_2024_by_kind;
CREATE INDEX ev_2025_by_kind ON ONLY ev_2025 (kind, at);
CREATE INDEX ev_2025_a_by_kind ON ev_2025_a (kind, at);
ALTER INDEX ev_2025_by_kind ATTACH PARTITION ev_2025_a_by_kind;
ALTER INDEX ev_kind_at ATTACH PARTITION ev_2025_by_kind;
COMMENT ON INDEX ev_2025_a_by_kind IS 'leaf of a sub-partitioned partition';

-- A new partitioned table: one partition's index made first, another's
-- named by PostgreSQL and commented.
CREATE TABLE logs (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logs_1 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX logs_1_at_custom ON logs_1 (at);
CREATE INDEX logs_at ON logs (at);
CREATE TABLE logs_2 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMENT ON INDEX logs_2_at_idx IS 'named by PostgreSQL, commented';
