-- a smallint sequence
CREATE SEQUENCE small_seq AS smallint;
