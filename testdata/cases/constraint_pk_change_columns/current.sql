-- primary key on a surrogate column
CREATE TABLE memberships (id integer NOT NULL, user_id integer NOT NULL, group_id integer NOT NULL, CONSTRAINT memberships_pkey PRIMARY KEY (id));
INSERT INTO memberships VALUES (1, 1, 1), (2, 1, 2);
