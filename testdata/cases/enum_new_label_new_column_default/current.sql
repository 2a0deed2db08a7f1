-- an enum and a table with rows that has no column of that enum yet
CREATE TYPE doc_state AS ENUM ('draft', 'published');
CREATE TABLE docs (id integer PRIMARY KEY, title text NOT NULL);
INSERT INTO docs VALUES (1, 'a'), (2, 'b');
