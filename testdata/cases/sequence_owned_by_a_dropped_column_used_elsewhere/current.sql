CREATE TABLE invoices (id serial, total numeric);
CREATE TABLE credit_notes (id int DEFAULT nextval('invoices_id_seq'), total numeric);
INSERT INTO invoices (total) VALUES (10);
