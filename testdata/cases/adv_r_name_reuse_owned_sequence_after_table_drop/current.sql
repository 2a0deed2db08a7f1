CREATE TABLE legacy (id serial PRIMARY KEY, v text);
CREATE TABLE other (id int PRIMARY KEY);
