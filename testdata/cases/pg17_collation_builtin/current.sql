CREATE COLLATION plain_c (provider = builtin, locale = 'C');
CREATE TABLE words (w text COLLATE plain_c);
