-- changes varchar(n) and unbounded varchar columns to text
CREATE TABLE notes (id integer PRIMARY KEY, title text, body text);
