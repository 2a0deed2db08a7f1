-- a sequence stepping by 1
CREATE SEQUENCE order_no START 100;
