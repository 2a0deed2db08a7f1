CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE counter (n bigint);
CREATE SEQUENCE report;
