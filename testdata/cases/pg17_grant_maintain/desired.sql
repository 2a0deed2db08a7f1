-- PostgreSQL 17: the MAINTAIN privilege (VACUUM, ANALYZE, REINDEX, ...)
CREATE TABLE metrics (id int, v float8);
GRANT SELECT, MAINTAIN ON metrics TO dl_maint;
CREATE TABLE logs (id int);
GRANT MAINTAIN ON logs TO dl_maint;
