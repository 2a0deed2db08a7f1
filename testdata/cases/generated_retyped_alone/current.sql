CREATE TABLE ledger (
    id int PRIMARY KEY,
    cents int NOT NULL,
    doubled int GENERATED ALWAYS AS (cents * 2) STORED
);
CREATE INDEX ledger_doubled ON ledger (doubled);
INSERT INTO ledger (id, cents) VALUES (1, 150), (2, 7);
