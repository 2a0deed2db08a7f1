-- the label set changes by one label in place (smss -> sms), position kept
CREATE TYPE channel AS ENUM ('email', 'sms', 'push');
CREATE TABLE notifications (id integer PRIMARY KEY, via channel NOT NULL);
