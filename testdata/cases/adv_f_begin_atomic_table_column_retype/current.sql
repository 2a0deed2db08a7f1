CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL DEFAULT 0);
CREATE FUNCTION total_balance() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(balance) FROM accounts; END;
CREATE FUNCTION credit(a int, amt int) RETURNS void LANGUAGE sql BEGIN ATOMIC UPDATE accounts SET balance = balance + amt WHERE id = a; END;
CREATE VIEW totals AS SELECT total_balance() AS t;
