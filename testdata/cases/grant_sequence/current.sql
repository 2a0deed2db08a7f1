-- a sequence with no grants; a table grant exists
CREATE SEQUENCE invoice_no START 1000;
CREATE TABLE invoices (no bigint PRIMARY KEY DEFAULT nextval('invoice_no'));
GRANT SELECT ON invoices TO dl_reader;
