-- reorders existing labels (same set), which PostgreSQL can only do by rebuilding the type
CREATE TYPE rating AS ENUM ('bad', 'neutral', 'good');
CREATE TABLE reviews (id integer PRIMARY KEY, rating rating DEFAULT 'neutral');
