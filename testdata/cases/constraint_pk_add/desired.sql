-- adds a primary key on an existing column
CREATE TABLE countries (code char(2) PRIMARY KEY, name text);
