CREATE TABLE staff (id int PRIMARY KEY, name text, salary numeric, ssn text);
GRANT SELECT (id, name, salary) ON staff TO dl_adv_ro;
GRANT SELECT, UPDATE (name, salary) ON staff TO dl_adv_app;
GRANT INSERT (id, name) ON staff TO "dl_adv Mixed" WITH GRANT OPTION;
GRANT REFERENCES (id) ON staff TO PUBLIC;
