-- drops the column and then the enum type it used
CREATE TABLE cars (id integer PRIMARY KEY, model text);
