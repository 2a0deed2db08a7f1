-- an unused range type
CREATE TYPE daterange_x AS RANGE (subtype = date);
CREATE TABLE holidays (id integer PRIMARY KEY, day date);
