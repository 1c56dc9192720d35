-- "可能是同一人": a person the identity rules kept apart from a namesake for want of evidence, with
-- the evidence that they may be one (derived by relinkNames, replaced whenever the name is re-linked).
CREATE TABLE "IdentitySuggestion" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "otherPersonId" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    CONSTRAINT "IdentitySuggestion_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "IdentitySuggestion_personId_idx" ON "IdentitySuggestion"("personId");
CREATE INDEX "IdentitySuggestion_otherPersonId_idx" ON "IdentitySuggestion"("otherPersonId");
