-- AlterTable
ALTER TABLE "EnterpriseIndustry" ADD COLUMN "evidence" TEXT;

-- CreateTable
CREATE TABLE "UnsuitableMark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "markedBy" TEXT NOT NULL DEFAULT 'analyst',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "NegativeListEntry" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MatchRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "projectCount" INTEGER NOT NULL DEFAULT 0,
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'running',
    "message" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MatchRunEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "total" REAL NOT NULL,
    "signals" JSONB NOT NULL DEFAULT '[]',
    "isNew" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "MatchRunEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "MatchRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "UnsuitableMark_enterpriseId_idx" ON "UnsuitableMark"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "UnsuitableMark_projectId_enterpriseId_key" ON "UnsuitableMark"("projectId", "enterpriseId");

-- CreateIndex
CREATE INDEX "MatchRun_scope_createdAt_idx" ON "MatchRun"("scope", "createdAt");

-- CreateIndex
CREATE INDEX "MatchRunEntry_runId_projectId_rank_idx" ON "MatchRunEntry"("runId", "projectId", "rank");

-- CreateIndex
CREATE INDEX "MatchRunEntry_projectId_enterpriseId_idx" ON "MatchRunEntry"("projectId", "enterpriseId");

