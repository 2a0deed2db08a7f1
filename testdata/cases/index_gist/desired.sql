-- creates GiST indexes on a range, a point and a tsvector column
CREATE TABLE places (id integer PRIMARY KEY, open_hours tsrange, loc point, search tsvector);
CREATE INDEX places_hours_idx ON places USING gist (open_hours);
CREATE INDEX places_loc_idx ON places USING gist (loc);
CREATE INDEX places_search_idx ON places USING gist (search) WITH (buffering = on);
