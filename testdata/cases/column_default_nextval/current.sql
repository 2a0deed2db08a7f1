-- a column without default; the sequence does not exist yet
CREATE TABLE invoices (no bigint PRIMARY KEY, total numeric(10,2));
