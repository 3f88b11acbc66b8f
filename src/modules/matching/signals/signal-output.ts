import type { MatchContext, MatchEnterprise, MatchProject } from "../types";

/** What a signal computes; the scorer adds key, label, weight and contribution. */
export interface SignalOutput {
  /** 0..1, or null when the pair has no data for this signal (数据缺失). */
  value: number | null;
  /** Chinese, cites the fields used and their values. */
  reason: string;
  fields: string[];
}

export type SignalFunction = (project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext) => SignalOutput;

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Values are kept to 4 decimals so reasons, snapshots and tests do not depend on float noise. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

export function noData(reason: string, fields: string[]): SignalOutput {
  return { value: null, reason, fields };
}
