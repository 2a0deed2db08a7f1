-- a commented enum with a label to remove
CREATE TYPE shade AS ENUM ('light', 'medium', 'dark');
COMMENT ON TYPE shade IS 'colour shade';
CREATE TABLE paints (id integer PRIMARY KEY, s shade);
