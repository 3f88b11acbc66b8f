import { coreEnterpriseName, nameSimilarityTo } from "../enterprises";
import { canonicalPhone } from "./phone";
import type { DedupCandidate } from "./schemas";

/**
 * Which existing enterprises and earlier leads a new lead may be, and why. Three signals: the same credit
 * code (certain), a similar name (bigram similarity of the normalized names, see name-normalization.ts) and
 * the same contact phone. Retrieval (repository) casts a wide net; this file decides and explains.
 */

/** Names at least this similar are shown as candidates (深圳燃气 vs 北京燃气 scores 0.6 and is left out). */
export const NAME_SIMILARITY_THRESHOLD = 0.7;
export const MAX_CANDIDATES = 10;
/** A shared phone alone is strong but not certain (a chamber's secretary may be the contact of many leads). */
const PHONE_SCORE = 0.8;

export interface DedupSubject {
  companyName: string;
  creditCode: string | null;
  contactPhone: string | null;
}

export interface EnterpriseCandidateRow {
  id: number;
  name: string;
  creditCode: string | null;
  /** Phones of the enterprise's contacts, as stored. */
  phones: string[];
}

export interface LeadCandidateRow {
  id: number;
  companyName: string;
  creditCode: string | null;
  contactPhone: string | null;
  chamberName: string;
  status: string;
  createdAt: Date;
}

type Reason = DedupCandidate["reasons"][number];

function reasonsFor(
  subject: DedupSubject,
  similarityTo: (name: string) => number,
  other: { name: string; creditCode: string | null; phones: string[] },
): { score: number; reasons: Reason[] } {
  const scored: { score: number; reason: Reason }[] = [];
  if (subject.creditCode && other.creditCode === subject.creditCode) {
    scored.push({ score: 1, reason: { code: "credit_code", message: `统一社会信用代码相同（${subject.creditCode}）` } });
  }
  const similarity = similarityTo(other.name);
  if (similarity >= NAME_SIMILARITY_THRESHOLD) {
    const how = similarity === 1 ? "规范化后名称相同" : `名称相似度 ${Math.round(similarity * 100)}%`;
    scored.push({ score: similarity, reason: { code: "name", message: `${how}（${subject.companyName} ↔ ${other.name}）` } });
  }
  const phone = subject.contactPhone ? canonicalPhone(subject.contactPhone) : null;
  if (phone && other.phones.some((p) => canonicalPhone(p) === phone)) {
    scored.push({ score: PHONE_SCORE, reason: { code: "phone", message: `联系电话相同（${phone}）` } });
  }
  if (!scored.length) return { score: 0, reasons: [] };
  // The strongest signal, plus a little for each independent one that agrees.
  const best = Math.max(...scored.map((s) => s.score));
  const score = Math.min(1, best + 0.1 * (scored.length - 1));
  return { score: Math.round(score * 1000) / 1000, reasons: scored.map((s) => s.reason) };
}

/** Candidates with at least one reason, best first (ties: more agreeing signals, enterprises before leads, id). */
export function scoreDedupCandidates(
  subject: DedupSubject,
  enterprises: EnterpriseCandidateRow[],
  leads: LeadCandidateRow[],
): DedupCandidate[] {
  const out: DedupCandidate[] = [];
  const similarityTo = nameSimilarityTo(subject.companyName);
  for (const e of enterprises) {
    const { score, reasons } = reasonsFor(subject, similarityTo, e);
    if (reasons.length) out.push({ kind: "enterprise", id: e.id, name: e.name, creditCode: e.creditCode, score, reasons });
  }
  for (const l of leads) {
    const { score, reasons } = reasonsFor(subject, similarityTo, { name: l.companyName, creditCode: l.creditCode, phones: l.contactPhone ? [l.contactPhone] : [] });
    if (reasons.length) {
      out.push({
        kind: "lead", id: l.id, name: l.companyName, creditCode: l.creditCode, chamberName: l.chamberName, status: l.status,
        createdAt: l.createdAt.toISOString(), score, reasons,
      });
    }
  }
  const kindOrder = { enterprise: 0, lead: 1 };
  return out
    .sort((a, b) => b.score - a.score || b.reasons.length - a.reasons.length || kindOrder[a.kind] - kindOrder[b.kind] || a.id - b.id)
    .slice(0, MAX_CANDIDATES);
}

/**
 * Up to `max` character bigrams of a name's core (region and legal form removed), for a wide LIKE prefilter:
 * a name similar enough to pass the threshold shares at least one of them.
 */
export function nameProbeBigrams(companyName: string, max = 6): string[] {
  const core = Array.from(coreEnterpriseName(companyName));
  if (core.length < 2) return core.length ? [core[0]] : [];
  const grams = new Set<string>();
  for (let i = 0; i < core.length - 1; i++) grams.add(core[i] + core[i + 1]);
  const all = [...grams];
  if (all.length <= max) return all;
  // Spread the picks over the whole name rather than taking only its start.
  return Array.from({ length: max }, (_, i) => all[Math.floor((i * all.length) / max)]);
}
