-- a sequence with explicit bounds
CREATE SEQUENCE batch_no MINVALUE 5 MAXVALUE 5000 START 5;
