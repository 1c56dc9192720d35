-- The per-kind tally of actions (PostgreSQL's 0017 keeps it with statement-level triggers, and the
-- actions table reads its total there instead of counting). SQLite has only row triggers, which
-- doubled the cost of inserting actions; its COUNT walks a covering index instead (milliseconds once
-- cached), so on SQLite the table exists for the shared schema and stays empty: nothing reads it.
CREATE TABLE "ActionTally" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL DEFAULT 0
);
