-- removes NOT NULL (the default stays)
CREATE TABLE accounts (id integer PRIMARY KEY, email text, plan text DEFAULT 'free');
