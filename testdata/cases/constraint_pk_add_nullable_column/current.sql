-- a nullable column (no NULL rows) that will become the key
CREATE TABLE countries (code char(2), name text);
INSERT INTO countries VALUES ('de', 'Germany');
