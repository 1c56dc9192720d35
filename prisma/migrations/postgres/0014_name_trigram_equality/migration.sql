-- PostgreSQL chose the trigram GIN index of 0002 for equality on "nameKey" (`"nameKey" = ANY(…)`,
-- what linking people and the name tier of search ask), and a trigram look-up of a two- or
-- three-character Chinese name is slow: 160–190 ms for 40 names at 100,000 actions where the B-tree
-- answers in about a millisecond. Name parts are found through "NameBigram" since 0007, so the
-- trigram index on "nameKey" has no query left that needs it. (The pinyin one stays.)
DROP INDEX IF EXISTS "Person_nameKey_trgm_idx";
