-- PostgreSQL 18: constraints that are declared but not checked
CREATE TABLE parents (id int PRIMARY KEY);
CREATE TABLE children (
    id int PRIMARY KEY,
    parent_id int CONSTRAINT children_parent_fk REFERENCES parents NOT ENFORCED,
    qty int CONSTRAINT children_qty_positive CHECK (qty > 0) NOT ENFORCED
);
CREATE TABLE notes (id int, body text CONSTRAINT notes_body_short CHECK (length(body) < 100));
