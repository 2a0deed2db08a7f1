-- a view that calls a SQL function
CREATE TABLE prices (id integer PRIMARY KEY, net numeric NOT NULL);
CREATE FUNCTION with_tax(n numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT n * 1.20 $$;
CREATE VIEW gross_prices AS SELECT id, with_tax(net) AS gross FROM prices;
