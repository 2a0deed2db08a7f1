-- an enum with three labels, used by a table with data
CREATE TYPE status AS ENUM ('draft', 'review', 'published');
CREATE TABLE posts (id integer PRIMARY KEY, status status NOT NULL DEFAULT 'draft');
INSERT INTO posts VALUES (1, 'draft'), (2, 'published');
