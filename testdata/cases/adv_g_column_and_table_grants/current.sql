CREATE TABLE staff (id int PRIMARY KEY, name text, salary numeric, ssn text);
GRANT SELECT ON staff TO dl_adv_ro;
GRANT SELECT (id, name), UPDATE (name) ON staff TO dl_adv_app;
GRANT INSERT (id, name, salary) ON staff TO "dl_adv Mixed";
