-- drops the table with its policy (destructive); the other table stays
CREATE TABLE keep_me (id integer PRIMARY KEY);
