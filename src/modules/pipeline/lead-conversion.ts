import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { chamberNames, type ProjectBrief } from "./repository";
import { SIGNED_STAGES, STAGES_WITH_INVESTOR, type Stage } from "./stage-machine";

/**
 * Chamber lead conversion: leads received in the period → accepted or merged into an enterprise → that
 * enterprise negotiating a project (洽谈 on) → signed. The leads module is built in parallel; this reads
 * its Lead table structurally and reports `available: false` when the table or its fields are missing.
 */
interface LeadRowLite {
  chamberId: number | null;
  status: string;
  enterpriseId: number | null;
}
interface LeadDelegateLite {
  findMany(args: { where: { createdAt: { gte: Date; lt: Date } }; select: Record<keyof LeadRowLite, true> }): Promise<LeadRowLite[]>;
}

export interface ConversionCounts {
  total: number;
  duplicates: number;
  rejected: number;
  pending: number;
  converted: number;
  inTalks: number;
  signed: number;
  /** converted / (total − duplicates); null without leads. */
  conversionRate: number | null;
  /** signed / (total − duplicates). */
  signingRate: number | null;
}

export type LeadConversion =
  | ({ available: true; byChamber: ({ chamberId: number | null; chamber: string } & ConversionCounts)[] } & ConversionCounts)
  | { available: false; reason: string };

const CONVERTED = new Set(["accepted", "merged"]);
const PENDING = new Set(["received", "under_review"]);

function leadDelegate(db: Db): LeadDelegateLite | null {
  if (!("Lead" in Prisma.ModelName)) return null;
  const delegate = (db as unknown as { lead?: LeadDelegateLite }).lead;
  return delegate && typeof delegate.findMany === "function" ? delegate : null;
}

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

function count(leads: LeadRowLite[], talking: ReadonlySet<number>, signed: ReadonlySet<number>): ConversionCounts {
  const c = { total: leads.length, duplicates: 0, rejected: 0, pending: 0, converted: 0, inTalks: 0, signed: 0 };
  for (const l of leads) {
    if (l.status === "duplicate") c.duplicates++;
    else if (l.status === "rejected") c.rejected++;
    else if (PENDING.has(l.status)) c.pending++;
    if (!CONVERTED.has(l.status)) continue;
    c.converted++;
    if (l.enterpriseId != null && talking.has(l.enterpriseId)) c.inTalks++;
    if (l.enterpriseId != null && signed.has(l.enterpriseId)) c.signed++;
  }
  const base = c.total - c.duplicates;
  return { ...c, conversionRate: rate(c.converted, base), signingRate: rate(c.signed, base) };
}

export async function leadConversion(db: Db, projects: readonly ProjectBrief[], range: { from: Date; to: Date }): Promise<LeadConversion> {
  const delegate = leadDelegate(db);
  if (!delegate) return { available: false, reason: "商会线索模块尚未启用（无 Lead 数据表）" };
  let leads: LeadRowLite[];
  try {
    leads = await delegate.findMany({
      where: { createdAt: { gte: range.from, lt: range.to } },
      select: { chamberId: true, status: true, enterpriseId: true },
    });
  } catch (err) {
    return { available: false, reason: `商会线索数据暂不可用：${(err as Error).message.split("\n")[0]}` };
  }
  const investors = (stages: ReadonlySet<Stage>) =>
    new Set(projects.filter((p) => p.investorEnterpriseId != null && stages.has(p.stage as Stage)).map((p) => p.investorEnterpriseId as number));
  const talking = investors(STAGES_WITH_INVESTOR);
  const signed = investors(SIGNED_STAGES);
  const names = await chamberNames(db);
  const byChamberId = new Map<number | null, LeadRowLite[]>();
  for (const l of leads) byChamberId.set(l.chamberId, [...(byChamberId.get(l.chamberId) ?? []), l]);
  const byChamber = [...byChamberId.entries()]
    .map(([chamberId, rows]) => ({ chamberId, chamber: chamberId == null ? "未知" : (names.get(chamberId) ?? `商会${chamberId}`), ...count(rows, talking, signed) }))
    .sort((a, b) => b.total - a.total || (a.chamberId ?? 0) - (b.chamberId ?? 0));
  return { available: true, ...count(leads, talking, signed), byChamber };
}
