-- changes numeric precision and scale (8,2) -> (14,4), keeping the check
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(14,4) NOT NULL CHECK (amount >= 0));
