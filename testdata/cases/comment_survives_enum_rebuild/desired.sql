-- removing a label rebuilds the enum; its comment must be carried over
CREATE TYPE shade AS ENUM ('light', 'dark');
COMMENT ON TYPE shade IS 'colour shade';
CREATE TABLE paints (id integer PRIMARY KEY, s shade);
