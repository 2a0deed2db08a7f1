-- NO-OP: lower-case keywords; unquoted identifiers fold to lower case anyway
create table items (id integer primary key, name text not null default 'x', price numeric(8,2) check (price > 0));
create index items_name_idx on items using btree (lower(name));
