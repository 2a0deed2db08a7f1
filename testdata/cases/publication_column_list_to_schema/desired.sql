CREATE SCHEMA reporting;
CREATE TABLE orders (id int PRIMARY KEY, secret text);
CREATE PUBLICATION feed FOR TABLES IN SCHEMA reporting;
