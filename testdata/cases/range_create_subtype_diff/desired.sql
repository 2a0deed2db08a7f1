-- creates a float8 range type with subtype_diff (multirange: floatmultirange, since the name ends in 'range')
CREATE TABLE readings (id integer PRIMARY KEY);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
