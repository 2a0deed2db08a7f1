-- an exclusion constraint with a default name
CREATE TABLE reservations (id integer PRIMARY KEY, during int4range, EXCLUDE USING gist (during WITH &&));
