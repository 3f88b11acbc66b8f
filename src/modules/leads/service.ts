import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../../config";
import { lockForWrite, sqliteConnection, writeTransaction, type Db, type Tx } from "../../db";
import { AppError, badRequest, conflict, notFound } from "../../http/app-error";
import type { Page } from "../../http/pagination";
import { recordAudit, recordAuditOn, type Actor } from "../auth";
import {
  confirmedCodes,
  createEnterpriseBody,
  createEnterpriseInTx,
  findEnterpriseById,
  findEnterprisesByKeys,
  normalizeEnterpriseName,
  rowToRecord,
  updateEnterpriseInTx,
} from "../enterprises";
import type { RegionDirectory } from "../regions/region-directory";
import type { IndustryNames } from "../industries/industry-names";
import { inferEnterpriseCodes, matchesForEnterprise, storeInferredCodes, type MatchingDeps } from "../matching";
import { nameProbeBigrams, scoreDedupCandidates, type DedupSubject } from "./dedup";
import { signFormLink } from "./form-link";
import { compareForMerge, planMerge, type MergeLead } from "./merge-plan";
import * as repo from "./repository";
import { computeResponseStats, dueAt, isOverdue } from "./response-stats";
import {
  LEAD_STATUS_LABELS,
  MERGE_FIELD_LABELS,
  type ChamberLeadView,
  type DedupCandidate,
  type LeadDetailView,
  type LeadStatus,
  type LeadSubmission,
  type LeadView,
  type ListLeadsQuery,
  type MergeBody,
  type MergeField,
  type MyLeadsQuery,
} from "./schemas";

export interface LeadDeps {
  db: Db;
  regions: RegionDirectory;
  industryNames: IndustryNames;
  leads: Config["leads"];
  /** Injectable clock (tests). */
  now?: () => Date;
}

/** Review needs the matching module too: an accepted lead answers with its matching projects. */
export interface LeadReviewDeps extends LeadDeps {
  matching: MatchingDeps;
}

const nowOf = (deps: LeadDeps) => deps.now?.() ?? new Date();
const statusLabel = (status: string) => LEAD_STATUS_LABELS[status as LeadStatus] ?? status;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Long enough to wait behind a burst of concurrent submissions for SQLite's single write lock. */
const TX_OPTIONS = { timeout: 30_000, maxWait: 30_000 };

// ───────────── views ─────────────

export function toLeadView(row: repo.LeadRow, deps: LeadDeps): LeadView {
  const now = nowOf(deps);
  return {
    id: row.id,
    chamber: row.chamber,
    submittedVia: row.submittedVia as LeadView["submittedVia"],
    companyName: row.companyName,
    creditCode: row.creditCode,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    industry: row.industry,
    industryCode: row.industryCode,
    investmentAmount: row.investmentAmount,
    landArea: row.landArea,
    investmentType: row.investmentType,
    intendedRegion: row.intendedRegion,
    description: row.description,
    consent: row.consent,
    consentAt: row.consentAt.toISOString(),
    status: row.status as LeadStatus,
    statusLabel: statusLabel(row.status),
    rejectReason: row.rejectReason,
    reviewedBy: row.reviewedBy,
    reviewedAt: iso(row.reviewedAt),
    firstReviewedAt: iso(row.firstReviewedAt),
    enterpriseId: row.enterpriseId,
    duplicateOfLeadId: row.duplicateOfLeadId,
    createdAt: row.createdAt.toISOString(),
    dueAt: dueAt(row.createdAt, deps.leads.reviewDeadlineDays).toISOString(),
    overdue: isOverdue(row, deps.leads.reviewDeadlineDays, now),
    candidateCount: (row.candidates as unknown[]).length,
    attachments: row.attachments,
  };
}

/** The lead as recorded in the audit trail: its fields without attachment bytes (they are in the lead itself). */
function auditImage(row: repo.LeadRow) {
  const { attachments, chamber, candidates, ...fields } = row;
  return { ...fields, chamberName: chamber.name, attachments: attachments.map(attachmentNote) };
}

const attachmentNote = (a: { filename: string; mime: string; size: number; sha256: string }) => `${a.filename} (${a.mime}, ${a.size} B, sha256 ${a.sha256})`;

// ───────────── submission ─────────────

export interface SubmitLeadCommand {
  chamberId: number;
  via: "api" | "form";
  input: LeadSubmission;
  attachments: repo.NewAttachment[];
  /** The Idempotency-Key header, or the form's submission id. */
  idempotencyKey: string | null;
  actor: Actor;
}

export interface SubmitLeadResult {
  /** What the submitting chamber may see of it. */
  lead: ChamberLeadView;
  /** False when an earlier submission with the same idempotency key is returned. */
  created: boolean;
}

function requestHash(input: LeadSubmission, attachments: repo.NewAttachment[]): string {
  const canonical = JSON.stringify({ input, attachments: attachments.map((a) => [a.filename, a.sha256]) });
  return crypto.createHash("sha256").update(canonical).digest("hex");
}

function replay(row: repo.SubmittedLeadRow, hash: string): SubmitLeadResult {
  if (row.requestHash !== hash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一份内容不同的提交；新的提交请使用新的键", 409, { leadId: row.id });
  }
  return { lead: toChamberLeadView(row), created: false };
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === "P2002" || /UNIQUE constraint failed/.test(e?.message ?? "");
}

/**
 * Stores a chamber's lead with its dedup candidates. A lead with the credit code of an earlier lead (or of the
 * enterprise an earlier lead became) arrives as a duplicate of it: the referral belongs to the first. The
 * idempotency check, the duplicate check and the insert share one write-locked transaction, so a retry racing
 * its original returns it, and two chambers submitting the same company at the same moment are ordered,
 * never both first. This is the hot path, so it runs on the raw connection (src/db.ts writeTransaction):
 * the candidate search (index lookups, DedupKey) before the transaction; inside it, synchronously, the
 * idempotency check, the leads stored since the search, the insert and its audit row.
 */
export async function submitLead(deps: LeadDeps, cmd: SubmitLeadCommand): Promise<SubmitLeadResult> {
  const { input, chamberId, idempotencyKey } = cmd;
  const hash = requestHash(input, cmd.attachments);
  const creditCode = input.creditCode ?? null;
  const probe: repo.CandidateProbe = {
    creditCode,
    normalizedName: normalizeEnterpriseName(input.companyName),
    phone: input.contactPhone ?? null,
    nameBigrams: nameProbeBigrams(input.companyName),
  };
  const subject: DedupSubject = { companyName: input.companyName, creditCode, contactPhone: probe.phone };
  // Candidates are read before the write lock, which then only has to catch up with the leads stored since.
  const conn = await sqliteConnection(deps.db);
  const enterprises = repo.findEnterpriseCandidateRows(conn, probe);
  const earlier = repo.findLeadCandidateRows(conn, probe);
  const now = nowOf(deps);
  const data: Omit<repo.NewLead, "status" | "duplicateOfLeadId" | "candidates"> = {
    chamberId,
    submittedVia: cmd.via,
    companyName: input.companyName,
    normalizedName: probe.normalizedName,
    creditCode,
    contactName: input.contactName,
    contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null,
    industry: input.industry,
    industryCode: input.industryCode ?? null,
    investmentAmount: input.investmentAmount ?? null,
    landArea: input.landArea ?? null,
    investmentType: input.investmentType ?? null,
    intendedRegion: input.intendedRegion ?? null,
    description: input.description,
    consent: true,
    consentAt: now,
    idempotencyKey,
    requestHash: hash,
    createdAt: now,
  };
  try {
    const outcome = await writeTransaction(deps.db, (conn) => {
      if (idempotencyKey) {
        const existing = repo.findLeadByIdempotencyKey(conn, chamberId, idempotencyKey);
        if (existing) return { existing };
      }
      const since = repo.findLeadRowsAfter(conn, earlier.maxLeadId);
      const candidates = scoreDedupCandidates(subject, enterprises, [...earlier.rows, ...since]);
      const enterpriseWithCode = creditCode ? enterprises.find((e) => e.creditCode === creditCode) : undefined;
      const original = creditCode ? repo.findOriginalLead(conn, creditCode, enterpriseWithCode?.id ?? null) : null;
      const status: LeadStatus = original ? "duplicate" : "received";
      const { id } = repo.insertLead(conn, { ...data, status, duplicateOfLeadId: original?.id ?? null, candidates }, cmd.attachments);
      recordAuditOn(
        conn,
        {
          action: "create",
          entityType: "Lead",
          entityId: id,
          after: { id, ...data, status, duplicateOfLeadId: original?.id ?? null, candidateCount: candidates.length, attachments: cmd.attachments.map(attachmentNote) },
        },
        cmd.actor,
      );
      return { created: { id, status } };
    });
    if (outcome.existing) return replay(outcome.existing, hash);
    const { id, status } = outcome.created as { id: number; status: LeadStatus };
    return {
      lead: toChamberLeadView({ ...data, id, status, rejectReason: null, reviewedAt: null, enterprise: null }),
      created: true,
    };
  } catch (err) {
    // Belt and braces: the check inside the transaction makes this unreachable within one process.
    if (idempotencyKey && isUniqueViolation(err)) {
      const existing = repo.findLeadByIdempotencyKey(conn, chamberId, idempotencyKey);
      if (existing) return replay(existing, hash);
    }
    throw err;
  }
}

// ───────────── reading ─────────────

export async function listLeads(deps: LeadDeps, q: ListLeadsQuery): Promise<Page<LeadView>> {
  const cutoff = new Date(nowOf(deps).getTime() - deps.leads.reviewDeadlineDays * 86_400_000);
  const { rows, total } = await repo.listLeadRows(
    deps.db,
    { ...q, statuses: q.status },
    { limit: q.limit, offset: q.offset, newestFirst: q.sort === "-createdAt" },
    cutoff,
  );
  return { items: rows.map((r) => toLeadView(r, deps)), total, limit: q.limit, offset: q.offset };
}

async function loadLead(db: Db | Tx, id: number): Promise<repo.LeadRow> {
  const row = await repo.findLeadById(db, id);
  if (!row) throw notFound("线索", id);
  return row;
}

export async function getLead(deps: LeadDeps, id: number): Promise<LeadDetailView> {
  const row = await loadLead(deps.db, id);
  const [history, duplicateOf, referral] = await Promise.all([
    repo.listMergeHistory(deps.db, id),
    row.duplicateOfLeadId ? repo.findLeadSummary(deps.db, row.duplicateOfLeadId) : null,
    row.enterpriseId ? repo.findReferral(deps.db, row.enterpriseId) : null,
  ]);
  return {
    ...toLeadView(row, deps),
    candidates: row.candidates as DedupCandidate[],
    duplicateOf: duplicateOf
      ? { id: duplicateOf.id, companyName: duplicateOf.companyName, chamberName: duplicateOf.chamber.name, createdAt: duplicateOf.createdAt.toISOString(), status: duplicateOf.status }
      : null,
    enterprise: referral
      ? {
          id: referral.id,
          name: referral.name,
          referrerChamberId: referral.referrerChamberId,
          referrerChamberName: referral.referrerChamber?.name ?? null,
          referredAt: iso(referral.referredAt),
        }
      : null,
    mergeHistory: history.map((h) => ({
      id: h.id,
      enterpriseId: h.enterpriseId,
      field: h.field,
      fieldLabel: MERGE_FIELD_LABELS[h.field as MergeField] ?? h.field,
      choice: h.choice as "lead" | "enterprise",
      before: h.before,
      leadValue: h.leadValue,
      after: h.after,
      mergedBy: h.mergedBy,
      mergedAt: h.mergedAt.toISOString(),
    })),
  };
}

/** A chamber's own leads; the chamber comes from its credentials, never from the request. */
export async function listChamberLeads(deps: LeadDeps, chamberId: number, q: MyLeadsQuery): Promise<Page<ChamberLeadView>> {
  const { rows, total } = await repo.listChamberLeadRows(deps.db, chamberId, q.status, q.limit, q.offset);
  return { items: rows.map(toChamberLeadView), total, limit: q.limit, offset: q.offset };
}

export async function getChamberLead(deps: LeadDeps, chamberId: number, id: number): Promise<ChamberLeadView> {
  const row = await repo.findLeadById(deps.db, id);
  // Another chamber's lead answers exactly like a missing one.
  if (!row || row.chamberId !== chamberId) throw notFound("线索", id);
  const referral = row.enterpriseId ? await repo.findReferral(deps.db, row.enterpriseId) : null;
  return toChamberLeadView({ ...row, enterprise: referral ? { referrerChamberId: referral.referrerChamberId } : null });
}

function toChamberLeadView(r: {
  id: number; submittedVia: string; companyName: string; creditCode: string | null; status: string; rejectReason: string | null;
  reviewedAt: Date | null; createdAt: Date; chamberId: number; enterprise: { referrerChamberId: number | null } | null;
}): ChamberLeadView {
  return {
    id: r.id,
    submittedVia: r.submittedVia as ChamberLeadView["submittedVia"],
    companyName: r.companyName,
    creditCode: r.creditCode,
    status: r.status as LeadStatus,
    statusLabel: statusLabel(r.status),
    rejectReason: r.rejectReason,
    reviewedAt: iso(r.reviewedAt),
    createdAt: r.createdAt.toISOString(),
    referralCredited: r.enterprise?.referrerChamberId === r.chamberId,
  };
}

export async function leadResponseStats(deps: LeadDeps, since: Date | undefined) {
  const rows = await repo.leadTimings(deps.db, since);
  return computeResponseStats(
    rows.map(({ chamber, ...r }) => ({ ...r, chamberName: chamber.name })),
    deps.leads.reviewDeadlineDays,
    nowOf(deps),
  );
}

export async function getLeadAttachment(deps: LeadDeps, leadId: number, attachmentId: number) {
  const file = await repo.findAttachment(deps.db, leadId, attachmentId);
  if (!file) throw notFound("附件", attachmentId);
  return file;
}

// ───────────── review ─────────────

const REVIEWABLE: readonly string[] = ["received", "under_review", "duplicate"];

function assertReviewable(row: repo.LeadRow, action: string): void {
  if (!REVIEWABLE.includes(row.status)) {
    throw conflict(`线索 #${row.id} 当前状态为「${statusLabel(row.status)}」，不能再${action}`);
  }
}

function reviewStamp(row: repo.LeadRow, actor: Actor, now: Date) {
  return { reviewedBy: actor.name, reviewedAt: now, firstReviewedAt: row.firstReviewedAt ?? now };
}

/** Marks the lead as being looked at (the chamber sees 审核中); the first review time starts the clock's stop. */
export async function startLeadReview(deps: LeadDeps, id: number, actor: Actor): Promise<LeadView> {
  const row = await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const before = await loadLead(tx, id);
    assertReviewable(before, "开始审核");
    if (before.status === "under_review") return before;
    const after = await repo.updateLead(tx, id, {
      ...reviewStamp(before, actor, nowOf(deps)),
      // A duplicate stays a duplicate; looking at it still counts as the first response.
      status: before.status === "duplicate" ? "duplicate" : "under_review",
    });
    await recordAudit(tx, { action: "start_review", entityType: "Lead", entityId: id, before: auditImage(before), after: auditImage(after) }, actor);
    return after;
  });
  return toLeadView(row, deps);
}

export async function rejectLead(deps: LeadDeps, id: number, reason: string, actor: Actor): Promise<LeadView> {
  const row = await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const before = await loadLead(tx, id);
    assertReviewable(before, "驳回");
    const after = await repo.updateLead(tx, id, { ...reviewStamp(before, actor, nowOf(deps)), status: "rejected", rejectReason: reason });
    await recordAudit(tx, { action: "reject", entityType: "Lead", entityId: id, before: auditImage(before), after: auditImage(after) }, actor);
    return after;
  });
  return toLeadView(row, deps);
}

/**
 * Referral credit: the chamber of the earliest submission confirmed to be the enterprise. Acceptance and
 * merges confirm; when a lead submitted earlier than the current referrer's is confirmed later, the credit
 * moves to it, so the order of review never decides who was first.
 */
async function creditReferral(tx: Tx, enterpriseId: number, lead: repo.LeadRow, actor: Actor): Promise<void> {
  const current = await repo.findReferral(tx, enterpriseId);
  if (!current) return;
  if (current.referrerChamberId !== null && current.referredAt && current.referredAt <= lead.createdAt) return;
  await repo.setReferral(tx, enterpriseId, lead.chamberId, lead.createdAt);
  await recordAudit(
    tx,
    {
      action: "referral_credit",
      entityType: "Enterprise",
      entityId: enterpriseId,
      before: { referrerChamberId: current.referrerChamberId, referredAt: current.referredAt },
      after: { referrerChamberId: lead.chamberId, referredAt: lead.createdAt, leadId: lead.id },
    },
    actor,
  );
}

function investmentSignal(lead: repo.LeadRow) {
  const parts = [
    `${lead.chamber.name}推荐投资意向`,
    lead.investmentAmount ? `意向投资${lead.investmentAmount}万元` : null,
    lead.landArea ? `用地${lead.landArea}亩` : null,
    lead.investmentType ? `方式：${lead.investmentType}` : null,
    lead.intendedRegion ? `意向区域：${lead.intendedRegion}` : null,
    lead.description ? lead.description.slice(0, 300) : null,
  ].filter(Boolean);
  // The enterprise schema caps signal descriptions at 500 characters.
  return { occurredAt: lead.createdAt, description: parts.join("；").slice(0, 480), source: `商协会线索 #${lead.id}（${lead.chamber.name}）`.slice(0, 200) };
}

type MatchesQuery = Parameters<typeof matchesForEnterprise>[2];
const ACCEPT_MATCHES: MatchesQuery = { limit: 10, offset: 0, explain: "false", includeExcluded: "false" } as MatchesQuery;

/**
 * The enterprise's matching projects right after acceptance. Industry codes the indexer would infer are
 * inferred now, so a lead that named its industry only in words still matches on industry at once.
 */
async function freshMatches(deps: LeadReviewDeps, enterpriseId: number) {
  try {
    const row = await findEnterpriseById(deps.db, enterpriseId);
    if (row) await storeInferredCodes(deps.db, row, inferEnterpriseCodes(deps.matching.inferrer, row));
    return await matchesForEnterprise(deps.matching, enterpriseId, ACCEPT_MATCHES);
  } catch (err) {
    // The acceptance is committed; a matching failure must not turn it into an error.
    return { error: `匹配项目暂不可用：${(err as Error).message}` };
  }
}

/** Accepts a lead as a new enterprise (indexed through the outbox) and answers with its matching projects. */
export async function acceptLead(deps: LeadReviewDeps, id: number, actor: Actor) {
  const { lead, enterpriseId } = await deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    const before = await loadLead(tx, id);
    assertReviewable(before, "采纳");
    if (before.status === "duplicate") {
      throw conflict(`线索 #${id} 与线索 #${before.duplicateOfLeadId ?? "?"} 是同一家企业（统一社会信用代码相同），请合并到已有企业或驳回`);
    }
    if (before.creditCode) {
      const [existing] = await findEnterprisesByKeys(tx, { creditCodes: [before.creditCode], externalIds: [], normalizedNames: [] });
      if (existing) throw conflict(`企业库中已有相同统一社会信用代码的企业 #${existing.id}（${existing.name}），请选择合并`, { enterpriseId: existing.id });
    }
    const input = createEnterpriseBody.parse({
      name: before.companyName,
      ...(before.creditCode ? { creditCode: before.creditCode } : {}),
      industryCodes: before.industryCode ? [before.industryCode] : [],
      industryLabels: [before.industry],
      contacts: [{ name: before.contactName, ...(before.contactPhone ? { phone: before.contactPhone } : {}), ...(before.contactEmail ? { email: before.contactEmail } : {}) }],
      signals: [{ type: "investment", ...investmentSignal(before), occurredAt: before.createdAt.toISOString() }],
      source: "lead",
    });
    const newId = await createEnterpriseInTx(tx, input, deps.regions);
    await recordAudit(tx, { action: "create", entityType: "Enterprise", entityId: newId, after: { ...input, fromLeadId: id } }, actor);
    await creditReferral(tx, newId, before, actor);
    const after = await repo.updateLead(tx, id, { ...reviewStamp(before, actor, nowOf(deps)), status: "accepted", enterpriseId: newId });
    await recordAudit(tx, { action: "accept", entityType: "Lead", entityId: id, before: auditImage(before), after: auditImage(after) }, actor);
    return { lead: after, enterpriseId: newId };
  }, TX_OPTIONS);
  const referral = await repo.findReferral(deps.db, enterpriseId);
  return {
    lead: toLeadView(lead, deps),
    enterprise: { id: enterpriseId, name: referral?.name ?? lead.companyName, referrerChamberId: referral?.referrerChamberId ?? null, referredAt: iso(referral?.referredAt ?? null) },
    matches: await freshMatches(deps, enterpriseId),
  };
}

function mergeLeadOf(row: repo.LeadRow): MergeLead {
  return {
    companyName: row.companyName, creditCode: row.creditCode, industry: row.industry, industryCode: row.industryCode,
    contactName: row.contactName, contactPhone: row.contactPhone, contactEmail: row.contactEmail,
  };
}

async function loadEnterpriseForMerge(db: Db | Tx, enterpriseId: number) {
  const row = await findEnterpriseById(db, enterpriseId);
  if (!row || row.deletedAt) throw notFound("企业", enterpriseId);
  return row;
}

/** What merging the lead into an enterprise would change, field by field (for the review screen). */
export async function previewLeadMerge(deps: LeadDeps, id: number, enterpriseId: number) {
  const lead = await loadLead(deps.db, id);
  const row = await loadEnterpriseForMerge(deps.db, enterpriseId);
  return {
    leadId: id,
    enterprise: { id: row.id, name: row.name },
    fields: compareForMerge(mergeLeadOf(lead), { record: rowToRecord(row), confirmedCodes: confirmedCodes(row) }),
  };
}

/**
 * Merges a lead into an existing enterprise with the analyst's field-by-field choices. Every field the lead
 * could change is kept in LeadMergeHistory (choice, before, lead's value, after); conflicting fields without
 * a choice refuse the merge. The referral is credited by submission time.
 */
export async function mergeLead(deps: LeadDeps, id: number, body: MergeBody, actor: Actor): Promise<LeadDetailView> {
  await deps.db
    .$transaction(async (tx) => {
      await lockForWrite(tx);
      const before = await loadLead(tx, id);
      assertReviewable(before, "合并");
      const enterprise = await loadEnterpriseForMerge(tx, body.enterpriseId);
      const record = rowToRecord(enterprise);
      const plan = planMerge(mergeLeadOf(before), { record, confirmedCodes: confirmedCodes(enterprise) }, body.fields);
      if (!plan.ok) {
        throw badRequest(
          "以下字段线索与企业不一致，请逐项选择采用线索（lead）还是保留企业（enterprise）",
          plan.missing.map((m) => ({
            path: `fields.${m.field}`,
            message: `${m.label}：线索为「${String(m.leadValue)}」，企业为「${String(m.enterpriseValue)}」`,
          })),
        );
      }
      if (Object.keys(plan.patch).length) {
        const updated = await updateEnterpriseInTx(tx, enterprise.id, record, plan.patch, deps.regions);
        await recordAudit(tx, { action: "update", entityType: "Enterprise", entityId: enterprise.id, before: record, after: updated }, actor);
      }
      await repo.insertInvestmentSignal(tx, enterprise.id, investmentSignal(before));
      await repo.insertMergeHistory(
        tx,
        plan.decisions.map((d) => ({
          leadId: id, enterpriseId: enterprise.id, field: d.field, choice: d.choice,
          before: d.before as object, leadValue: d.leadValue as object, after: d.after as object, mergedBy: actor.name,
        })),
      );
      await creditReferral(tx, enterprise.id, before, actor);
      const after = await repo.updateLead(tx, id, { ...reviewStamp(before, actor, nowOf(deps)), status: "merged", enterpriseId: enterprise.id });
      await recordAudit(
        tx,
        { action: "merge", entityType: "Lead", entityId: id, before: auditImage(before), after: { ...auditImage(after), decisions: plan.decisions } },
        actor,
      );
    }, TX_OPTIONS)
    .catch((err) => {
      if (isUniqueViolation(err)) throw conflict("另一家企业已使用线索中的统一社会信用代码，不能采用；请保留企业现有代码或先处理那家企业");
      throw err;
    });
  return getLead(deps, id);
}

// ───────────── public form links ─────────────

/**
 * The HMAC secret for form links: LEAD_FORM_SECRET, or a random one created once in DATA_DIR (so links
 * survive restarts without a secret in the repository or a default anyone could read).
 */
export function resolveFormSecret(leads: Config["leads"]): string {
  if (leads.formSecret) return leads.formSecret;
  try {
    return fs.readFileSync(leads.formSecretFile, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.mkdirSync(path.dirname(leads.formSecretFile), { recursive: true });
  try {
    fs.writeFileSync(leads.formSecretFile, crypto.randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  return fs.readFileSync(leads.formSecretFile, "utf8").trim();
}

export async function createFormLink(deps: LeadDeps & { formSecret: string }, chamberId: number, expiresInDays: number, actor: Actor) {
  const chamber = await repo.findChamber(deps.db, chamberId);
  if (!chamber) throw notFound("商协会", chamberId);
  const expiresAt = new Date(nowOf(deps).getTime() + expiresInDays * 86_400_000);
  const token = signFormLink(deps.formSecret, { chamberId, expiresAt });
  await recordAudit(deps.db, { action: "issue_form_link", entityType: "Chamber", entityId: chamberId, summary: { expiresAt: expiresAt.toISOString() } }, actor);
  return { chamberId, chamberName: chamber.name, token, path: `/form/leads/${token}`, expiresAt: expiresAt.toISOString() };
}

export async function findChamberForForm(deps: LeadDeps, chamberId: number) {
  return repo.findChamber(deps.db, chamberId);
}
