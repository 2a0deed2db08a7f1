-- a table and a column with comments
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(10,2));
COMMENT ON TABLE invoices IS 'Issued invoices';
COMMENT ON COLUMN invoices.total IS 'Net total';
