-- switches identity from BY DEFAULT to ALWAYS, sequence options unchanged
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY (START 50) PRIMARY KEY, name text);
