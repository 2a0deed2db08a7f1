-- changes the increment of an existing sequence
CREATE SEQUENCE order_no START 100 INCREMENT BY 10;
