-- removes the table and column comments
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(10,2));
