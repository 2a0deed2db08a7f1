-- NO-OP: indexes with the generated names, USING btree, ASC, NULLS LAST/FIRST and default opclass written out
CREATE TABLE t (a integer, b text);
CREATE INDEX t_a_idx ON public.t USING btree (a int4_ops ASC NULLS LAST);
CREATE INDEX t_b_idx ON public.t USING btree (b DESC NULLS FIRST);
