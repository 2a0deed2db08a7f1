-- unnamed constraints; PostgreSQL picks the names
CREATE TABLE p (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer UNIQUE CHECK (a > 0),
    b integer REFERENCES p,
    c integer,
    d integer,
    CHECK (c > d),
    UNIQUE (c, d)
);
