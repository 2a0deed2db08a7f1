CREATE SEQUENCE legacy_id_seq AS bigint START 500;
CREATE TABLE other (id int PRIMARY KEY, legacy_ref bigint DEFAULT nextval('legacy_id_seq'));
