-- NO-OP: same definitions with odd whitespace, tabs, blank lines and SQL comments of both kinds

/* block comment
   spanning lines */
CREATE   TABLE
	t (
    id      integer   PRIMARY KEY,   -- the key
    name    text      NOT NULL,      /* inline block comment */
    n       integer   DEFAULT    1
)   ;


CREATE INDEX   t_name_idx
    ON t   (  name  )  ;  -- trailing comment
