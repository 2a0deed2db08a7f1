-- the column is dropped from the table and the view no longer selects it
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_contacts AS SELECT id, name FROM users;
