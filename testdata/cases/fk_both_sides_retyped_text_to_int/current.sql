CREATE TABLE countries (code varchar(3) PRIMARY KEY, name text);
CREATE TABLE cities (id int PRIMARY KEY, country varchar(3) REFERENCES countries(code));
INSERT INTO countries VALUES ('1','a'),('2','b'); INSERT INTO cities VALUES (1,'1'),(2,'2');
