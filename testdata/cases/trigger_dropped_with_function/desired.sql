-- both the trigger and its function are dropped (trigger first), the table stays
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
