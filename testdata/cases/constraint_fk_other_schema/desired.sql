-- adds a foreign key from a public table to a table in another schema
CREATE SCHEMA auth;
CREATE TABLE auth.users (id bigint PRIMARY KEY);
CREATE TABLE public.posts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE);
