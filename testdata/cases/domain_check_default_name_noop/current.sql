-- a domain whose CHECK is explicitly named like PostgreSQL's default name
CREATE DOMAIN qty AS integer CONSTRAINT qty_check CHECK (VALUE > 0);
CREATE TABLE bins (id integer PRIMARY KEY, amount qty);
