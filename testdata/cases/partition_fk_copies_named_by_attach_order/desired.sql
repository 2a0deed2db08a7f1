-- The foreign key exists before the partitions are made: its copies are
-- numbered in the order the files attach them (m_2026 first), not in the
-- partitions' order; the sub-partitioned one has copies at both levels.
CREATE TABLE m (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ref (id int, at date, CONSTRAINT ref_m FOREIGN KEY (id, at) REFERENCES m (id, at));
CREATE TABLE m_2026 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY RANGE (at);
CREATE TABLE m_2025_h1 PARTITION OF m_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
