-- a referenced table in schema auth and a public table with a plain column
CREATE SCHEMA auth;
CREATE TABLE auth.users (id bigint PRIMARY KEY);
CREATE TABLE public.posts (id bigint PRIMARY KEY, user_id bigint NOT NULL);
