-- an integer primary key referenced by FKs in two schemas, one self reference
CREATE SCHEMA b2b;
CREATE TABLE companies (id integer PRIMARY KEY, parent_id integer REFERENCES companies);
CREATE TABLE contacts (id integer PRIMARY KEY, company_id integer NOT NULL REFERENCES companies ON DELETE CASCADE);
CREATE TABLE b2b.deals (id integer PRIMARY KEY, company_id integer REFERENCES public.companies);
INSERT INTO companies VALUES (1, NULL), (2, 1); INSERT INTO contacts VALUES (1, 2); INSERT INTO b2b.deals VALUES (1, 1);
