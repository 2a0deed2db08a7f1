-- moves the primary key (same name) to a composite of two other columns
CREATE TABLE memberships (id integer NOT NULL, user_id integer NOT NULL, group_id integer NOT NULL, CONSTRAINT memberships_pkey PRIMARY KEY (user_id, group_id));
