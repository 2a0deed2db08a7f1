-- creates a sequence using every option: AS, INCREMENT, MINVALUE, MAXVALUE, START, CACHE, CYCLE
CREATE SEQUENCE ticket_seq
    AS integer
    INCREMENT BY 5
    MINVALUE 10
    MAXVALUE 100000
    START WITH 20
    CACHE 10
    CYCLE;
