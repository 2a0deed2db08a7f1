-- A replica's tables exist; the subscription that fills them does not yet.
CREATE TABLE items (id int PRIMARY KEY, title text NOT NULL);
