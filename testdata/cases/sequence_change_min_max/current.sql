-- a sequence with default bounds
CREATE SEQUENCE batch_no START 5;
