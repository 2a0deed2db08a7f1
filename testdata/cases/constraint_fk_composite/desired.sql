-- creates a composite foreign key whose column order differs from the referenced key order
CREATE TABLE versions (doc_id integer NOT NULL, rev integer NOT NULL, body text, PRIMARY KEY (doc_id, rev));
CREATE TABLE approvals (
    id integer PRIMARY KEY,
    rev integer NOT NULL,
    doc_id integer NOT NULL,
    FOREIGN KEY (doc_id, rev) REFERENCES versions (doc_id, rev)
);
