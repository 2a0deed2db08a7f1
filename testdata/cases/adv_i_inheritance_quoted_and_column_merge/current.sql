CREATE TABLE "Base" ("Id" int NOT NULL, created timestamptz DEFAULT now());
CREATE TABLE "Child A" (extra text) INHERITS ("Base");
CREATE TABLE "Other" (note text);
