-- The list endpoint's and the export's sort orders (GET /api/enterprises?sort=…, /api/enterprises/export):
-- without them every page of a sorted export scanned and sorted the whole table (0.24 s a page at 100k rows).
CREATE INDEX "Enterprise_deletedAt_updatedAt_id_idx" ON "Enterprise"("deletedAt", "updatedAt" DESC, "id");
CREATE INDEX "Enterprise_deletedAt_name_id_idx" ON "Enterprise"("deletedAt", "name", "id");
CREATE INDEX "Enterprise_deletedAt_registeredCapital_id_idx" ON "Enterprise"("deletedAt", "registeredCapital", "id");
CREATE INDEX "Enterprise_deletedAt_registeredCapital_desc_id_idx" ON "Enterprise"("deletedAt", "registeredCapital" DESC, "id");
