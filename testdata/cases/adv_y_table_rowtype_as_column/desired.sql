CREATE TABLE address (street text, city text, zip text);
CREATE TABLE person (id int PRIMARY KEY, home address, past address[]);
