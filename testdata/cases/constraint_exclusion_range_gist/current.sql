-- a reservations table without overlap protection
CREATE TABLE reservations (id integer PRIMARY KEY, during tstzrange NOT NULL);
INSERT INTO reservations VALUES (1, '[2024-01-01,2024-01-02)'), (2, '[2024-01-02,2024-01-03)');
