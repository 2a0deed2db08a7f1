CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TABLE users_email_idx (x int);
CREATE SEQUENCE counter;
CREATE VIEW report AS SELECT 1 AS one;
