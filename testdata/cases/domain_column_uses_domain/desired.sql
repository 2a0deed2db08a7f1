-- creates a domain and converts the existing column to it, keeping the rows (they satisfy the CHECK)
CREATE DOMAIN email_address AS text CONSTRAINT email_address_at CHECK (VALUE LIKE '%_@_%');
CREATE TABLE customers (id integer PRIMARY KEY, email email_address NOT NULL);
