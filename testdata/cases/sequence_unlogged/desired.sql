-- creates an UNLOGGED sequence (PostgreSQL 15) next to a normal one
CREATE UNLOGGED SEQUENCE scratch_seq;
CREATE SEQUENCE durable_seq;
