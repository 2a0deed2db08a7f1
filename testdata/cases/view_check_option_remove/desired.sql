-- removes the check option from the view
CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE VIEW positive_items AS SELECT id, qty FROM items WHERE qty > 0;
