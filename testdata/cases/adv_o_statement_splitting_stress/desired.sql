/* leading block comment with ; and 'quote' and $$ dollar */
CREATE TABLE t (id int); -- trailing; comment
COMMENT ON TABLE t IS 'a; b -- not a comment /* nor this */ $$ x $$';
COMMENT ON COLUMN t.id IS E'line1\nline2 \'quoted\' ; semi';
CREATE FUNCTION weird() RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
  -- a comment with ; inside
  RETURN $$inner; 'dollar'$$ || ';' || E'\\' || U&'\0041';
END
$fn$;
CREATE VIEW "semi;colon" AS SELECT 'x;y'::text AS "a;b", $q$it's$q$ AS c;
/* nested /* comment */ still comment; */
CREATE TABLE "t2" ("col""quote" text DEFAULT 'semi;colon', "x" int CHECK ("x" <> 0 /* ; */));
