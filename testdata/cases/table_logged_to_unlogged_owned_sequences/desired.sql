-- switches to UNLOGGED; in PG15 the serial and identity sequences are unlogged too (created so and flipped by SET UNLOGGED)
CREATE UNLOGGED TABLE queue (id serial PRIMARY KEY, seq_no bigint GENERATED ALWAYS AS IDENTITY, payload text);
