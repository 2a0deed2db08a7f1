CREATE TYPE intrange AS RANGE (subtype = int4, multirange_type_name = intrange_set);
CREATE TABLE slots (id int PRIMARY KEY, taken intrange);
