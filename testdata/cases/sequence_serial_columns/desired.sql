-- creates tables with smallserial, serial and bigserial columns (implicit owned sequences)
CREATE TABLE s1 (id smallserial PRIMARY KEY);
CREATE TABLE s2 (id serial PRIMARY KEY, n integer);
CREATE TABLE s3 (id bigserial PRIMARY KEY, other_no serial NOT NULL);
