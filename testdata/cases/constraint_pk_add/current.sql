-- a table without a primary key, unique data
CREATE TABLE countries (code char(2) NOT NULL, name text);
INSERT INTO countries VALUES ('de', 'Germany'), ('fr', 'France');
