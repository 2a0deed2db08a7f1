-- changes timestamp to timestamptz, default now() stays
CREATE TABLE logins (id integer PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
