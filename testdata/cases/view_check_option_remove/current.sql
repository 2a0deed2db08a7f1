-- a view declared WITH LOCAL CHECK OPTION through the options list
CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE VIEW positive_items WITH (check_option = local) AS SELECT id, qty FROM items WHERE qty > 0;
