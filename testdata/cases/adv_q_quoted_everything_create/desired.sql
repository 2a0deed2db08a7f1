CREATE SCHEMA "My Schema";
CREATE TYPE "My Schema"."Status" AS ENUM ('it''s', 'a b', 'x"y', 'select');
CREATE SEQUENCE "My Schema"."Seq 1" START 10;
CREATE TABLE "My Schema"."order" (
    "user" integer NOT NULL,
    "select" text,
    "Mixed Col" "My Schema"."Status" DEFAULT 'a b',
    "from" bigint DEFAULT nextval('"My Schema"."Seq 1"'),
    CONSTRAINT "pk order" PRIMARY KEY ("user"),
    CONSTRAINT "check ""quoted""" CHECK ("select" <> 'x''y')
);
CREATE TABLE "My Schema"."Group" ("id" int PRIMARY KEY, "order user" int CONSTRAINT "fk to ""order""" REFERENCES "My Schema"."order" ("user"));
CREATE INDEX "idx ""q"" 1" ON "My Schema"."order" (lower("select"), "Mixed Col") WHERE "from" > 0;
CREATE FUNCTION "My Schema"."Fn"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Trg 1" BEFORE INSERT OR UPDATE OF "select" ON "My Schema"."order" FOR EACH ROW WHEN (NEW."select" IS NOT NULL) EXECUTE FUNCTION "My Schema"."Fn"('a"b');
ALTER TABLE "My Schema"."order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Pol 1" ON "My Schema"."order" USING ("user" > 0 AND "Mixed Col" <> 'it''s');
CREATE VIEW "My Schema"."View ""V""" AS SELECT "user", "select" AS "Select Alias" FROM "My Schema"."order";
COMMENT ON TABLE "My Schema"."order" IS 'it''s the "order"';
COMMENT ON COLUMN "My Schema"."order"."user" IS 'user col';
COMMENT ON CONSTRAINT "pk order" ON "My Schema"."order" IS 'pk';
COMMENT ON TRIGGER "Trg 1" ON "My Schema"."order" IS 'trg';
COMMENT ON POLICY "Pol 1" ON "My Schema"."order" IS 'pol';
COMMENT ON INDEX "My Schema"."idx ""q"" 1" IS 'idx';
