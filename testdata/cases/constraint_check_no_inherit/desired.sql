-- the same check marked NO INHERIT (connoinherit differs)
CREATE TABLE measures (id integer PRIMARY KEY, v integer, CONSTRAINT measures_v_check CHECK (v > 0) NO INHERIT);
