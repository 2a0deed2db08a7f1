-- creates a table inside an existing non-public schema
CREATE SCHEMA crm;
CREATE TABLE crm.contacts (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
