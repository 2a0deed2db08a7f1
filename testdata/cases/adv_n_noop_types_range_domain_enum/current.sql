CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b character varying(5));
CREATE TABLE t (r floatrange, p pos, q pair);
