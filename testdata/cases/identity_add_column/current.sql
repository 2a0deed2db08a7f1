-- a table with rows and no key
CREATE TABLE raw_events (payload text);
INSERT INTO raw_events VALUES ('a'), ('b'), ('c');
