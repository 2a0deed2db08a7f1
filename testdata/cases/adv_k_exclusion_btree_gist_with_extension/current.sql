CREATE TABLE bookings (id int PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false);
INSERT INTO bookings VALUES (1, 1, '[2024-01-01,2024-01-02)', false);
