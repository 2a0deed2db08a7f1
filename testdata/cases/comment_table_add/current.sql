-- a table without comments
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(10,2));
