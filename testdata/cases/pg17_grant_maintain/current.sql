CREATE TABLE metrics (id int, v float8);
GRANT SELECT ON metrics TO dl_maint;
