-- a sequence granted to two roles
CREATE SEQUENCE ticket_seq;
GRANT USAGE ON SEQUENCE ticket_seq TO dl_writer;
GRANT SELECT ON SEQUENCE ticket_seq TO dl_reader;
