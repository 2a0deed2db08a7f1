-- the same primary key under a custom name
CREATE TABLE regions (id integer CONSTRAINT regions_pk PRIMARY KEY);
