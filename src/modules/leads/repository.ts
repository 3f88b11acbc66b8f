import { fromSqliteDate, prepared, sqliteDate, type Db, type SqliteConnection, type Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { EnterpriseCandidateRow, LeadCandidateRow } from "./dedup";
import type { ListLeadsQuery, LeadStatus } from "./schemas";

type Client = Db | Tx;

export const leadInclude = {
  chamber: { select: { id: true, name: true } },
  attachments: { select: { id: true, filename: true, mime: true, size: true, sha256: true }, orderBy: { id: "asc" } },
} satisfies Prisma.LeadInclude;

export type LeadRow = Prisma.LeadGetPayload<{ include: typeof leadInclude }>;

export interface NewAttachment {
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export async function findLeadById(db: Client, id: number): Promise<LeadRow | null> {
  return db.lead.findUnique({ where: { id }, include: leadInclude });
}

/** What a chamber sees of a lead, plus what an idempotent replay needs to compare. */
export interface SubmittedLeadRow {
  id: number;
  chamberId: number;
  submittedVia: string;
  companyName: string;
  creditCode: string | null;
  status: string;
  rejectReason: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  requestHash: string | null;
  enterprise: { referrerChamberId: number | null } | null;
}

/**
 * The lead stored under a chamber's idempotency key. Like every statement of the submission path it runs on
 * the raw connection (see sqliteConnection in src/db.ts): submission is the hot path.
 */
export function findLeadByIdempotencyKey(conn: SqliteConnection, chamberId: number, idempotencyKey: string): SubmittedLeadRow | null {
  const row = prepared(
    conn,
    `SELECT l.id, l.chamberId, l.submittedVia, l.companyName, l.creditCode, l.status, l.rejectReason, l.reviewedAt, l.createdAt,
            l.requestHash, l.enterpriseId, e.referrerChamberId
     FROM "Lead" l LEFT JOIN "Enterprise" e ON e.id = l.enterpriseId
     WHERE l.chamberId = ? AND l.idempotencyKey = ?`,
  ).get(chamberId, idempotencyKey) as
    | (Omit<SubmittedLeadRow, "enterprise" | "createdAt" | "reviewedAt"> & { createdAt: string; reviewedAt: string | null; enterpriseId: number | null; referrerChamberId: number | null })
    | undefined;
  if (!row) return null;
  const { enterpriseId, referrerChamberId, createdAt, reviewedAt, ...lead } = row;
  return {
    ...lead,
    createdAt: fromSqliteDate(createdAt) as Date,
    reviewedAt: fromSqliteDate(reviewedAt),
    enterprise: enterpriseId ? { referrerChamberId } : null,
  };
}

export interface NewLead {
  chamberId: number;
  submittedVia: "api" | "form";
  companyName: string;
  normalizedName: string;
  creditCode: string | null;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
  industry: string;
  industryCode: string | null;
  investmentAmount: number | null;
  landArea: number | null;
  investmentType: string | null;
  intendedRegion: string | null;
  description: string;
  consent: boolean;
  consentAt: Date;
  status: string;
  duplicateOfLeadId: number | null;
  candidates: unknown[];
  idempotencyKey: string | null;
  requestHash: string;
  createdAt: Date;
}

/** Inserts a lead and its files (prepared INSERTs on the raw connection, dates in the adapter's format). */
export function insertLead(conn: SqliteConnection, lead: NewLead, attachments: NewAttachment[]): { id: number } {
  const values: Record<string, unknown> = {
    ...lead,
    consent: lead.consent ? 1 : 0,
    consentAt: sqliteDate(lead.consentAt),
    createdAt: sqliteDate(lead.createdAt),
    updatedAt: sqliteDate(lead.createdAt),
    candidates: JSON.stringify(lead.candidates),
  };
  const columns = Object.keys(values);
  const row = prepared(conn, `INSERT INTO "Lead" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")}) RETURNING id`).get(
    ...columns.map((c) => values[c]),
  ) as { id: number };
  const insertFile = prepared(conn, `INSERT INTO "LeadAttachment" ("leadId", "filename", "mime", "size", "sha256", "content", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const a of attachments) insertFile.run(row.id, a.filename, a.mime, a.size, a.sha256, a.content, values.createdAt);
  return row;
}

export async function updateLead(tx: Tx, id: number, data: Prisma.LeadUncheckedUpdateInput): Promise<LeadRow> {
  return tx.lead.update({ where: { id }, data, include: leadInclude });
}

/** Leads that have waited past the deadline without a first review (every review action sets firstReviewedAt). */
function overdueCondition(cutoff: Date): Prisma.LeadWhereInput {
  return { firstReviewedAt: null, createdAt: { lt: cutoff } };
}

export async function listLeadRows(
  db: Db,
  q: Omit<ListLeadsQuery, "limit" | "offset" | "sort"> & { chamberId?: number; statuses?: LeadStatus[] },
  page: { limit: number; offset: number; newestFirst: boolean },
  overdueCutoff: Date,
): Promise<{ rows: LeadRow[]; total: number }> {
  const and: Prisma.LeadWhereInput[] = [];
  if (q.statuses?.length) and.push({ status: { in: q.statuses } });
  if (q.chamberId) and.push({ chamberId: q.chamberId });
  if (q.q) and.push({ companyName: { contains: q.q } });
  if (q.overdue === "true") and.push(overdueCondition(overdueCutoff));
  if (q.overdue === "false") and.push({ NOT: overdueCondition(overdueCutoff) });
  const where = { AND: and };
  const order = page.newestFirst ? "desc" : "asc";
  const [rows, total] = await Promise.all([
    db.lead.findMany({ where, include: leadInclude, orderBy: [{ createdAt: order }, { id: order }], take: page.limit, skip: page.offset }),
    db.lead.count({ where }),
  ]);
  return { rows, total };
}

export async function listChamberLeadRows(db: Db, chamberId: number, statuses: LeadStatus[] | undefined, limit: number, offset: number) {
  const where: Prisma.LeadWhereInput = { chamberId, ...(statuses?.length ? { status: { in: statuses } } : {}) };
  const [rows, total] = await Promise.all([
    db.lead.findMany({
      where,
      select: {
        id: true, submittedVia: true, companyName: true, creditCode: true, status: true, rejectReason: true, reviewedAt: true,
        createdAt: true, chamberId: true, enterprise: { select: { referrerChamberId: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      skip: offset,
    }),
    db.lead.count({ where }),
  ]);
  return { rows, total };
}

export interface CandidateProbe {
  creditCode: string | null;
  normalizedName: string;
  phone: string | null;
  /** Bigrams of the name's core, looked up among the stored names' bigrams (DedupKey 'n:' keys). */
  nameBigrams: string[];
}

/** Rows scored per submission: the best-ranked of the wide net (exact keys first, then most shared keys). */
const PROBE_LIMIT = 30;
/**
 * A key found on more rows than this is "common" (a bigram like 科技 or 发展). Candidates come from the rare
 * keys, read in full, ranked by the rare keys they hold; only when every key is common are
 * the newest NEWEST_PER_COMMON_KEY rows of each key read instead. So the work per submission stays bounded
 * however large the tables grow.
 */
const COMMON_KEY_ROWS = 100;
const NEWEST_PER_COMMON_KEY = 300;
const DEDUP_KIND = { Enterprise: 0, Lead: 1 } as const;
/** Rank weights: the same credit code, the same normalized name, a shared phone, each shared name bigram. */
const WEIGHT = { creditCode: 100, normalizedName: 50, phone: 50, bigram: 1 };
const keyWeight = (key: string) => `CASE WHEN substr(${key}, 1, 2) = 't:' THEN ${WEIGHT.phone} ELSE ${WEIGHT.bigram} END`;

/** The last seven digits of a phone: the DedupKey 't:' key (area codes and country prefixes are spelled variously). */
function phoneTail(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 7 ? digits.slice(-7) : null;
}

/** The probe's DedupKey keys: 'n:' + each core-name bigram, 't:' + the phone's last seven digits. */
function probeKeys(probe: CandidateProbe): string[] {
  const keys = probe.nameBigrams.map((g) => `n:${g}`);
  const tail = probe.phone ? phoneTail(probe.phone) : null;
  if (tail) keys.push(`t:${tail}`);
  return keys;
}

/**
 * The best-ranked candidate ids of one table: rows with the same credit code or normalized name, plus rows
 * sharing the probe's DedupKey keys (kept by triggers, see the dedup_keys migration). Index lookups only.
 */
function rankedCandidateIds(conn: SqliteConnection, table: "Enterprise" | "Lead", probe: CandidateProbe): number[] {
  const kind = DEDUP_KIND[table];
  const rank = new Map<number, number>();
  const add = (id: number, weight: number) => rank.set(id, (rank.get(id) ?? 0) + weight);
  for (const { id } of prepared(conn, `SELECT id FROM "${table}" WHERE normalizedName = ?`).all(probe.normalizedName) as { id: number }[]) {
    add(id, WEIGHT.normalizedName);
  }
  if (probe.creditCode) {
    for (const { id } of prepared(conn, `SELECT id FROM "${table}" WHERE creditCode = ?`).all(probe.creditCode) as { id: number }[]) add(id, WEIGHT.creditCode);
  }
  const keys = probeKeys(probe);
  if (keys.length) {
    const json = JSON.stringify(keys);
    const counts = prepared(
      conn,
      `SELECT j.value AS key, (SELECT COUNT(*) FROM (SELECT 1 FROM "DedupKey" d WHERE d."key" = j.value AND d."kind" = ? LIMIT ${COMMON_KEY_ROWS + 1})) AS n
       FROM json_each(?) j`,
    ).all(kind, json) as { key: string; n: number }[];
    const rare = counts.filter((c) => c.n <= COMMON_KEY_ROWS).map((c) => c.key);
    if (rare.length) {
      // Rows holding rare keys, ranked by how many (and which) rare keys they hold: a common key adds little
      // to tell candidates apart, and counting it for every candidate cost more than the rest together. The
      // scorer then compares the names of the best PROBE_LIMIT in full. (CROSS JOIN: one primary-key range
      // (key, kind) per rare key; SQLite would otherwise walk the whole (kind, refId) index.)
      const rows = prepared(
        conn,
        `SELECT d."refId" AS id, SUM(${keyWeight('d."key"')}) AS hits
         FROM json_each(?) j CROSS JOIN "DedupKey" d ON d."key" = j.value AND d."kind" = ?
         GROUP BY d."refId" ORDER BY hits DESC, d."refId" DESC LIMIT ${2 * PROBE_LIMIT}`,
      ).all(JSON.stringify(rare), kind) as { id: number; hits: number }[];
      for (const r of rows) add(r.id, r.hits);
    } else {
      const newest = prepared(conn, `SELECT "refId" AS id, ${keyWeight('"key"')} AS hits FROM "DedupKey" WHERE "key" = ? AND "kind" = ? ORDER BY "refId" DESC LIMIT ${NEWEST_PER_COMMON_KEY}`);
      for (const key of keys) for (const r of newest.all(key, kind) as { id: number; hits: number }[]) add(r.id, r.hits);
    }
  }
  // Best rank first; ties: newest lead / oldest enterprise first (the order the scorer's ties then keep).
  const tie = table === "Lead" ? -1 : 1;
  return [...rank].sort((a, b) => b[1] - a[1] || tie * (a[0] - b[0])).slice(0, PROBE_LIMIT).map(([id]) => id);
}

const LEAD_CANDIDATE_COLUMNS = `l.id, l.companyName, l.creditCode, l.contactPhone, l.status, l.createdAt, c.name AS chamberName`;

function toLeadCandidate(row: Omit<LeadCandidateRow, "createdAt"> & { createdAt: string }): LeadCandidateRow {
  return { ...row, createdAt: fromSqliteDate(row.createdAt) as Date };
}

/**
 * Earlier leads that share the credit code, the normalized name, a core-name bigram or the phone, best
 * ranked first, and the newest lead id at the time of reading (see findLeadRowsAfter).
 */
export function findLeadCandidateRows(conn: SqliteConnection, probe: CandidateProbe): { rows: LeadCandidateRow[]; maxLeadId: number } {
  const { maxId } = prepared(conn, `SELECT MAX(id) AS maxId FROM "Lead"`).get() as { maxId: number | null };
  const ids = rankedCandidateIds(conn, "Lead", probe);
  const rows = prepared(conn, `SELECT ${LEAD_CANDIDATE_COLUMNS} FROM "Lead" l JOIN "Chamber" c ON c.id = l.chamberId WHERE l.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as (Omit<LeadCandidateRow, "createdAt"> & { createdAt: string })[];
  return { rows: rows.map(toLeadCandidate), maxLeadId: maxId ?? 0 };
}

/**
 * Leads stored after `afterId`: read inside the submission's write lock, they are the ones that committed
 * between the unlocked candidate search and the lock (a handful at most), so two concurrent submissions of
 * one company still see each other.
 */
export function findLeadRowsAfter(conn: SqliteConnection, afterId: number): LeadCandidateRow[] {
  const rows = prepared(conn, `SELECT ${LEAD_CANDIDATE_COLUMNS} FROM "Lead" l JOIN "Chamber" c ON c.id = l.chamberId WHERE l.id > ? ORDER BY l.id`).all(
    afterId,
  ) as (Omit<LeadCandidateRow, "createdAt"> & { createdAt: string })[];
  return rows.map(toLeadCandidate);
}

/**
 * Enterprises that share the credit code, the normalized name, a core-name bigram or a contact phone, best
 * ranked first. Reads the database, not the search index: an enterprise accepted a second ago must already
 * count, and the index may lag or be down.
 */
export function findEnterpriseCandidateRows(conn: SqliteConnection, probe: CandidateProbe): EnterpriseCandidateRow[] {
  const ids = rankedCandidateIds(conn, "Enterprise", probe);
  const rows = prepared(conn, `SELECT id, name, creditCode, contacts FROM "Enterprise" WHERE deletedAt IS NULL AND id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as { id: number; name: string; creditCode: string | null; contacts: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    creditCode: r.creditCode,
    phones: ((r.contacts ? JSON.parse(r.contacts) : []) as { phone?: string }[])
      .map((c) => c.phone)
      .filter((p): p is string => !!p),
  }));
}

/**
 * The first lead for a company: the earliest not rejected lead with the same credit code or already
 * accepted / merged into the enterprise holding that code. Raw SQL: it runs inside the submission's lock.
 */
export function findOriginalLead(conn: SqliteConnection, creditCode: string, enterpriseId: number | null): { id: number } | null {
  const row = prepared(
    conn,
    `SELECT id FROM "Lead" WHERE (creditCode = ? OR enterpriseId = ?) AND status <> 'rejected' ORDER BY createdAt ASC, id ASC LIMIT 1`,
  ).get(creditCode, enterpriseId ?? -1) as { id: number } | undefined;
  return row ?? null;
}

export async function findChamber(db: Client, id: number): Promise<{ id: number; name: string } | null> {
  return db.chamber.findUnique({ where: { id }, select: { id: true, name: true } });
}

// ───────────── referral credit (columns this module owns on Enterprise) ─────────────

export async function findReferral(db: Client, enterpriseId: number) {
  return db.enterprise.findUnique({
    where: { id: enterpriseId },
    select: { id: true, name: true, referrerChamberId: true, referredAt: true, referrerChamber: { select: { name: true } } },
  });
}

export async function setReferral(tx: Tx, enterpriseId: number, chamberId: number, referredAt: Date): Promise<void> {
  await tx.enterprise.update({ where: { id: enterpriseId }, data: { referrerChamberId: chamberId, referredAt } });
}

/** The lead's investment intention as an expansion signal of the enterprise (matching weighs recent ones). */
export async function insertInvestmentSignal(tx: Tx, enterpriseId: number, signal: { occurredAt: Date; description: string; source: string }) {
  await tx.expansionSignal.create({ data: { enterpriseId, type: "investment", ...signal } });
}

// ───────────── merge history, attachments, stats ─────────────

export async function insertMergeHistory(tx: Tx, rows: Prisma.LeadMergeHistoryUncheckedCreateInput[]): Promise<void> {
  if (rows.length) await tx.leadMergeHistory.createMany({ data: rows });
}

export async function listMergeHistory(db: Client, leadId: number) {
  return db.leadMergeHistory.findMany({ where: { leadId }, orderBy: { id: "asc" } });
}

export async function findLeadSummary(db: Client, id: number) {
  return db.lead.findUnique({
    where: { id },
    select: { id: true, companyName: true, status: true, createdAt: true, chamber: { select: { name: true } } },
  });
}

export async function findAttachment(db: Db, leadId: number, attachmentId: number) {
  return db.leadAttachment.findFirst({ where: { id: attachmentId, leadId } });
}

export async function leadTimings(db: Db, since: Date | undefined) {
  return db.lead.findMany({
    where: since ? { createdAt: { gte: since } } : {},
    select: { id: true, companyName: true, status: true, createdAt: true, firstReviewedAt: true, chamberId: true, chamber: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
}
