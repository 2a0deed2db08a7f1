-- goes back to NO MINVALUE / NO MAXVALUE (start stays 5)
CREATE SEQUENCE batch_no START 5;
