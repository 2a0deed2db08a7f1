CREATE TABLE raw (id int PRIMARY KEY, v int);
CREATE VIEW report AS SELECT id, v * 2 AS v2 FROM raw;
CREATE VIEW report_top AS SELECT * FROM report WHERE v2 > 10;
CREATE TABLE cache (id int PRIMARY KEY, n int);
