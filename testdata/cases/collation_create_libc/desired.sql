-- creates a libc collation copied from "C"
CREATE TABLE t (id integer PRIMARY KEY);
CREATE COLLATION bytewise FROM "C";
