-- adds a brand new identity column to a table with rows (existing rows get numbered)
CREATE TABLE raw_events (payload text, id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
