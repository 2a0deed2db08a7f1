CREATE TABLE "table" ("check" int PRIMARY KEY, "default" text, "index" int);
CREATE TABLE "user" ("select" int PRIMARY KEY, "table" int REFERENCES "table" ("check"));
CREATE INDEX "index" ON "table" ("index");
