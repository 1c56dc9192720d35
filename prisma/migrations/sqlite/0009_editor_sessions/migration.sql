-- Editor sessions kept by the server (issue 16): the cookie carries a random secret, the row
-- its sha256, so the table alone cannot be replayed as cookies. Writes name the session that made them.
CREATE TABLE "EditorSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenFingerprint" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME NOT NULL,
    "client" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT ''
);
CREATE INDEX "EditorSession_lastUsedAt_idx" ON "EditorSession"("lastUsedAt");
ALTER TABLE "Correction" ADD COLUMN "sessionId" TEXT;
ALTER TABLE "Source" ADD COLUMN "sessionId" TEXT;
