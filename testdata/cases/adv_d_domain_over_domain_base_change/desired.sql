CREATE DOMAIN code_t AS varchar(20) CHECK (VALUE ~ '^[A-Z]+$');
CREATE DOMAIN short_code_t AS code_t CHECK (length(VALUE) <= 4);
CREATE TABLE c (id int PRIMARY KEY, a code_t, b short_code_t);
