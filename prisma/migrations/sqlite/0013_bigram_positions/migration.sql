-- SQLite only (PostgreSQL's trigger uses generate_series). The NameBigram trigger (0007) built a
-- 31-row UNION for every inserted person and filtered it: 85 % of the time of storing new people.
-- The same positions as a table, read by primary-key range, visit only the name's own positions
-- (the rows written are the same): storing 35,000 people 2.5 s → 1.4 s.
CREATE TABLE "NameBigramPosition" ("n" INTEGER NOT NULL PRIMARY KEY);
INSERT INTO "NameBigramPosition" ("n") VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
    (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31);

DROP TRIGGER "Person_nameBigram";
CREATE TRIGGER "Person_nameBigram" AFTER INSERT ON "Person" BEGIN
    INSERT OR IGNORE INTO "NameBigram" ("bigram", "nameKey")
    SELECT substr(NEW."nameKey", "n", 2), NEW."nameKey" FROM "NameBigramPosition" WHERE "n" < length(NEW."nameKey");
END;
