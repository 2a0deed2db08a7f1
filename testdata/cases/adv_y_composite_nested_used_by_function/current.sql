CREATE TYPE point2 AS (x float8, y float8);
CREATE TYPE segment AS (a point2, b point2, label text);
CREATE TABLE drawings (id int PRIMARY KEY, segs segment[], main segment);
CREATE FUNCTION seg_len(s segment) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT sqrt(((s).b.x - (s).a.x)^2 + ((s).b.y - (s).a.y)^2)';
CREATE VIEW lens AS SELECT id, seg_len(main) AS len FROM drawings;
INSERT INTO drawings VALUES (1, NULL, ROW(ROW(0,0), ROW(3,4), 'x'));
