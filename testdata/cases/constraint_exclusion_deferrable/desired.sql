-- creates a deferrable exclusion constraint with a default name and index parameters
CREATE TABLE shifts (worker integer NOT NULL, span tsrange NOT NULL,
    EXCLUDE USING gist (span WITH &&) WITH (fillfactor = 80) DEFERRABLE INITIALLY DEFERRED);
