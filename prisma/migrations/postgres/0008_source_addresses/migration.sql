-- Sources keep the address they came from and the publication; fetched addresses are remembered
-- (with their validators) so a page is imported once and a second fetch run says nothing is new.
ALTER TABLE "Source" ADD COLUMN "url" TEXT;
ALTER TABLE "Source" ADD COLUMN "publication" TEXT;
CREATE INDEX "Source_url_idx" ON "Source"("url");

CREATE TABLE "FetchedPage" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "sha256" TEXT,
    "status" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "sourceId" INTEGER,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FetchedPage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "FetchedPage_url_key" ON "FetchedPage"("url");
