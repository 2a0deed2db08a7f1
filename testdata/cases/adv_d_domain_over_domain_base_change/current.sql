CREATE DOMAIN code_t AS varchar(10) CHECK (VALUE ~ '^[A-Z]+$');
CREATE DOMAIN short_code_t AS code_t CHECK (length(VALUE) <= 3);
CREATE TABLE c (id int PRIMARY KEY, a code_t, b short_code_t);
INSERT INTO c VALUES (1, 'AB', 'X');
