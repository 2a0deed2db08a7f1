CREATE SEQUENCE counter START 1;
SELECT nextval('counter'), nextval('counter'), nextval('counter');
CREATE SEQUENCE big MAXVALUE 1000000;
SELECT setval('big', 500000);
CREATE SEQUENCE kept MINVALUE 1 MAXVALUE 1000;
SELECT setval('kept', 50);
