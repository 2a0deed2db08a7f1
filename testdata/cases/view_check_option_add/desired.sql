-- adds WITH CHECK OPTION (stored as check_option=cascaded) to an updatable view
CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE VIEW positive_items AS SELECT id, qty FROM items WHERE qty > 0 WITH CHECK OPTION;
