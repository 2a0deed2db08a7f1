CREATE TABLE address (street text, city text, zip int);
CREATE TABLE person (id int PRIMARY KEY, home address);
CREATE FUNCTION city_of(a address) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT a.city';
INSERT INTO person VALUES (1, ROW('s', 'c', 123));
