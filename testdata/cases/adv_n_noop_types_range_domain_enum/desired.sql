CREATE TYPE floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);
CREATE DOMAIN pos int4 CHECK (VALUE > 0);
CREATE TYPE pair AS (a int4, b varchar(5));
CREATE TABLE t (r floatrange, p pos, q pair);
