CREATE TYPE person AS (name text, age int);
