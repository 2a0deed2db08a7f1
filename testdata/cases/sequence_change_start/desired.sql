-- changes the START value recorded for the sequence
CREATE SEQUENCE doc_seq START WITH 5000;
