-- NO-OP: same types spelled int/int4/int2/int8/float4/float8/decimal
CREATE TABLE t (a int4, b int2, c int8, d int[], e float4, f float8, g decimal(10,2), h numeric);
