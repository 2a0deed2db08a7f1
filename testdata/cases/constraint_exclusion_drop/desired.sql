-- drops the exclusion constraint (and its index)
CREATE TABLE reservations (id integer PRIMARY KEY, during int4range);
