-- an enum type with the default ACL (USAGE for PUBLIC), restated
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
GRANT USAGE ON TYPE mood TO PUBLIC;
