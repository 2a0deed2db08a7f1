-- NO-OP: the same view query with different whitespace, keyword/identifier case and redundant parentheses
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
create   view ACTIVE_NAMES
as
    select   ID,
             NAME
    from     T
    where    (ACTIVE)   and   (NAME <> '')
    order by NAME ;
