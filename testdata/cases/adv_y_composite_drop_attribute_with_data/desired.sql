CREATE TYPE money_amt AS (amount numeric(12,2), currency char(3));
CREATE TABLE tx (id int PRIMARY KEY, amt money_amt, history money_amt[]);
