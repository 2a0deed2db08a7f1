CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE TABLE clicks (target text) INHERITS (events);
CREATE TABLE views (page text) INHERITS (events);
INSERT INTO clicks (id, target) VALUES (1, 'a'), (2, 'b');
INSERT INTO views (id, page) VALUES (3, 'home');
