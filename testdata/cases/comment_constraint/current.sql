-- constraints without comments, one with
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer REFERENCES p, n integer CHECK (n > 0));
COMMENT ON CONSTRAINT c_n_check ON c IS 'n must be positive';
