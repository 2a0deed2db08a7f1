-- a cycling sequence
CREATE SEQUENCE ring_seq MAXVALUE 10 CYCLE;
