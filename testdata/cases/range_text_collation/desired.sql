-- creates a text range type with an explicit collation and a column using it
CREATE TYPE textspan AS RANGE (subtype = text, collation = "C");
CREATE TABLE name_ranges (id integer PRIMARY KEY, letters textspan);
