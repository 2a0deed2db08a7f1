CREATE EXTENSION file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE ext_data (id int, name text) SERVER files OPTIONS (filename '/dev/null', format 'csv');
CREATE TABLE local (id int);
