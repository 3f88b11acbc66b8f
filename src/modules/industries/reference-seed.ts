import type { Db } from "../../db";
import { INDUSTRY_REFERENCE, type IndustryRecord } from "./reference-data";
import { REGION_REFERENCE, type RegionRecord } from "../regions/reference-data";
import { DEFAULT_INDUSTRY_GROUPS } from "../projects/industry-groups.data";

/** Fills the reference tables with what the repo ships when they are empty (first start, fresh test db). */
export async function ensureReferenceData(db: Db, county: { code: string; name: string }): Promise<void> {
  if ((await db.industryCode.count()) === 0) {
    await db.industryCode.createMany({ data: INDUSTRY_REFERENCE.map((r) => ({ ...r, description: r.description ?? "" })) });
  }
  if ((await db.region.count()) === 0) {
    await db.region.createMany({ data: REGION_REFERENCE.map((r) => ({ code: r.code, level: r.level, name: r.name, parentCode: r.parentCode })) });
  }
  // The shipped table stops at prefectures; the bureau's own county must always resolve.
  if (!(await db.region.findUnique({ where: { code: county.code } }))) {
    await db.region.create({ data: { code: county.code, level: 3, name: county.name, parentCode: `${county.code.slice(0, 4)}00` } });
  }
  if ((await db.industryGroup.count()) === 0) {
    await db.industryGroup.createMany({
      data: DEFAULT_INDUSTRY_GROUPS.map((g) => ({ name: g.name, sortOrder: g.sortOrder, industryCodes: [...g.industryCodes] })),
    });
  }
}

/** Loads a full GB/T 4754 table (import CLI); existing codes get the new names and descriptions. */
export async function upsertIndustryCodes(db: Db, records: readonly IndustryRecord[]): Promise<number> {
  await db.$transaction(
    async (tx) => {
      for (const r of records) {
        const data = { level: r.level, name: r.name, description: r.description ?? "", parentCode: r.parentCode, section: r.section };
        await tx.industryCode.upsert({ where: { code: r.code }, create: { code: r.code, ...data }, update: data });
      }
    },
    { timeout: 120_000 },
  );
  return records.length;
}

/** Loads a full administrative-division table (import CLI). */
export async function upsertRegions(db: Db, records: readonly RegionRecord[]): Promise<number> {
  await db.$transaction(
    async (tx) => {
      for (const r of records) {
        const data = { level: r.level, name: r.name, parentCode: r.parentCode };
        await tx.region.upsert({ where: { code: r.code }, create: { code: r.code, ...data }, update: data });
      }
    },
    { timeout: 120_000 },
  );
  return records.length;
}
