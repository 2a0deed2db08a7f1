-- appends an attribute (ALTER TYPE ... ADD ATTRIBUTE)
CREATE TYPE address AS (street text, city text, postal_code varchar(10));
