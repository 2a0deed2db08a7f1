-- a default (bigint) sequence
CREATE SEQUENCE code_seq;
