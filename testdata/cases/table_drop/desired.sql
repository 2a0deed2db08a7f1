-- drops a table (its index and pkey go with it)
CREATE TABLE keep (id integer PRIMARY KEY);
