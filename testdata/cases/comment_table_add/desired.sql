-- adds a comment on a table and on its columns
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(10,2));
COMMENT ON TABLE invoices IS 'Issued invoices';
COMMENT ON COLUMN invoices.id IS 'Invoice number';
COMMENT ON COLUMN invoices.total IS 'Gross total in EUR';
