-- CreateTable
CREATE TABLE "Shortlist" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "projectId" INTEGER,
    "ownerId" INTEGER,
    "ownerApiKeyId" INTEGER,
    "ownerName" TEXT NOT NULL,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Shortlist_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Shortlist_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShortlistItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "shortlistId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT '待联系',
    "assigneeId" INTEGER,
    "dueDate" DATETIME,
    "score" REAL,
    "scoreBreakdown" JSONB NOT NULL DEFAULT '[]',
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ShortlistItem_shortlistId_fkey" FOREIGN KEY ("shortlistId") REFERENCES "Shortlist" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShortlistItem_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShortlistItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShortlistNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "itemId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ShortlistNote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ShortlistItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShortlistNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Shortlist_ownerId_deletedAt_idx" ON "Shortlist"("ownerId", "deletedAt");

-- CreateIndex
CREATE INDEX "Shortlist_ownerApiKeyId_deletedAt_idx" ON "Shortlist"("ownerApiKeyId", "deletedAt");

-- CreateIndex
CREATE INDEX "Shortlist_projectId_idx" ON "Shortlist"("projectId");

-- CreateIndex
CREATE INDEX "ShortlistItem_shortlistId_score_id_idx" ON "ShortlistItem"("shortlistId", "score", "id");

-- CreateIndex
CREATE INDEX "ShortlistItem_enterpriseId_idx" ON "ShortlistItem"("enterpriseId");

-- CreateIndex
CREATE INDEX "ShortlistItem_assigneeId_idx" ON "ShortlistItem"("assigneeId");

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistItem_shortlistId_enterpriseId_key" ON "ShortlistItem"("shortlistId", "enterpriseId");

-- CreateIndex
CREATE INDEX "ShortlistNote_itemId_createdAt_idx" ON "ShortlistNote"("itemId", "createdAt");

