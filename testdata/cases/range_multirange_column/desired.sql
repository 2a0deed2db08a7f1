-- a new range type and a table whose column uses the automatically created multirange type
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE samples (id integer PRIMARY KEY, window_ floatrange, gaps floatmultirange);
