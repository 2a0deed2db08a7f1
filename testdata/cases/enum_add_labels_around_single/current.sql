-- an enum with a single label
CREATE TYPE size AS ENUM ('m');
CREATE TABLE shirts (id integer PRIMARY KEY, sz size);
INSERT INTO shirts VALUES (1, 'm');
