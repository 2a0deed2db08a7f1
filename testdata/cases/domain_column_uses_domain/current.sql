-- a plain text column holding e-mail addresses
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL);
INSERT INTO customers VALUES (1, 'a@example.com'), (2, 'b@example.org');
