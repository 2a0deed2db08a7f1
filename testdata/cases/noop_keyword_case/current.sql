-- upper-case keywords and type names
CREATE TABLE Items (ID INTEGER PRIMARY KEY, Name TEXT NOT NULL DEFAULT 'x', Price NUMERIC(8,2) CHECK (Price > 0));
CREATE INDEX Items_Name_Idx ON Items USING BTREE (LOWER(Name));
