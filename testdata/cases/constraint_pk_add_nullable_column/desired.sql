-- adds a primary key on a nullable column; the column becomes NOT NULL as a side effect
CREATE TABLE countries (code char(2), name text, CONSTRAINT countries_pkey PRIMARY KEY (code));
