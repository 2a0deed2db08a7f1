-- a table without comments
CREATE TABLE "Odd Table" ("Odd Column" text);
