-- PUBLIC no longer reads new large objects; one role may read and write them.
ALTER DEFAULT PRIVILEGES GRANT SELECT, UPDATE ON LARGE OBJECTS TO dplo_reader;
