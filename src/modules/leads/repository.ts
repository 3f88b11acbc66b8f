import type { Db, Tx } from "../../db";
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
 * The lead stored under a chamber's idempotency key. Raw SQL on purpose: this runs inside the write lock of
 * every submission, and a Prisma model query costs several times the CPU of the same raw statement.
 */
export async function findLeadByIdempotencyKey(db: Client, chamberId: number, idempotencyKey: string): Promise<SubmittedLeadRow | null> {
  const [row] = await db.$queryRawUnsafe<(Omit<SubmittedLeadRow, "enterprise"> & { enterpriseId: number | null; referrerChamberId: number | null })[]>(
    `SELECT l.id, l.chamberId, l.submittedVia, l.companyName, l.creditCode, l.status, l.rejectReason, l.reviewedAt, l.createdAt,
            l.requestHash, l.enterpriseId, e.referrerChamberId
     FROM "Lead" l LEFT JOIN "Enterprise" e ON e.id = l.enterpriseId
     WHERE l.chamberId = ? AND l.idempotencyKey = ?`,
    chamberId,
    idempotencyKey,
  );
  if (!row) return null;
  const { enterpriseId, referrerChamberId, ...lead } = row;
  return { ...lead, enterprise: enterpriseId ? { referrerChamberId } : null };
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

/**
 * Inserts a lead and its files. One raw INSERT ... RETURNING: submission is the hot path, and the driver
 * adapter stores Date parameters in the same text form as Prisma's own writes (checked by the tests that
 * filter on createdAt).
 */
export async function insertLead(tx: Tx, lead: NewLead, attachments: NewAttachment[]): Promise<{ id: number }> {
  const values: Record<string, unknown> = { ...lead, consent: lead.consent ? 1 : 0, candidates: JSON.stringify(lead.candidates), updatedAt: lead.createdAt };
  const columns = Object.keys(values);
  const [row] = await tx.$queryRawUnsafe<{ id: number }[]>(
    `INSERT INTO "Lead" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")}) RETURNING id`,
    ...columns.map((c) => values[c]),
  );
  if (attachments.length) {
    await tx.leadAttachment.createMany({ data: attachments.map((a) => ({ ...a, leadId: row.id, content: new Uint8Array(a.content) })) });
  }
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
  /** Bigrams of the name's core, matched as substrings of stored normalized names. */
  nameBigrams: string[];
}

/** Rows scored per submission: the best-ranked of the wide net (exact keys first, then most shared bigrams). */
const PROBE_LIMIT = 30;

/**
 * A rank for the wide net, as SQL: exact keys weigh most, then each core-name bigram found in the stored
 * normalized name. Terms for absent values are left out (a NULL would void the sum).
 */
function rankTerms(probe: CandidateProbe, columns: { creditCode: string; normalizedName: string }, phone: { sql: string; value: string } | null) {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (probe.creditCode) {
    terms.push(`IFNULL(${columns.creditCode} = ?, 0) * 100`);
    params.push(probe.creditCode);
  }
  terms.push(`(${columns.normalizedName} = ?) * 50`);
  params.push(probe.normalizedName);
  if (phone) {
    terms.push(phone.sql);
    params.push(phone.value);
  }
  for (const gram of probe.nameBigrams) {
    terms.push(`(instr(${columns.normalizedName}, ?) > 0)`);
    params.push(gram);
  }
  return { sql: terms.join(" + "), params };
}

/** The subscriber number: how a phone is looked for inside stored text (an area code may be spelled differently). */
function phoneProbe(phone: string): string {
  const parts = phone.split("-");
  return parts.length > 1 ? parts[1] : phone;
}

/**
 * Earlier leads that share the credit code, the normalized name, a core-name bigram or the phone, best
 * ranked first. Runs inside the submission's write transaction so two concurrent submissions see each other.
 */
export async function findLeadCandidateRows(tx: Client, probe: CandidateProbe): Promise<LeadCandidateRow[]> {
  const phone = probe.phone ? { sql: "IFNULL(l.contactPhone = ?, 0) * 50", value: probe.phone } : null;
  const rank = rankTerms(probe, { creditCode: "l.creditCode", normalizedName: "l.normalizedName" }, phone);
  return tx.$queryRawUnsafe<LeadCandidateRow[]>(
    `SELECT l.id, l.companyName, l.creditCode, l.contactPhone, l.status, l.createdAt, c.name AS chamberName, (${rank.sql}) AS hits
     FROM "Lead" l JOIN "Chamber" c ON c.id = l.chamberId
     WHERE hits > 0 ORDER BY hits DESC, l.id DESC LIMIT ${PROBE_LIMIT}`,
    ...rank.params,
  );
}

/**
 * Enterprises that share the credit code, the normalized name, a core-name bigram or a contact phone, best
 * ranked first. Reads the database, not the search index: an enterprise accepted a second ago must already
 * count, and the index may lag or be down. The scan is linear: fine for a county's library (tens of
 * thousands of enterprises); a library of millions would retrieve through the search engine instead.
 */
export async function findEnterpriseCandidateRows(db: Client, probe: CandidateProbe): Promise<EnterpriseCandidateRow[]> {
  // Contacts are a JSON column: the phone is looked for as text, then the scorer compares canonical phones.
  const phone = probe.phone ? { sql: "(instr(contacts, ?) > 0) * 50", value: phoneProbe(probe.phone) } : null;
  const rank = rankTerms(probe, { creditCode: "creditCode", normalizedName: "normalizedName" }, phone);
  const rows = await db.$queryRawUnsafe<{ id: number; name: string; creditCode: string | null; contacts: unknown }[]>(
    `SELECT id, name, creditCode, contacts, (${rank.sql}) AS hits FROM "Enterprise"
     WHERE deletedAt IS NULL AND hits > 0 ORDER BY hits DESC, id ASC LIMIT ${PROBE_LIMIT}`,
    ...rank.params,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    creditCode: r.creditCode,
    // The adapter hands JSON columns of raw queries back parsed; a plain TEXT would arrive as a string.
    phones: ((typeof r.contacts === "string" ? JSON.parse(r.contacts) : r.contacts) as { phone?: string }[] | null ?? [])
      .map((c) => c.phone)
      .filter((p): p is string => !!p),
  }));
}

/**
 * The first lead for a company: the earliest not rejected lead with the same credit code or already
 * accepted / merged into the enterprise holding that code. Raw SQL: it runs inside the submission's lock.
 */
export async function findOriginalLead(tx: Tx, creditCode: string, enterpriseId: number | null): Promise<{ id: number } | null> {
  const [row] = await tx.$queryRawUnsafe<{ id: number }[]>(
    `SELECT id FROM "Lead" WHERE (creditCode = ? OR enterpriseId = ?) AND status <> 'rejected' ORDER BY createdAt ASC, id ASC LIMIT 1`,
    creditCode,
    enterpriseId ?? -1,
  );
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
