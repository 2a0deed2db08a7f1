-- the function body changes (replace in place); the view that uses it stays
CREATE TABLE prices (id integer PRIMARY KEY, net numeric NOT NULL);
CREATE FUNCTION with_tax(n numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(n * 1.25, 2) $$;
CREATE VIEW gross_prices AS SELECT id, with_tax(net) AS gross FROM prices;
