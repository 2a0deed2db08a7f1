-- the schema already exists
CREATE SCHEMA crm;
