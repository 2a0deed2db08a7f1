-- serial and bigserial shorthand
CREATE TABLE t (id serial PRIMARY KEY, n bigserial);
