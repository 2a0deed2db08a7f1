-- A range type over a domain whose base type changes (the domain is
-- rebuilt, and the range with it) while the range's own options change
-- too: the rebuild creates the range from its desired definition, once.
CREATE DOMAIN span_point AS integer CHECK (VALUE >= 0);
CREATE TYPE span AS RANGE (subtype = span_point);
CREATE TABLE booking (id integer PRIMARY KEY, during span);
INSERT INTO booking VALUES (1, '[1,5)'), (2, NULL);
