-- widens a referenced primary key and every referencing column to bigint
CREATE SCHEMA b2b;
CREATE TABLE companies (id bigint PRIMARY KEY, parent_id bigint REFERENCES companies);
CREATE TABLE contacts (id integer PRIMARY KEY, company_id bigint NOT NULL REFERENCES companies ON DELETE CASCADE);
CREATE TABLE b2b.deals (id integer PRIMARY KEY, company_id bigint REFERENCES public.companies);
