CREATE TABLE orders (id int PRIMARY KEY, status varchar(20) NOT NULL, code varchar(5));
