-- widens the sequence data type; the implicit maxvalue must follow
CREATE SEQUENCE small_seq AS bigint;
