-- the grant option goes, and what was granted through it
CREATE TABLE reports (id int PRIMARY KEY, body text);
GRANT SELECT ON reports TO dl_lead;
