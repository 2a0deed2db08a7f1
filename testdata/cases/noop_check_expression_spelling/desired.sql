-- NO-OP: equivalent spellings that PostgreSQL parses to the same expression tree (>= AND <=, = ANY(ARRAY), !=)
CREATE TABLE t (
    a integer CONSTRAINT a_range CHECK (a >= 1 AND a <= 10),
    b text CONSTRAINT b_set CHECK (b = ANY (ARRAY['x'::text, 'y'::text])),
    c integer CONSTRAINT c_ne CHECK (c != 0)
);
