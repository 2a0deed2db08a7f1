-- a view created with security_invoker
CREATE TABLE notes (id integer PRIMARY KEY, author text NOT NULL, body text);
CREATE VIEW my_notes WITH (security_invoker) AS SELECT id, body FROM notes WHERE author = current_user;
