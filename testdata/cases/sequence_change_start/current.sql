-- a sequence starting at 1
CREATE SEQUENCE doc_seq;
