-- creates a schema, a domain in it, and tables in both schemas using the schema-qualified domain
CREATE SCHEMA billing;
CREATE DOMAIN billing.amount AS numeric(12,2) CONSTRAINT amount_non_negative CHECK (VALUE >= 0);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, total billing.amount NOT NULL);
CREATE TABLE public.refunds (id integer PRIMARY KEY, amount billing.amount);
