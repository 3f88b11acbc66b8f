-- Dedup keys: what a new chamber lead is compared against, as an index instead of a table scan.
-- One row per (key, kind, refId): kind 0 = Enterprise, 1 = Lead; keys are 'n:' + each two-character
-- substring of normalizedName (a one-character name is its own key) and 't:' + the last seven digits of a
-- phone. Triggers keep the table in step with every write path (API, imports, merges, seeds, raw SQL), in
-- the same transaction as the write. Soft-deleted enterprises carry no keys. Names are indexed up to 65
-- characters (positions come from json_each over 1..64: a trigger cannot use WITH RECURSIVE).
CREATE TABLE "DedupKey" (
    "key" TEXT NOT NULL,
    "kind" INTEGER NOT NULL,
    "refId" INTEGER NOT NULL,
    PRIMARY KEY ("key", "kind", "refId")
) WITHOUT ROWID;
CREATE INDEX "DedupKey_kind_refId_idx" ON "DedupKey"("kind", "refId");

-- The first lead for a company is looked up by credit code or by the enterprise it became.
CREATE INDEX "Lead_enterpriseId_idx" ON "Lead"("enterpriseId");

CREATE TRIGGER "Enterprise_dedup_insert" AFTER INSERT ON "Enterprise"
BEGIN
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 'n:' || substr(new."normalizedName", p.value, 2), 0, new."id" FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64]') p
  WHERE p.value < length(new."normalizedName") AND new."deletedAt" IS NULL
  UNION ALL SELECT 'n:' || new."normalizedName", 0, new."id" WHERE length(new."normalizedName") = 1 AND new."deletedAt" IS NULL;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 't:' || substr(d, -7), 0, id
  FROM (SELECT new."id" AS id, replace(replace(replace(replace(replace(replace(replace(json_extract(c.value, '$.phone'), ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '（', ''), '）', '') AS d
        FROM json_each(new."contacts") c WHERE json_type(c.value) = 'object' AND new."deletedAt" IS NULL)
  WHERE length(d) >= 7;
END;

CREATE TRIGGER "Enterprise_dedup_update" AFTER UPDATE OF "normalizedName", "contacts", "deletedAt" ON "Enterprise"
BEGIN
  DELETE FROM "DedupKey" WHERE "kind" = 0 AND "refId" = old."id";
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 'n:' || substr(new."normalizedName", p.value, 2), 0, new."id" FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64]') p
  WHERE p.value < length(new."normalizedName") AND new."deletedAt" IS NULL
  UNION ALL SELECT 'n:' || new."normalizedName", 0, new."id" WHERE length(new."normalizedName") = 1 AND new."deletedAt" IS NULL;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 't:' || substr(d, -7), 0, id
  FROM (SELECT new."id" AS id, replace(replace(replace(replace(replace(replace(replace(json_extract(c.value, '$.phone'), ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '（', ''), '）', '') AS d
        FROM json_each(new."contacts") c WHERE json_type(c.value) = 'object' AND new."deletedAt" IS NULL)
  WHERE length(d) >= 7;
END;

CREATE TRIGGER "Enterprise_dedup_delete" AFTER DELETE ON "Enterprise"
BEGIN
  DELETE FROM "DedupKey" WHERE "kind" = 0 AND "refId" = old."id";
END;

CREATE TRIGGER "Lead_dedup_insert" AFTER INSERT ON "Lead"
BEGIN
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 'n:' || substr(new."normalizedName", p.value, 2), 1, new."id" FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64]') p
  WHERE p.value < length(new."normalizedName")
  UNION ALL SELECT 'n:' || new."normalizedName", 1, new."id" WHERE length(new."normalizedName") = 1;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 't:' || substr(d, -7), 1, id FROM (SELECT new."id" AS id, replace(replace(replace(replace(replace(replace(replace(new."contactPhone", ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '（', ''), '）', '') AS d) WHERE length(d) >= 7;
END;

CREATE TRIGGER "Lead_dedup_update" AFTER UPDATE OF "normalizedName", "contactPhone" ON "Lead"
BEGIN
  DELETE FROM "DedupKey" WHERE "kind" = 1 AND "refId" = old."id";
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 'n:' || substr(new."normalizedName", p.value, 2), 1, new."id" FROM json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64]') p
  WHERE p.value < length(new."normalizedName")
  UNION ALL SELECT 'n:' || new."normalizedName", 1, new."id" WHERE length(new."normalizedName") = 1;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 't:' || substr(d, -7), 1, id FROM (SELECT new."id" AS id, replace(replace(replace(replace(replace(replace(replace(new."contactPhone", ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '（', ''), '）', '') AS d) WHERE length(d) >= 7;
END;

CREATE TRIGGER "Lead_dedup_delete" AFTER DELETE ON "Lead"
BEGIN
  DELETE FROM "DedupKey" WHERE "kind" = 1 AND "refId" = old."id";
END;

-- Rows that exist already get the same keys the triggers write.
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 'n:' || substr(e."normalizedName", p.value, 2), 0, e."id" FROM "Enterprise" e, json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64]') p
  WHERE p.value < length(e."normalizedName") AND e."deletedAt" IS NULL
  UNION ALL SELECT 'n:' || e."normalizedName", 0, e."id" FROM "Enterprise" e WHERE length(e."normalizedName") = 1 AND e."deletedAt" IS NULL;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 't:' || substr(d, -7), 0, id
  FROM (SELECT e."id" AS id, replace(replace(replace(replace(replace(replace(replace(json_extract(c.value, '$.phone'), ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '（', ''), '）', '') AS d
        FROM "Enterprise" e, json_each(e."contacts") c WHERE json_type(c.value) = 'object' AND e."deletedAt" IS NULL)
  WHERE length(d) >= 7;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 'n:' || substr(l."normalizedName", p.value, 2), 1, l."id" FROM "Lead" l, json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64]') p
  WHERE p.value < length(l."normalizedName")
  UNION ALL SELECT 'n:' || l."normalizedName", 1, l."id" FROM "Lead" l WHERE length(l."normalizedName") = 1;
  INSERT OR IGNORE INTO "DedupKey" ("key", "kind", "refId")
  SELECT 't:' || substr(d, -7), 1, id FROM (SELECT l."id" AS id, replace(replace(replace(replace(replace(replace(replace(l."contactPhone", ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '（', ''), '）', '') AS d FROM "Lead" l) WHERE length(d) >= 7;
