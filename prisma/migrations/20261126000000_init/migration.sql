-- CreateTable
CREATE TABLE "Enterprise" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "aliases" JSONB NOT NULL DEFAULT '[]',
    "creditCode" TEXT,
    "externalId" TEXT,
    "stockCode" TEXT,
    "exchange" TEXT,
    "listingStatus" TEXT NOT NULL DEFAULT 'unlisted',
    "listingDate" DATETIME,
    "operatingStatus" TEXT NOT NULL DEFAULT '存续',
    "provinceCode" TEXT,
    "provinceName" TEXT,
    "cityCode" TEXT,
    "cityName" TEXT,
    "countyCode" TEXT,
    "countyName" TEXT,
    "industryCode" TEXT,
    "industryLabels" JSONB NOT NULL DEFAULT '[]',
    "mainBusiness" TEXT,
    "products" JSONB NOT NULL DEFAULT '[]',
    "registeredCapital" REAL,
    "revenue" REAL,
    "employees" INTEGER,
    "foundedAt" DATETIME,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "tags" JSONB NOT NULL DEFAULT '[]',
    "searchText" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'manual',
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EnterpriseIndustry" (
    "enterpriseId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'secondary',
    "confidence" REAL NOT NULL DEFAULT 1,

    PRIMARY KEY ("enterpriseId", "code"),
    CONSTRAINT "EnterpriseIndustry_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExpansionSignal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enterpriseId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "description" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "url" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExpansionSignal_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndustryGroup" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "industryCodes" JSONB NOT NULL DEFAULT '[]'
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industryGroupName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "constructionContent" TEXT NOT NULL DEFAULT '',
    "countyCode" TEXT,
    "countyName" TEXT,
    "township" TEXT,
    "park" TEXT,
    "totalInvestment" REAL,
    "landArea" REAL,
    "cooperationModes" JSONB NOT NULL DEFAULT '[]',
    "expectedOutput" REAL,
    "expectedTax" REAL,
    "expectedJobs" INTEGER,
    "targetProfile" TEXT NOT NULL DEFAULT '',
    "preferredIndustries" JSONB NOT NULL DEFAULT '[]',
    "preferredRegions" JSONB NOT NULL DEFAULT '[]',
    "minInvestorCapital" REAL,
    "stage" TEXT NOT NULL DEFAULT '策划',
    "responsibleUnits" JSONB NOT NULL DEFAULT '[]',
    "contactPerson" TEXT,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_industryGroupName_fkey" FOREIGN KEY ("industryGroupName") REFERENCES "IndustryGroup" ("name") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectIndustry" (
    "projectId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,

    PRIMARY KEY ("projectId", "code"),
    CONSTRAINT "ProjectIndustry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndustryCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parentCode" TEXT,
    "section" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "op" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_creditCode_key" ON "Enterprise"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_externalId_key" ON "Enterprise"("externalId");

-- CreateIndex
CREATE INDEX "Enterprise_normalizedName_idx" ON "Enterprise"("normalizedName");

-- CreateIndex
CREATE INDEX "Enterprise_provinceCode_idx" ON "Enterprise"("provinceCode");

-- CreateIndex
CREATE INDEX "Enterprise_industryCode_idx" ON "Enterprise"("industryCode");

-- CreateIndex
CREATE INDEX "Enterprise_deletedAt_idx" ON "Enterprise"("deletedAt");

-- CreateIndex
CREATE INDEX "EnterpriseIndustry_code_idx" ON "EnterpriseIndustry"("code");

-- CreateIndex
CREATE INDEX "ExpansionSignal_enterpriseId_occurredAt_idx" ON "ExpansionSignal"("enterpriseId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_industryGroupName_idx" ON "Project"("industryGroupName");

-- CreateIndex
CREATE INDEX "Project_stage_idx" ON "Project"("stage");

-- CreateIndex
CREATE INDEX "Project_deletedAt_idx" ON "Project"("deletedAt");

-- CreateIndex
CREATE INDEX "ProjectIndustry_code_idx" ON "ProjectIndustry"("code");

-- CreateIndex
CREATE INDEX "IndustryCode_parentCode_idx" ON "IndustryCode"("parentCode");

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE INDEX "Region_name_idx" ON "Region"("name");

-- CreateIndex
CREATE INDEX "OutboxEvent_processedAt_id_idx" ON "OutboxEvent"("processedAt", "id");

