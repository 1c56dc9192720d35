-- Name search without a scan for the part of a name that is not its beginning (2-character names
-- and given names: 搜索 "建国" finds 王建国; trigrams need three characters): every two-character piece
-- of every name key, kept by a trigger on Person whatever code inserts people (import, corrections),
-- filled here for existing ones. One row per (bigram, nameKey): people of one name share their rows.
CREATE TABLE "NameBigram" (
    "bigram" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    PRIMARY KEY ("bigram", "nameKey")
);

CREATE FUNCTION "Person_nameBigram"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "NameBigram" ("bigram", "nameKey")
    SELECT DISTINCT substr(NEW."nameKey", n, 2), NEW."nameKey"
    FROM generate_series(1, char_length(NEW."nameKey") - 1) AS n
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Person_nameBigram" AFTER INSERT ON "Person" FOR EACH ROW EXECUTE FUNCTION "Person_nameBigram"();

INSERT INTO "NameBigram" ("bigram", "nameKey")
SELECT DISTINCT substr(p."nameKey", n, 2), p."nameKey"
FROM (SELECT DISTINCT "nameKey" FROM "Person") p, generate_series(1, char_length(p."nameKey") - 1) AS n
ON CONFLICT DO NOTHING;
