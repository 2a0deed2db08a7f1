-- inserts attribute b between a and c: ADD ATTRIBUTE only appends, so the type must be recreated to get this order
CREATE TYPE triple AS (a integer, b integer, c integer);
