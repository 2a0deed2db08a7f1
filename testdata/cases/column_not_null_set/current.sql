-- nullable columns whose data has no NULLs
CREATE TABLE accounts (id integer PRIMARY KEY, email text, plan text);
INSERT INTO accounts VALUES (1, 'a@x', 'free'), (2, 'b@x', 'pro');
