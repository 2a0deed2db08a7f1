-- drops the sequence; the defaults that use it must be dropped first
CREATE TABLE a (id bigint PRIMARY KEY);
CREATE TABLE b (id bigint PRIMARY KEY);
