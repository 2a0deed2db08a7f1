-- removes the security_invoker option (reloptions become empty)
CREATE TABLE notes (id integer PRIMARY KEY, author text NOT NULL, body text);
CREATE VIEW my_notes AS SELECT id, body FROM notes WHERE author = current_user;
