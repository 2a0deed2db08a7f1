CREATE DOMAIN span_point AS bigint CHECK (VALUE >= 0);
CREATE TYPE span AS RANGE (subtype = span_point, multirange_type_name = spans);
CREATE TABLE booking (id integer PRIMARY KEY, during span);
