-- a schema whose table and enum are used by a public table
CREATE SCHEMA legacy;
CREATE TYPE legacy.tier AS ENUM ('gold', 'silver');
CREATE TABLE legacy.accounts (id integer PRIMARY KEY);
CREATE TABLE public.customers (id integer PRIMARY KEY, legacy_account_id integer REFERENCES legacy.accounts, tier legacy.tier);
