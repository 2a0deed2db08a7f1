-- The operator "<~" now calls another function: it is rebuilt, and with it
-- the operator class that holds it and the index that uses the class.
CREATE TYPE public.version_tag AS (major integer, minor integer);
CREATE FUNCTION public.vt_cmp(public.version_tag, public.version_tag) RETURNS integer LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE FUNCTION public.vt_lt(public.version_tag, public.version_tag) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION public.vt_before(public.version_tag, public.version_tag) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION public.vt_eq(public.version_tag, public.version_tag) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR public.<~ (FUNCTION = public.vt_before, LEFTARG = public.version_tag, RIGHTARG = public.version_tag);
CREATE OPERATOR public.=~ (FUNCTION = public.vt_eq, LEFTARG = public.version_tag, RIGHTARG = public.version_tag);
CREATE OPERATOR CLASS public.version_tag_ops FOR TYPE public.version_tag USING btree AS
  OPERATOR 1 public.<~, OPERATOR 3 public.=~, FUNCTION 1 public.vt_cmp(public.version_tag, public.version_tag);
CREATE TABLE public.releases (id integer PRIMARY KEY, tag public.version_tag);
CREATE INDEX releases_tag ON public.releases (tag public.version_tag_ops);
