-- narrows a sequence to integer; implicit maxvalue drops to 2147483647
CREATE SEQUENCE code_seq AS integer;
