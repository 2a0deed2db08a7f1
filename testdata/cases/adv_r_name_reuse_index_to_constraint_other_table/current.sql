CREATE TABLE a (id int, code text);
CREATE UNIQUE INDEX code_uq ON a (code);
CREATE TABLE b (id int, code text);
