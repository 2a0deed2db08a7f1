-- the same CHECK written without a name gets the default name qty_check: nothing to do
CREATE DOMAIN qty AS integer CHECK (value > 0);
CREATE TABLE bins (id integer PRIMARY KEY, amount qty);
