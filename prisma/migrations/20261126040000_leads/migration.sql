-- CreateTable
CREATE TABLE "Lead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chamberId" INTEGER NOT NULL,
    "submittedVia" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "creditCode" TEXT,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "industry" TEXT NOT NULL,
    "industryCode" TEXT,
    "investmentAmount" REAL,
    "landArea" REAL,
    "investmentType" TEXT,
    "intendedRegion" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "consent" BOOLEAN NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "rejectReason" TEXT,
    "reviewedBy" TEXT,
    "reviewedAt" DATETIME,
    "firstReviewedAt" DATETIME,
    "enterpriseId" INTEGER,
    "duplicateOfLeadId" INTEGER,
    "candidates" JSONB NOT NULL DEFAULT '[]',
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Lead_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Lead_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Lead_duplicateOfLeadId_fkey" FOREIGN KEY ("duplicateOfLeadId") REFERENCES "Lead" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadAttachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "leadId" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadAttachment_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadMergeHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "leadId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "before" JSONB,
    "leadValue" JSONB,
    "after" JSONB,
    "mergedBy" TEXT NOT NULL,
    "mergedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadMergeHistory_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable: referral credit. ADD COLUMN instead of the table rebuild `migrate diff` writes, so the
-- Enterprise table (and whatever later migrations add to it) is never copied and dropped.
ALTER TABLE "Enterprise" ADD COLUMN "referrerChamberId" INTEGER REFERENCES "Chamber" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Enterprise" ADD COLUMN "referredAt" DATETIME;

-- CreateIndex
CREATE INDEX "Lead_status_createdAt_idx" ON "Lead"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_chamberId_createdAt_idx" ON "Lead"("chamberId", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_creditCode_idx" ON "Lead"("creditCode");

-- CreateIndex
CREATE INDEX "Lead_normalizedName_idx" ON "Lead"("normalizedName");

-- CreateIndex
CREATE INDEX "Lead_contactPhone_idx" ON "Lead"("contactPhone");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_chamberId_idempotencyKey_key" ON "Lead"("chamberId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "LeadAttachment_leadId_idx" ON "LeadAttachment"("leadId");

-- CreateIndex
CREATE INDEX "LeadMergeHistory_leadId_idx" ON "LeadMergeHistory"("leadId");

-- CreateIndex
CREATE INDEX "LeadMergeHistory_enterpriseId_idx" ON "LeadMergeHistory"("enterpriseId");

