-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sha256" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "issuer" TEXT NOT NULL,
    "number" TEXT,
    "date" TEXT,
    "meeting" TEXT,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL,
    CONSTRAINT "Announcement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "pinyin" TEXT NOT NULL,
    "initials" TEXT NOT NULL,
    "mergedIntoId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "parentId" INTEGER,
    CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organizationId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    CONSTRAINT "Post_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "announcementId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "personName" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "linkReason" TEXT NOT NULL DEFAULT '',
    "postId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    CONSTRAINT "Action_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Action_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tenure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "postId" INTEGER NOT NULL,
    "startActionId" INTEGER,
    "endActionId" INTEGER,
    "startDate" TEXT,
    "endDate" TEXT,
    "status" TEXT NOT NULL,
    "acting" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Tenure_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Tenure_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_sha256_key" ON "Source"("sha256");
CREATE UNIQUE INDEX "Announcement_fingerprint_key" ON "Announcement"("fingerprint");
CREATE INDEX "Announcement_date_idx" ON "Announcement"("date");
CREATE INDEX "Announcement_sourceId_idx" ON "Announcement"("sourceId");
CREATE INDEX "Person_nameKey_idx" ON "Person"("nameKey");
CREATE INDEX "Person_pinyin_idx" ON "Person"("pinyin");
CREATE INDEX "Person_initials_idx" ON "Person"("initials");
CREATE UNIQUE INDEX "Organization_name_key" ON "Organization"("name");
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");
CREATE UNIQUE INDEX "Post_organizationId_title_key" ON "Post"("organizationId", "title");
CREATE UNIQUE INDEX "Action_announcementId_ordinal_key" ON "Action"("announcementId", "ordinal");
CREATE INDEX "Action_personId_date_idx" ON "Action"("personId", "date");
CREATE INDEX "Action_postId_date_idx" ON "Action"("postId", "date");
CREATE INDEX "Action_kind_date_idx" ON "Action"("kind", "date");
CREATE INDEX "Action_date_id_idx" ON "Action"("date", "id");
CREATE INDEX "Tenure_postId_startDate_idx" ON "Tenure"("postId", "startDate");
CREATE INDEX "Tenure_personId_idx" ON "Tenure"("personId");
