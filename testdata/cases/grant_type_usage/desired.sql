-- revokes USAGE on the type from PUBLIC and grants it to dl_reader
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO dl_reader;
