-- sets explicit MINVALUE and MAXVALUE on an existing sequence
CREATE SEQUENCE batch_no START 5 MINVALUE 1 MAXVALUE 999999;
