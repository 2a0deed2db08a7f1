-- The serial column goes, and its sequence with it; the other table's
-- default that used that sequence goes first.
CREATE TABLE invoices (total numeric);
CREATE TABLE credit_notes (id int, total numeric);
