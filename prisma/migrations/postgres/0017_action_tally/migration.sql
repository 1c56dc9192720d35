-- How many actions each kind has, kept by triggers whatever code writes actions: the actions
-- table's total for no filter or a filter on kinds alone is then read, not counted (a COUNT over
-- 1,000,000 actions takes 0.1–0.3 s on PostgreSQL, longer than the page itself). SQLite's 0017
-- only creates the table (see there).
-- Inserts and deletes are tallied once per statement (transition tables); a change of kind, which
-- no code makes today, row by row.
CREATE TABLE "ActionTally" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "ActionTally" ("kind", "n") SELECT "kind", COUNT(*) FROM "Action" GROUP BY "kind";

CREATE FUNCTION "Action_tally_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "ActionTally" ("kind", "n") SELECT "kind", COUNT(*) FROM inserted GROUP BY "kind"
    ON CONFLICT ("kind") DO UPDATE SET "n" = "ActionTally"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;
CREATE TRIGGER "Action_tally_insert" AFTER INSERT ON "Action" REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION "Action_tally_insert"();

CREATE FUNCTION "Action_tally_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "ActionTally" t SET "n" = t."n" - d."n"
    FROM (SELECT "kind", COUNT(*) AS "n" FROM deleted GROUP BY "kind") d WHERE t."kind" = d."kind";
    RETURN NULL;
END
$$;
CREATE TRIGGER "Action_tally_delete" AFTER DELETE ON "Action" REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION "Action_tally_delete"();

CREATE FUNCTION "Action_tally_kind"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "ActionTally" SET "n" = "n" - 1 WHERE "kind" = OLD."kind";
    INSERT INTO "ActionTally" ("kind", "n") VALUES (NEW."kind", 1)
    ON CONFLICT ("kind") DO UPDATE SET "n" = "ActionTally"."n" + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Action_tally_kind" AFTER UPDATE OF "kind" ON "Action"
    FOR EACH ROW WHEN (OLD."kind" IS DISTINCT FROM NEW."kind") EXECUTE FUNCTION "Action_tally_kind"();
