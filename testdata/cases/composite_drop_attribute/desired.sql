-- drops the middle attribute (ALTER TYPE ... DROP ATTRIBUTE)
CREATE TYPE person_name AS (given text, family text);
