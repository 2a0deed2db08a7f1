CREATE TABLE raw (id int PRIMARY KEY, v int);
CREATE TABLE report (id int PRIMARY KEY, v2 int);
CREATE VIEW report_top AS SELECT * FROM report WHERE v2 > 10;
CREATE VIEW cache AS SELECT id, v AS n FROM raw;
