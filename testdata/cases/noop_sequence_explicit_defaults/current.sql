-- sequences with all options left at their defaults
CREATE SEQUENCE s1;
CREATE SEQUENCE s2 AS integer;
CREATE SEQUENCE s3 INCREMENT BY -1;
