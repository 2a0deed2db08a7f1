CREATE TABLE categories (
    id varchar(10) PRIMARY KEY,
    parent varchar(10) REFERENCES categories (id) ON DELETE CASCADE,
    title text NOT NULL
);
INSERT INTO categories VALUES ('1', NULL, 'root'), ('2', '1', 'child'), ('3', '2', 'leaf');
CREATE TABLE products (id int PRIMARY KEY, category varchar(10) NOT NULL REFERENCES categories (id));
INSERT INTO products VALUES (1, '3');
