-- the current values (3, 500000) are outside the new bounds: PostgreSQL
-- refuses the ALTER unless it restarts; 50 stays inside and is kept
CREATE SEQUENCE counter START 100 MINVALUE 100;
CREATE SEQUENCE big MAXVALUE 1000 START 10;
CREATE SEQUENCE kept MINVALUE 1 MAXVALUE 100;
