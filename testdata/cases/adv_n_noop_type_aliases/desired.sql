create table T (
  A int8, B float8, C bool, D timestamptz, E decimal(10,2),
  F varchar(20), G char(3), H float4, I int2, J int4 array, K time,
  L timestamp, M varbit(8), N varchar, O interval, P float(53)[],
  Q decimal, R timetz, S "bytea", U text[]
);
