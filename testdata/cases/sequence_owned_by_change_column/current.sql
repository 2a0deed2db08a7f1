-- a sequence owned by one table column
CREATE SEQUENCE shared_seq;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('shared_seq'));
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('shared_seq'));
ALTER SEQUENCE shared_seq OWNED BY a.id;
