CREATE TYPE money_amt AS (amount numeric, currency text, note text);
CREATE TABLE tx (id int PRIMARY KEY, amt money_amt, history money_amt[]);
INSERT INTO tx VALUES (1, ROW(10, 'EUR', 'x'), ARRAY[ROW(1, 'USD', 'y')::money_amt]);
