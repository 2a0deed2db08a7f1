-- a sequence used by two column defaults
CREATE SEQUENCE global_ids;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('global_ids'));
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('global_ids'));
