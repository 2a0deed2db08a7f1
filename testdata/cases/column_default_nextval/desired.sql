-- creates a sequence and sets a nextval() default on an existing column
CREATE SEQUENCE invoice_no_seq START 1000;
CREATE TABLE invoices (no bigint PRIMARY KEY DEFAULT nextval('invoice_no_seq'), total numeric(10,2));
