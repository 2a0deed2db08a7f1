CREATE TABLE t (
  a bigint, b double precision, c boolean, d timestamp with time zone, e numeric(10,2),
  f character varying(20), g character(3), h real, i smallint, j integer[], k time without time zone,
  l timestamp without time zone, m bit varying(8), n character varying, o interval, p double precision[],
  q numeric, r time with time zone, s bytea, u text[][]
);
