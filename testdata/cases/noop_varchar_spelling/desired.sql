-- NO-OP: the same types written character varying / character / bit varying / character(1)
CREATE TABLE t (a character varying(20), b character varying, c character(5), d character(1), e bit varying(4), f character varying(20)[]);
