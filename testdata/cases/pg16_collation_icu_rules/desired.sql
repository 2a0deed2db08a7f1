-- PostgreSQL 16: ICU tailoring rules
CREATE COLLATION tailored (provider = icu, locale = 'und', rules = '&V << w <<< W');
CREATE COLLATION other (provider = icu, locale = 'und', rules = '&a < g');
CREATE TABLE names (n text COLLATE tailored);
