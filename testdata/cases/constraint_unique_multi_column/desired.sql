-- adds a named three-column unique constraint
CREATE TABLE enrolments (
    student_id integer NOT NULL, course_id integer NOT NULL, term text NOT NULL,
    CONSTRAINT enrolments_once_per_term UNIQUE (student_id, course_id, term)
);
