-- creates a numeric range type and adds a column using it
CREATE TYPE numspan AS RANGE (subtype = numeric);
CREATE TABLE price_bands (id integer PRIMARY KEY, name text NOT NULL, band numspan);
