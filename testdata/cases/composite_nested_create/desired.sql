-- creates composite types nested in each other (one with an array attribute) and a table using the outer one
CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3));
CREATE TYPE price_list AS (name text, base money_amount, tiers money_amount[]);
CREATE TABLE catalogs (id integer PRIMARY KEY, prices price_list);
