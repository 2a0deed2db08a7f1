-- NO-OP: the expansion of serial/bigserial written out (sequence AS type, NOT NULL, default, OWNED BY)
CREATE SEQUENCE t_id_seq AS integer;
CREATE SEQUENCE t_n_seq;
CREATE TABLE t (
    id integer NOT NULL DEFAULT nextval('t_id_seq'::regclass) PRIMARY KEY,
    n bigint NOT NULL DEFAULT nextval('t_n_seq')
);
ALTER SEQUENCE t_id_seq OWNED BY t.id;
ALTER SEQUENCE t_n_seq OWNED BY t.n;
