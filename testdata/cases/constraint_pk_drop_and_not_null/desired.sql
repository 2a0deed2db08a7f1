-- drops the primary key and the implied NOT NULL
CREATE TABLE log (id integer, msg text);
