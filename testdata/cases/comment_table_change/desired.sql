-- changes the table and column comments
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric(10,2));
COMMENT ON TABLE invoices IS 'All invoices, issued or draft';
COMMENT ON COLUMN invoices.total IS 'Gross total';
