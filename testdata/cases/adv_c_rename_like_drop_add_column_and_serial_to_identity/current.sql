CREATE TABLE accts (id serial PRIMARY KEY, full_name text NOT NULL, created date DEFAULT current_date);
CREATE INDEX accts_name ON accts (full_name);
CREATE VIEW acct_names AS SELECT id, full_name FROM accts;
INSERT INTO accts (full_name) VALUES ('a'), ('b');
