CREATE TABLE ledger (
    id int PRIMARY KEY,
    cents bigint NOT NULL,
    doubled bigint GENERATED ALWAYS AS (cents * 2) STORED
);
CREATE INDEX ledger_doubled ON ledger (doubled) WHERE doubled > 100;
CREATE VIEW big_entries AS SELECT id, cents FROM ledger WHERE doubled > 100;
