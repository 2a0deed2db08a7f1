-- creates an identity column with explicit sequence options
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10 MINVALUE 1000 MAXVALUE 900000 CACHE 5 CYCLE) PRIMARY KEY,
    subject text
);
