-- two stacked updatable views, the upper one WITH LOCAL CHECK OPTION
CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE VIEW positive_items AS SELECT id, qty FROM items WHERE qty > 0;
CREATE VIEW small_items AS SELECT id, qty FROM positive_items WHERE qty < 100 WITH LOCAL CHECK OPTION;
