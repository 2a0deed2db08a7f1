-- an enum called kind exists in public
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE things (id integer PRIMARY KEY, k kind);
