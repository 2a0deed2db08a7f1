-- a normal check constraint
CREATE TABLE measures (id integer PRIMARY KEY, v integer, CONSTRAINT measures_v_check CHECK (v > 0));
