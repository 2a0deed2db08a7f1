-- converts an enum column to text (with its default) and drops the now unused enum
CREATE TABLE cars (id integer PRIMARY KEY, color text NOT NULL DEFAULT 'red');
