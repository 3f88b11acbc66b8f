import { inChunks, type Db, type Tx } from "../../db";
import { industryCodeCondition } from "../industries/industry-filter";
import type { Prisma } from "../../generated/prisma/client";
import type { ListProjectsQuery } from "./schemas";

const withRelations = { industries: { orderBy: { code: "asc" } } } satisfies Prisma.ProjectInclude;
export type ProjectRow = Prisma.ProjectGetPayload<{ include: typeof withRelations }>;

/** Stored project fields (relations and ids apart). */
export type ProjectRecord = Omit<Prisma.ProjectUncheckedCreateInput, "id" | "industries" | "createdAt" | "updatedAt" | "deletedAt">;

export async function findProjectById(db: Db | Tx, id: number): Promise<ProjectRow | null> {
  return db.project.findUnique({ where: { id }, include: withRelations });
}

export async function findProjectsByIds(db: Db | Tx, ids: number[]): Promise<ProjectRow[]> {
  return inChunks(ids, (slice) => db.project.findMany({ where: { id: { in: slice } }, include: withRelations }));
}

export async function insertProject(tx: Tx, record: ProjectRecord, industryCodes: string[]): Promise<number> {
  const row = await tx.project.create({
    data: { ...record, industries: { create: [...new Set(industryCodes)].map((code) => ({ code })) } },
    select: { id: true },
  });
  return row.id;
}

export async function updateProjectRow(tx: Tx, id: number, record: Partial<ProjectRecord>, industryCodes?: string[]) {
  await tx.project.update({ where: { id }, data: record });
  if (industryCodes) {
    await tx.projectIndustry.deleteMany({ where: { projectId: id } });
    await tx.projectIndustry.createMany({ data: [...new Set(industryCodes)].map((code) => ({ projectId: id, code })) });
  }
}

export async function setProjectDeleted(tx: Tx, id: number, deletedAt: Date | null): Promise<void> {
  await tx.project.update({ where: { id }, data: { deletedAt } });
}

export async function industryGroupExists(db: Db | Tx, name: string): Promise<boolean> {
  return (await db.industryGroup.count({ where: { name } })) > 0;
}

export async function listIndustryGroups(db: Db) {
  return db.industryGroup.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

/** Next free code of the form ZS-<year>-<nnnn>. */
export async function nextProjectCode(tx: Tx, year: number): Promise<string> {
  const prefix = `ZS-${year}-`;
  const last = await tx.project.findFirst({ where: { code: { startsWith: prefix } }, orderBy: { code: "desc" }, select: { code: true } });
  const n = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(Number.isFinite(n) ? n : 1).padStart(4, "0")}`;
}

function buildWhere(q: ListProjectsQuery): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [];
  if (q.includeDeleted !== "true") and.push({ deletedAt: null });
  if (q.q) {
    and.push({
      OR: [
        { name: { contains: q.q } },
        { code: { contains: q.q } },
        { description: { contains: q.q } },
        { constructionContent: { contains: q.q } },
        { targetProfile: { contains: q.q } },
      ],
    });
  }
  if (q.industryGroup?.length) and.push({ industryGroupName: { in: q.industryGroup } });
  if (q.industry) and.push({ industries: { some: industryCodeCondition(q.industry) } });
  if (q.region) and.push({ countyCode: { startsWith: q.region } });
  if (q.stage?.length) and.push({ stage: { in: q.stage } });
  if (q.minInvestment !== undefined) and.push({ totalInvestment: { gte: q.minInvestment } });
  if (q.maxInvestment !== undefined) and.push({ totalInvestment: { lte: q.maxInvestment } });
  return { AND: and };
}

const SORTS: Record<ListProjectsQuery["sort"], Prisma.ProjectOrderByWithRelationInput[]> = {
  id: [{ id: "asc" }],
  "-id": [{ id: "desc" }],
  code: [{ code: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  totalInvestment: [{ totalInvestment: "asc" }, { id: "asc" }],
  "-totalInvestment": [{ totalInvestment: "desc" }, { id: "asc" }],
  "-updatedAt": [{ updatedAt: "desc" }, { id: "asc" }],
};

export async function listProjectRows(db: Db, q: ListProjectsQuery) {
  const where = buildWhere(q);
  const [rows, total] = await Promise.all([
    db.project.findMany({ where, include: withRelations, orderBy: SORTS[q.sort], take: q.limit, skip: q.offset }),
    db.project.count({ where }),
  ]);
  return { rows, total };
}
