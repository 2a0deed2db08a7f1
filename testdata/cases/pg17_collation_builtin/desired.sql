-- PostgreSQL 17: the builtin collation provider
CREATE COLLATION plain_c (provider = builtin, locale = 'C.UTF-8');
CREATE COLLATION utf8_c (provider = builtin, locale = 'C.UTF-8');
CREATE TABLE words (w text COLLATE plain_c, v text COLLATE utf8_c);
