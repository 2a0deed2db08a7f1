-- a sequence without CYCLE and with cache 1
CREATE SEQUENCE slot_seq MAXVALUE 50;
