-- drops the column and then the composite type (destructive)
CREATE TABLE markers (id integer PRIMARY KEY);
