-- creates a sequence with all default options
CREATE SEQUENCE invoice_no;
