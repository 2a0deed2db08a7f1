CREATE TABLE ledger (
    id int PRIMARY KEY,
    cents int NOT NULL,
    doubled bigint GENERATED ALWAYS AS (cents * 2) STORED
);
CREATE INDEX ledger_doubled ON ledger (doubled);
