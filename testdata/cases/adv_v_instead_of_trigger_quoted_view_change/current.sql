CREATE TABLE "Items" ("Id" int PRIMARY KEY, "Name" text);
CREATE VIEW "Item View" AS SELECT "Id", "Name" FROM "Items";
CREATE FUNCTION "ins item"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "Items" VALUES (NEW."Id", NEW."Name"); RETURN NEW; END $$;
CREATE TRIGGER "Ins Trg" INSTEAD OF INSERT ON "Item View" FOR EACH ROW EXECUTE FUNCTION "ins item"();
COMMENT ON VIEW "Item View" IS 'v';
COMMENT ON COLUMN "Item View"."Name" IS 'name col';
