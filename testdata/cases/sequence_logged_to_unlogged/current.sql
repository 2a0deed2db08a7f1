-- a normal (logged) sequence
CREATE SEQUENCE scratch_seq INCREMENT 2;
