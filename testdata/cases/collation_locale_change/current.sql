-- an ICU collation used by a column with rows
CREATE COLLATION local_order (provider = icu, locale = 'de-DE');
CREATE TABLE names (id integer PRIMARY KEY, n text COLLATE local_order);
INSERT INTO names VALUES (1, 'Öl'), (2, 'Ofen');
