-- the function switches to a SQL-standard body (BEGIN ATOMIC / RETURN), which is parsed and depends on the table
CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION item_price(i integer) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT price FROM items WHERE id = i;
END;
CREATE FUNCTION double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
