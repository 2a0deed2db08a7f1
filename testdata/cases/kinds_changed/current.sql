-- One object of each kind compared by its DDL, created from nothing.
CREATE SCHEMA geo;
CREATE TYPE geo.point2 AS (x integer, y integer);
CREATE FUNCTION geo.p_lt(geo.point2, geo.point2) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x < ($2).x';
CREATE FUNCTION geo.p_le(geo.point2, geo.point2) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x <= ($2).x';
CREATE FUNCTION geo.p_eq(geo.point2, geo.point2) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x = ($2).x';
CREATE FUNCTION geo.p_ge(geo.point2, geo.point2) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x >= ($2).x';
CREATE FUNCTION geo.p_gt(geo.point2, geo.point2) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x > ($2).x';
CREATE FUNCTION geo.p_cmp(geo.point2, geo.point2) RETURNS integer LANGUAGE sql IMMUTABLE
  AS 'SELECT CASE WHEN ($1).x < ($2).x THEN -1 WHEN ($1).x > ($2).x THEN 1 ELSE 0 END';
CREATE OPERATOR geo.<# (FUNCTION = geo.p_lt, LEFTARG = geo.point2, RIGHTARG = geo.point2,
  COMMUTATOR = #>, NEGATOR = #>=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR geo.<#= (FUNCTION = geo.p_le, LEFTARG = geo.point2, RIGHTARG = geo.point2, COMMUTATOR = #>=);
CREATE OPERATOR geo.#= (FUNCTION = geo.p_eq, LEFTARG = geo.point2, RIGHTARG = geo.point2, COMMUTATOR = #=, MERGES);
CREATE OPERATOR geo.#>= (FUNCTION = geo.p_ge, LEFTARG = geo.point2, RIGHTARG = geo.point2);
CREATE OPERATOR geo.#> (FUNCTION = geo.p_gt, LEFTARG = geo.point2, RIGHTARG = geo.point2);
CREATE OPERATOR geo.- (FUNCTION = int4um, RIGHTARG = integer);
COMMENT ON OPERATOR geo.#= (geo.point2, geo.point2) IS 'same x';
CREATE OPERATOR CLASS geo.point2_ops DEFAULT FOR TYPE geo.point2 USING btree AS
  OPERATOR 1 geo.<#, OPERATOR 2 geo.<#=, OPERATOR 3 geo.#=, OPERATOR 4 geo.#>=, OPERATOR 5 geo.#>,
  FUNCTION 1 geo.p_cmp(geo.point2, geo.point2);
CREATE OPERATOR FAMILY geo.loose USING hash;
COMMENT ON OPERATOR FAMILY geo.loose USING hash IS 'members added later';
CREATE FUNCTION geo.append_int(integer[], integer) RETURNS integer[] LANGUAGE sql IMMUTABLE AS 'SELECT $1 || $2';
CREATE FUNCTION geo.middle(integer[]) RETURNS integer LANGUAGE sql IMMUTABLE
  AS 'SELECT ($1)[(array_length($1, 1) + 1) / 2]';
CREATE AGGREGATE geo.median(integer) (SFUNC = geo.append_int, STYPE = integer[], FINALFUNC = geo.middle, INITCOND = '{}');
COMMENT ON AGGREGATE geo.median(integer) IS 'the middle value';
CREATE AGGREGATE geo.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi,
  STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE geo.pick(double precision ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
CREATE AGGREGATE geo.total(bigint) (SFUNC = int8pl, STYPE = bigint, COMBINEFUNC = int8pl, PARALLEL = SAFE,
  MSFUNC = int8pl, MINVFUNC = int8mi, MSTYPE = bigint, INITCOND = '0', MINITCOND = '0');
CREATE AGGREGATE geo.biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
CREATE AGGREGATE geo.rows_seen(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
CREATE TABLE geo.places (id integer PRIMARY KEY, name text, zone integer, kind text);
CREATE TABLE geo.places_log (id integer, name text);
CREATE RULE keep_log AS ON INSERT TO geo.places DO ALSO INSERT INTO geo.places_log VALUES (NEW.id, NEW.name);
CREATE RULE no_delete AS ON DELETE TO geo.places DO INSTEAD NOTHING;
ALTER TABLE geo.places DISABLE RULE no_delete;
COMMENT ON RULE keep_log ON geo.places IS 'audit trail';
CREATE STATISTICS geo.zone_kind (ndistinct, dependencies) ON zone, kind FROM geo.places;
ALTER STATISTICS geo.zone_kind SET STATISTICS 300;
CREATE STATISTICS geo.zone_mcv (mcv) ON zone, kind FROM geo.places;
COMMENT ON STATISTICS geo.zone_mcv IS 'common pairs';
CREATE TEXT SEARCH TEMPLATE geo.plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH PARSER geo.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH DICTIONARY geo.names_dict (TEMPLATE = geo.plain, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION geo.names (PARSER = geo.words);
ALTER TEXT SEARCH CONFIGURATION geo.names ADD MAPPING FOR asciiword, word WITH geo.names_dict, simple;
ALTER TEXT SEARCH CONFIGURATION geo.names ADD MAPPING FOR int, uint WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION geo.names IS 'place names';
CREATE FUNCTION geo.point2_text(geo.point2) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ($1).x || '','' || ($1).y';
CREATE CAST (geo.point2 AS text) WITH FUNCTION geo.point2_text(geo.point2) AS ASSIGNMENT;
CREATE TYPE geo.mood AS ENUM ('low', 'high');
COMMENT ON CAST (geo.point2 AS text) IS 'x,y';
CREATE CONVERSION geo.latin_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE FOREIGN DATA WRAPPER files_wrapper OPTIONS (mode 'read');
CREATE SERVER archive TYPE 'files' VERSION '2' FOREIGN DATA WRAPPER files_wrapper OPTIONS (root '/srv', depth '2');
COMMENT ON SERVER archive IS 'old places';
CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (who 'anyone');
CREATE USER MAPPING FOR CURRENT_USER SERVER archive;
CREATE PUBLICATION places_feed FOR TABLE geo.places, geo.places_log WITH (publish = 'insert, delete');
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish_via_partition_root = true);
COMMENT ON PUBLICATION everything IS 'all of it';
