-- drops a column that another table's foreign key references (the FK must go first; the referencing column stays)
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE payments (id integer PRIMARY KEY, account_code text);
