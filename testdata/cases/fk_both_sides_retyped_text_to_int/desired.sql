CREATE TABLE countries (code smallint PRIMARY KEY, name text);
CREATE TABLE cities (id int PRIMARY KEY, country smallint REFERENCES countries(code));
