-- both views are dropped, the dependent one first
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
