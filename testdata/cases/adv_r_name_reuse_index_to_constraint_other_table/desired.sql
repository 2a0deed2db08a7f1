CREATE TABLE a (id int, code text);
CREATE TABLE b (id int, code text, CONSTRAINT code_uq UNIQUE (code));
