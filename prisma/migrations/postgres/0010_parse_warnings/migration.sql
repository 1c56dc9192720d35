-- What the parser could not read in a source (lines of a list no rule reads, lists cut mid-way), as
-- JSON [{code, message, offset, line, text}]: stored so that a page can say which lines are missing.
ALTER TABLE "Source" ADD COLUMN "parseWarnings" TEXT NOT NULL DEFAULT '[]';
