-- adds comments on a PK and an FK constraint and removes the one on the check
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer REFERENCES p, n integer CHECK (n > 0));
COMMENT ON CONSTRAINT p_pkey ON p IS 'primary key of p';
COMMENT ON CONSTRAINT c_p_id_fkey ON c IS 'each c belongs to a p';
