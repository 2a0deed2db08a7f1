-- a join table without uniqueness
CREATE TABLE enrolments (student_id integer NOT NULL, course_id integer NOT NULL, term text NOT NULL);
INSERT INTO enrolments VALUES (1, 1, '2024a'), (1, 1, '2024b');
