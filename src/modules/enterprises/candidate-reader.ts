import Database from "better-sqlite3";
import { databaseFilePath } from "../../database-url";
import { fromSqliteDate, prepared } from "../../db";
import { INVESTED_STAGES, type EnterpriseRow } from "./repository";

/**
 * Reads enterprises for matching through a read-only better-sqlite3 connection. Matching loads a few hundred
 * candidates with their industries and signals on every request; through the Prisma adapter that costs
 * ~100–400 ms, here a few ms (measured: `npm run bench -- match`). Read-only, WAL: it never blocks writers.
 * Rows come back in the same shape as the Prisma repository's, so the scorer cannot tell them apart.
 */
export class EnterpriseCandidateReader {
  private readonly db: Database.Database;

  constructor(databaseUrl: string) {
    this.db = new Database(databaseFilePath(databaseUrl), { readonly: true, fileMustExist: true });
    this.db.pragma("busy_timeout = 5000");
  }

  findByIds(ids: readonly number[]): EnterpriseRow[] {
    if (!ids.length) return [];
    const out: EnterpriseRow[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      // One fixed statement text per query (ids as a JSON array), prepared once.
      const slice = JSON.stringify(ids.slice(i, i + 500));
      const rows = prepared(this.db, `SELECT ${ENTERPRISE_COLUMNS} FROM "Enterprise" WHERE id IN (SELECT value FROM json_each(?))`).all(slice) as Record<string, unknown>[];
      const industries = prepared(
        this.db,
        `SELECT enterpriseId, code, kind, confidence, NULL AS evidence FROM "EnterpriseIndustry" WHERE enterpriseId IN (SELECT value FROM json_each(?)) ORDER BY kind, code`,
      ).all(slice) as { enterpriseId: number; code: string; kind: string; confidence: number; evidence: string | null }[];
      const signals = prepared(this.db, `SELECT * FROM "ExpansionSignal" WHERE enterpriseId IN (SELECT value FROM json_each(?)) ORDER BY occurredAt DESC`).all(
        slice,
      ) as Record<string, unknown>[];
      const chambers = new Map(
        (
          prepared(
            this.db,
            `SELECT c.id, c.name FROM "Chamber" c WHERE c.id IN (SELECT DISTINCT referrerChamberId FROM "Enterprise" WHERE id IN (SELECT value FROM json_each(?)))`,
          ).all(slice) as { id: number; name: string }[]
        ).map((c) => [c.id, c.name]),
      );
      const invested = prepared(
        this.db,
        `SELECT p.id, p.name, p.industryGroupName, p.updatedAt, p.investorEnterpriseId,
                (SELECT MAX(c.at) FROM "ProjectStageChange" c WHERE c.projectId = p.id AND c.toStage = '签约' AND c.status = 'applied') AS signedAt,
                (SELECT json_group_array(i.code) FROM "ProjectIndustry" i WHERE i.projectId = p.id) AS codes
         FROM "Project" p
         WHERE p.investorEnterpriseId IN (SELECT value FROM json_each(?)) AND p.deletedAt IS NULL AND p.stage IN (SELECT value FROM json_each(?))
         ORDER BY p.id`,
      ).all(slice, JSON.stringify(INVESTED_STAGES)) as {
        id: number;
        name: string;
        industryGroupName: string;
        updatedAt: unknown;
        investorEnterpriseId: number;
        signedAt: unknown;
        codes: string;
      }[];
      const byId = new Map<number, EnterpriseRow>();
      for (const r of rows) {
        const row = toRow(r);
        row.referrerChamber = row.referrerChamberId ? { name: chambers.get(row.referrerChamberId) ?? "" } : null;
        byId.set(row.id, row);
        out.push(row);
      }
      for (const i2 of industries) byId.get(i2.enterpriseId)?.industries.push(i2);
      for (const p of invested) {
        byId.get(p.investorEnterpriseId)?.investedProjects.push({
          id: p.id,
          name: p.name,
          industryGroupName: p.industryGroupName,
          updatedAt: fromSqliteDate(p.updatedAt) as Date,
          industries: (JSON.parse(p.codes) as string[]).map((code) => ({ code })),
          stageChanges: p.signedAt ? [{ at: fromSqliteDate(p.signedAt) as Date }] : [],
        });
      }
      for (const s of signals) {
        const owner = byId.get(s.enterpriseId as number);
        owner?.signals.push({
          id: s.id as number,
          enterpriseId: s.enterpriseId as number,
          type: s.type as string,
          occurredAt: fromSqliteDate(s.occurredAt) as Date,
          description: s.description as string,
          source: s.source as string,
          url: (s.url as string | null) ?? null,
          createdAt: fromSqliteDate(s.createdAt) as Date,
        });
      }
    }
    return out;
  }

  close(): void {
    this.db.close();
  }
}


/**
 * Every Enterprise column the scorer reads: all but searchText (the indexer's concatenated text, the widest
 * column). Inferred-code evidence is left out of the industry rows for the same reason.
 */
const ENTERPRISE_COLUMNS = [
  "id", "name", "normalizedName", "aliases", "creditCode", "externalId", "stockCode", "exchange", "listingStatus", "listingDate",
  "operatingStatus", "provinceCode", "provinceName", "cityCode", "cityName", "countyCode", "countyName", "industryCode", "industryLabels",
  "mainBusiness", "products", "registeredCapital", "revenue", "employees", "foundedAt", "contacts", "tags", "'' AS searchText", "source",
  "referrerChamberId", "referredAt", "deletedAt", "createdAt", "updatedAt",
].join(", ");

const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

function toRow(r: Record<string, unknown>): EnterpriseRow {
  return {
    ...(r as unknown as EnterpriseRow),
    aliases: json(r.aliases),
    industryLabels: json(r.industryLabels),
    products: json(r.products),
    contacts: json(r.contacts),
    tags: json(r.tags),
    listingDate: fromSqliteDate(r.listingDate),
    foundedAt: fromSqliteDate(r.foundedAt),
    deletedAt: fromSqliteDate(r.deletedAt),
    createdAt: fromSqliteDate(r.createdAt) as Date,
    updatedAt: fromSqliteDate(r.updatedAt) as Date,
    referredAt: fromSqliteDate(r.referredAt),
    industries: [],
    signals: [],
    referrerChamber: null,
    investedProjects: [],
  };
}
