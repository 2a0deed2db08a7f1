-- drops both tables of an FK cycle
CREATE TABLE keep (id integer PRIMARY KEY);
