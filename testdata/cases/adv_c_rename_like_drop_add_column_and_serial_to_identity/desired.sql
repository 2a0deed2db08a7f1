CREATE TABLE accts (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, display_name text, created timestamptz DEFAULT current_timestamp);
CREATE INDEX accts_name ON accts (display_name);
CREATE VIEW acct_names AS SELECT id, display_name FROM accts;
