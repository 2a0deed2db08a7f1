CREATE SCHEMA a; CREATE SCHEMA b;
CREATE FUNCTION a.fmt(x int) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''#'' || x::text';
CREATE FUNCTION a.fmt(x text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT x';
CREATE FUNCTION a.fmt(x bigint) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''big'' || x';
CREATE FUNCTION b.fmt(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''b'' || x';
CREATE FUNCTION public.fmt(x int, y int DEFAULT 1) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT (x+y)::text';
CREATE VIEW v AS SELECT a.fmt(1) AS a1, a.fmt('t'::text) AS a2, b.fmt(2) AS b1;
