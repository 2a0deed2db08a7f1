-- a range type with an explicit multirange_type_name, used by a column
CREATE TYPE intspan AS RANGE (subtype = integer, multirange_type_name = intspan_multi);
CREATE TABLE quotas (id integer PRIMARY KEY, allowed intspan_multi);
