-- creates a composite type with typmod attributes
CREATE TYPE geo_point AS (lat double precision, lon double precision, label varchar(40));
