-- installs uuid-ossp and adds a uuid column defaulting to an extension function
CREATE EXTENSION "uuid-ossp";
CREATE TABLE events (
    id integer PRIMARY KEY,
    name text,
    public_id uuid NOT NULL DEFAULT uuid_generate_v4()
);
