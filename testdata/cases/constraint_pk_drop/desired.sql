-- drops the primary key; the column keeps NOT NULL because desired says so
CREATE TABLE log (id integer NOT NULL, msg text);
