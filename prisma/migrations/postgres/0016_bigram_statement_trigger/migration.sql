-- The name-bigram trigger of 0007 ran once per inserted person (a PL/pgSQL call and an INSERT
-- each); an import inserts people thousands at a time. A statement-level trigger with a transition
-- table writes the bigrams of all the statement's people in one INSERT. Same rows, whatever code
-- inserts people. (SQLite has only row triggers; its row trigger is cheap: 0013.)
DROP TRIGGER IF EXISTS "Person_nameBigram" ON "Person";
DROP FUNCTION IF EXISTS "Person_nameBigram"();

CREATE FUNCTION "Person_nameBigrams"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "NameBigram" ("bigram", "nameKey")
    SELECT DISTINCT substr(p."nameKey", n, 2), p."nameKey"
    FROM (SELECT DISTINCT "nameKey" FROM inserted) p, generate_series(1, char_length(p."nameKey") - 1) AS n
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Person_nameBigrams" AFTER INSERT ON "Person" REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION "Person_nameBigrams"();
