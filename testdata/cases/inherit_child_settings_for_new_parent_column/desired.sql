CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now(), source text DEFAULT 'web');
CREATE TABLE clicks (target text) INHERITS (events);
CREATE TABLE views (page text) INHERITS (events);
-- each child sets the new column its own way
ALTER TABLE clicks ALTER COLUMN source SET DEFAULT 'app';
ALTER TABLE clicks ALTER COLUMN source SET NOT NULL;
COMMENT ON COLUMN views.source IS 'where the view came from';
