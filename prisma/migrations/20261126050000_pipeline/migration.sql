-- CreateTable
CREATE TABLE "ProjectStageChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "fromStage" TEXT NOT NULL,
    "toStage" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'applied',
    "actor" TEXT NOT NULL,
    "actorId" INTEGER,
    "at" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "approvedBy" TEXT,
    "rejectedBy" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "appliedAt" DATETIME,
    CONSTRAINT "ProjectStageChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PreAssessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "investment" REAL,
    "landArea" REAL,
    "annualTax" REAL,
    "annualOutput" REAL,
    "jobs" INTEGER,
    "investmentPerMu" REAL,
    "taxPerMu" REAL,
    "thresholds" JSONB NOT NULL DEFAULT '{}',
    "metricChecks" JSONB NOT NULL DEFAULT '[]',
    "committeeDecidedAt" DATETIME NOT NULL,
    "committeeMembers" JSONB NOT NULL DEFAULT '[]',
    "result" TEXT NOT NULL,
    "vetoed" BOOLEAN NOT NULL DEFAULT false,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "PreAssessment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PreAssessmentItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assessmentId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "veto" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PreAssessmentItem_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "PreAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectApproval" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "meeting" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ProjectApproval_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "parties" JSONB NOT NULL DEFAULT '[]',
    "signedAt" DATETIME,
    "committedInvestment" REAL,
    "depositAmount" REAL,
    "depositDueDate" DATETIME,
    "depositPaidAt" DATETIME,
    "terminatedAt" DATETIME,
    "terminationReason" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Agreement_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementMilestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "doneAt" DATETIME,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AgreementMilestone_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GovernmentCommitment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "policyItem" TEXT NOT NULL,
    "dueDate" DATETIME,
    "deliveredAt" DATETIME,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "GovernmentCommitment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackingReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "progress" TEXT NOT NULL,
    "helpRequested" TEXT NOT NULL DEFAULT '',
    "industryDept" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    CONSTRAINT "TrackingReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackingProblem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "assignedUnit" TEXT,
    "assignedAt" DATETIME,
    "closedAt" DATETIME,
    "closedBy" TEXT,
    "resolution" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "TrackingProblem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "TrackingReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrackingProblem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (hand-written: ADD COLUMN instead of Prisma's table rebuild, so columns other migrations add to
-- "Project" survive; SQLite accepts a REFERENCES clause on an added column whose default is NULL)
ALTER TABLE "Project" ADD COLUMN "investorEnterpriseId" INTEGER REFERENCES "Enterprise" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Project" ADD COLUMN "relaunchedFromId" INTEGER REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Project_investorEnterpriseId_idx" ON "Project"("investorEnterpriseId");

-- CreateIndex
CREATE INDEX "ProjectStageChange_projectId_at_idx" ON "ProjectStageChange"("projectId", "at");

-- CreateIndex
CREATE INDEX "ProjectStageChange_status_idx" ON "ProjectStageChange"("status");

-- CreateIndex
CREATE INDEX "ProjectStageChange_toStage_appliedAt_idx" ON "ProjectStageChange"("toStage", "appliedAt");

-- CreateIndex
CREATE INDEX "PreAssessment_projectId_createdAt_idx" ON "PreAssessment"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "PreAssessmentItem_assessmentId_idx" ON "PreAssessmentItem"("assessmentId");

-- CreateIndex
CREATE INDEX "ProjectApproval_projectId_idx" ON "ProjectApproval"("projectId");

-- CreateIndex
CREATE INDEX "Agreement_projectId_idx" ON "Agreement"("projectId");

-- CreateIndex
CREATE INDEX "Agreement_enterpriseId_idx" ON "Agreement"("enterpriseId");

-- CreateIndex
CREATE INDEX "AgreementMilestone_agreementId_idx" ON "AgreementMilestone"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementMilestone_kind_doneAt_idx" ON "AgreementMilestone"("kind", "doneAt");

-- CreateIndex
CREATE INDEX "GovernmentCommitment_agreementId_idx" ON "GovernmentCommitment"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingReport_projectId_periodStart_key" ON "TrackingReport"("projectId", "periodStart");

-- CreateIndex
CREATE INDEX "TrackingProblem_projectId_idx" ON "TrackingProblem"("projectId");

-- CreateIndex
CREATE INDEX "TrackingProblem_closedAt_idx" ON "TrackingProblem"("closedAt");

