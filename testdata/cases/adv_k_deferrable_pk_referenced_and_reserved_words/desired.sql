CREATE TABLE "table" ("check" int, "default" text DEFAULT 'default', "index" int, "Where" boolean,
   CONSTRAINT "primary" PRIMARY KEY ("check"),
   CONSTRAINT "unique" UNIQUE ("default", "index") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "user" ("select" int PRIMARY KEY, "table" int CONSTRAINT "foreign" REFERENCES "table" ("check") DEFERRABLE, "grant" text CHECK ("grant" IN ('all', 'none')));
CREATE INDEX "index" ON "table" ("index") WHERE "Where";
CREATE VIEW "view" AS SELECT u."select", t."default" AS "from" FROM "user" u JOIN "table" t ON t."check" = u."table";
