CREATE TABLE events (id bigint PRIMARY KEY);
-- Detached from its slot already: dropped in the plan's transaction.
CREATE SUBSCRIPTION events_feed CONNECTION 'host=publisher.invalid dbname=app'
    PUBLICATION events WITH (connect = false, slot_name = NONE);
