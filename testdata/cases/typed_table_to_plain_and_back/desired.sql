CREATE TYPE person AS (name text, age int);
CREATE TABLE people (name text, age int, badge text);
CREATE TABLE staff OF person;
