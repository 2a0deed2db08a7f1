-- revokes the sequence grant from dl_reader
CREATE SEQUENCE ticket_seq;
GRANT USAGE ON SEQUENCE ticket_seq TO dl_writer;
