-- an enum with a misspelt label (no rows)
CREATE TYPE channel AS ENUM ('email', 'smss', 'push');
CREATE TABLE notifications (id integer PRIMARY KEY, via channel NOT NULL);
