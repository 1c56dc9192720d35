-- Organs over time (issue 11): one Organization per real body, found by the key of its body
-- (lib/domain/lineage.ts), and every form it was printed in. Rows of older databases have no key
-- yet: lib/import/organs.ts reconcileOrganizations fills it (and merges organs of one body).
ALTER TABLE "Organization" ADD COLUMN "key" TEXT;
CREATE UNIQUE INDEX "Organization_key_key" ON "Organization"("key");

CREATE TABLE "OrganizationName" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'printed',
    "announcementId" INTEGER,
    CONSTRAINT "OrganizationName_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "OrganizationName_name_kind_key" ON "OrganizationName"("name", "kind");
CREATE INDEX "OrganizationName_key_idx" ON "OrganizationName"("key");
CREATE INDEX "OrganizationName_organizationId_idx" ON "OrganizationName"("organizationId");
