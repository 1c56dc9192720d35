-- "Person" had two B-trees on each of "nameKey", "pinyin" and "initials": the default-opclass ones
-- of 0001 and the text_pattern_ops ones of 0002. text_pattern_ops answers equality as well as
-- prefix LIKE, so the 0001 ones only duplicated the write cost of every new person (an import at
-- 1 M actions stores 265,000). What they alone could do, ordering by the column in the database's
-- collation, serves no query that reads many rows: search sorts only the people one tier matches,
-- and the full re-derivation sorts the distinct names once. (SQLite keeps its one index per column.)
DROP INDEX IF EXISTS "Person_nameKey_idx";
DROP INDEX IF EXISTS "Person_pinyin_idx";
DROP INDEX IF EXISTS "Person_initials_idx";
