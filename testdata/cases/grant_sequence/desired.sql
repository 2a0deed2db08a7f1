-- grants USAGE, SELECT on the sequence to dl_writer and UPDATE to dl_admin
CREATE SEQUENCE invoice_no START 1000;
CREATE TABLE invoices (no bigint PRIMARY KEY DEFAULT nextval('invoice_no'));
GRANT SELECT ON invoices TO dl_reader;
GRANT USAGE, SELECT ON SEQUENCE invoice_no TO dl_writer;
GRANT UPDATE ON SEQUENCE invoice_no TO dl_admin;
