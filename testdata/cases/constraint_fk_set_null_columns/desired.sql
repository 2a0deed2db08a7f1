-- uses the PostgreSQL 15 column list form ON DELETE SET NULL (author_id)
CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer NOT NULL REFERENCES tenants, id integer NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (
    tenant_id integer NOT NULL REFERENCES tenants,
    id integer NOT NULL,
    author_id integer,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT posts_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id)
);
