-- creates a table with a GENERATED ALWAYS identity column
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
