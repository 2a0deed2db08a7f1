-- integer types spelled with their SQL-standard names
CREATE TABLE t (a integer, b smallint, c bigint, d integer[], e real, f double precision, g numeric(10,2), h decimal);
