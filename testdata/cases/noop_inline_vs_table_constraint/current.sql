-- constraints written inline on columns
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    qty integer CHECK (qty >= 0),
    p_id integer REFERENCES p (id) ON DELETE CASCADE
);
