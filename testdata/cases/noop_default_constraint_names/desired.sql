-- NO-OP: the same constraints with PostgreSQL's default names written out (t_check has no column part)
CREATE TABLE p (
    id integer CONSTRAINT p_pkey PRIMARY KEY,
    code text CONSTRAINT p_code_key UNIQUE
);
CREATE TABLE t (
    id integer,
    a integer,
    b integer,
    c integer,
    d integer,
    CONSTRAINT t_pkey PRIMARY KEY (id),
    CONSTRAINT t_a_key UNIQUE (a),
    CONSTRAINT t_a_check CHECK (a > 0),
    CONSTRAINT t_b_fkey FOREIGN KEY (b) REFERENCES p (id),
    CONSTRAINT t_check CHECK (c > d),
    CONSTRAINT t_c_d_key UNIQUE (c, d)
);
