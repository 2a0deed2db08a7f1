-- dl_lead could pass SELECT on, and did
CREATE TABLE reports (id int PRIMARY KEY, body text);
GRANT SELECT, UPDATE ON reports TO dl_lead WITH GRANT OPTION;
SET ROLE dl_lead;
GRANT SELECT ON reports TO dl_intern, dl_viewer;
RESET ROLE;
