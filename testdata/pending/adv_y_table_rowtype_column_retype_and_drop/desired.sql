CREATE TABLE address (street text, city varchar(80), zip text);
CREATE TABLE person (id int PRIMARY KEY, home address);
CREATE FUNCTION city_of(a address) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT a.city';
