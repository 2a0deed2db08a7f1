-- creates a table with zero columns (legal in PostgreSQL)
CREATE TABLE placeholder ();
