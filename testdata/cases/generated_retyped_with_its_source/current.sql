CREATE TABLE ledger (
    id int PRIMARY KEY,
    cents int NOT NULL,
    doubled int GENERATED ALWAYS AS (cents * 2) STORED
);
CREATE INDEX ledger_doubled ON ledger (doubled) WHERE doubled > 100;
CREATE VIEW big_entries AS SELECT id, cents FROM ledger WHERE doubled > 100;
INSERT INTO ledger (id, cents) VALUES (1, 150), (2, 7);
