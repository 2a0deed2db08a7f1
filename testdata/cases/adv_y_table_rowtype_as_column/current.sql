CREATE TABLE address (street text, city text);
CREATE TABLE person (id int PRIMARY KEY, home address, past address[]);
INSERT INTO person VALUES (1, ROW('a', 'b'), NULL);
