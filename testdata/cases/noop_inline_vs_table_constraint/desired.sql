-- NO-OP: the same constraints written at table level, and added later with ALTER TABLE
CREATE TABLE p (id integer);
ALTER TABLE p ADD PRIMARY KEY (id);
CREATE TABLE t (
    id integer,
    email text NOT NULL,
    qty integer,
    p_id integer,
    PRIMARY KEY (id),
    UNIQUE (email),
    CHECK (qty >= 0)
);
ALTER TABLE t ADD FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;
