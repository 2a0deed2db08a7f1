-- a view that reads a column which is about to go away
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, fax text);
CREATE VIEW user_contacts AS SELECT id, name, fax FROM users;
