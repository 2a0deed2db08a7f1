CREATE TABLE old_users (id int CONSTRAINT users_pk PRIMARY KEY, email text CONSTRAINT users_email UNIQUE);
CREATE INDEX users_lower ON old_users (lower(email));
