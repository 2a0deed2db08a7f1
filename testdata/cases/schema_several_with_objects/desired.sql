-- creates several non-public schemas at once, with same-named tables in each
CREATE SCHEMA sales;
CREATE SCHEMA billing;
CREATE SCHEMA "Reporting";
CREATE TABLE sales.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE billing.accounts (id bigint PRIMARY KEY, iban text);
CREATE TABLE "Reporting"."Accounts" (id bigint PRIMARY KEY, total numeric(12,2));
CREATE TABLE public.accounts (id bigint PRIMARY KEY);
