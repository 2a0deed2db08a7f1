-- an unrelated table
CREATE TABLE readings (id integer PRIMARY KEY);
