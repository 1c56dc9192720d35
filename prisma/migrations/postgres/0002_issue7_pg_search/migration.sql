-- Issue 7: what PostgreSQL does well for name search (SQLite needs no counterpart: its
-- B-tree indexes on nameKey/pinyin/initials already serve equality and prefix look-ups).
--
-- Substrings of three characters or more (姓名 fragments, pinyin) go through trigram GIN indexes.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Person_nameKey_trgm_idx" ON "Person" USING GIN ("nameKey" gin_trgm_ops);
CREATE INDEX "Person_pinyin_trgm_idx" ON "Person" USING GIN ("pinyin" gin_trgm_ops);

-- Two-character names and initials are too short for trigrams: equality and prefix (LIKE '王%')
-- use B-trees, and text_pattern_ops makes LIKE prefixes indexable whatever the database collation.
CREATE INDEX "Person_nameKey_pattern_idx" ON "Person" ("nameKey" text_pattern_ops);
CREATE INDEX "Person_initials_pattern_idx" ON "Person" ("initials" text_pattern_ops);
CREATE INDEX "Person_pinyin_pattern_idx" ON "Person" ("pinyin" text_pattern_ops);
