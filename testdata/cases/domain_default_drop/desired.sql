-- removes the domain default (ALTER DOMAIN ... DROP DEFAULT)
CREATE DOMAIN event_time AS timestamp(0) with time zone;
CREATE TABLE audit (id integer PRIMARY KEY, at event_time);
