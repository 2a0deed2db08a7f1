CREATE TABLE t (id integer, name text, amount numeric);
CREATE VIEW v AS
  select id,
         upper(name) as name,
         sum(amount) total
    from t
   where amount > 0
group by id, upper(name);
CREATE OR REPLACE FUNCTION f(a int4, b text = 'x') RETURNS text AS $body$BEGIN RETURN b || a; END$body$ LANGUAGE 'plpgsql' IMMUTABLE RETURNS NULL ON NULL INPUT;
CREATE FUNCTION trg() RETURNS trigger AS $$BEGIN RETURN NEW; END$$ LANGUAGE plpgsql;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE PROCEDURE trg();
CREATE TRIGGER t_trg2 AFTER INSERT ON t EXECUTE FUNCTION trg();
CREATE SEQUENCE s;
CREATE POLICY p ON t USING (true);
