-- Editor sessions kept by the server (issue 16): the cookie carries a random secret, the row
-- its sha256, so the table alone cannot be replayed as cookies. Writes name the session that made them.
CREATE TABLE "EditorSession" (
    "id" TEXT NOT NULL,
    "tokenFingerprint" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL,
    "client" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "EditorSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EditorSession_lastUsedAt_idx" ON "EditorSession"("lastUsedAt");
ALTER TABLE "Correction" ADD COLUMN "sessionId" TEXT;
ALTER TABLE "Source" ADD COLUMN "sessionId" TEXT;
