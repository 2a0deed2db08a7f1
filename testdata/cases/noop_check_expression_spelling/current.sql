-- checks written with BETWEEN, IN and <>
CREATE TABLE t (
    a integer CONSTRAINT a_range CHECK (a BETWEEN 1 AND 10),
    b text CONSTRAINT b_set CHECK (b IN ('x', 'y')),
    c integer CONSTRAINT c_ne CHECK (c <> 0)
);
