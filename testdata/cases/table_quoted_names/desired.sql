-- creates tables and columns whose names need quoting (mixed case, spaces, reserved words)
CREATE TABLE "UserAccount" ("Id" integer PRIMARY KEY, "user" text, "order" integer, "first name" text);
CREATE TABLE "select" ("from" integer NOT NULL, "group" text);
