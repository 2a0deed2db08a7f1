-- a table with range, point and tsvector columns, no indexes
CREATE TABLE places (id integer PRIMARY KEY, open_hours tsrange, loc point, search tsvector);
