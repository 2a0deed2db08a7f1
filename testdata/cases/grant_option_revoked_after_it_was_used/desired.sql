-- The grant option goes, and what was granted through it, but for what
-- the files give dl_viewer themselves.
CREATE TABLE reports (id int PRIMARY KEY, body text);
GRANT SELECT ON reports TO dl_lead;
GRANT SELECT ON reports TO dl_viewer;
