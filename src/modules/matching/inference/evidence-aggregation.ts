/**
 * Turns pieces of evidence for GB/T codes into a short, non-redundant list of codes with confidences.
 *
 * Evidence on a code also supports every code above it (a 中药饮片 product is evidence for 27 医药制造业);
 * evidence on a coarse code supports a finer one only at 0.5 per level (申万 电池 → 384 says little about
 * which battery). Pieces that restate each other are not independent, so evidence comes in groups:
 *   - all taxonomy labels are one group (申万 levels 1-3 and tushare describe the same company at different
 *     depths);
 *   - each clause (one product, one sentence of the business text) is one group, whatever it matched (a
 *     clause matching 7271 and 7272 is still one hint for 727).
 * Within a group the strongest piece counts (max); groups combine by noisy-OR, 1 − Π(1 − s). Selection keeps the most specific code when it is nearly as sure as its
 * ancestor (within REDUNDANCY_MARGIN) and both when the ancestor is clearly surer.
 */
import { industryAncestors } from "../../industries/reference-data";

export type EvidenceSource = "label" | "text" | "keyword";

export interface CodeEvidence {
  code: string;
  /** Pieces of one group restate each other: only the strongest counts (see the file comment). */
  group: number;
  /** 0..1, already calibrated. */
  strength: number;
  source: EvidenceSource;
  /** Chinese, e.g. 产品“中药饮片”与行业名称“中药饮片加工”相符. */
  note: string;
}

export interface AggregatedCode {
  code: string;
  confidence: number;
  /** The strongest notes behind the code. */
  notes: string[];
}

export const REDUNDANCY_MARGIN = 0.15;
const COARSE_TO_FINE_FACTOR = 0.5;

// Codes repeat across thousands of records; parsing them once keeps inference at ~1 ms a record.
const ancestorCache = new Map<string, string[]>();
function ancestorsOf(code: string): string[] {
  let chain = ancestorCache.get(code);
  if (!chain) {
    chain = industryAncestors(code);
    if (ancestorCache.size < 10_000) ancestorCache.set(code, chain);
  }
  return chain;
}

/**
 * Confidence for every code that has evidence or lies above evidence (restricted to `known` codes, i.e. the
 * ones in the industry table), best first; ties prefer the finer code, then the code order.
 */
export function aggregateEvidence(evidence: readonly CodeEvidence[], known: (code: string) => boolean): AggregatedCode[] {
  // candidate code → group → strongest support; and the notes behind it.
  const support = new Map<string, Map<number, number>>();
  const notes = new Map<string, Map<string, number>>();
  const add = (code: string, e: CodeEvidence, s: number) => {
    const groups = support.get(code) ?? new Map<number, number>();
    groups.set(e.group, Math.max(groups.get(e.group) ?? 0, Math.min(1, s)));
    support.set(code, groups);
    const codeNotes = notes.get(code) ?? new Map<string, number>();
    codeNotes.set(e.note, Math.max(codeNotes.get(e.note) ?? 0, s));
    notes.set(code, codeNotes);
  };
  const direct = new Map<string, CodeEvidence[]>();
  for (const e of evidence) {
    if (!(e.strength > 0)) continue;
    const chain = ancestorsOf(e.code);
    // Evidence supports its own code and everything above; sections only when named directly (交通运输 → G).
    chain.forEach((code, i) => {
      if ((i > 0 || chain.length === 1) && known(code)) add(code, e, e.strength);
    });
    const list = direct.get(e.code) ?? [];
    list.push(e);
    direct.set(e.code, list);
  }
  // Coarse evidence lends part of its weight to finer candidates below it.
  for (const code of [...support.keys()]) {
    const chain = ancestorsOf(code);
    for (let i = 0; i < chain.length - 1; i++) {
      const factor = Math.pow(COARSE_TO_FINE_FACTOR, chain.length - 1 - i);
      for (const e of direct.get(chain[i]) ?? []) add(code, e, e.strength * factor);
    }
  }
  const out: AggregatedCode[] = [];
  for (const [code, groups] of support) {
    let miss = 1;
    for (const s of groups.values()) miss *= 1 - s;
    const codeNotes = [...(notes.get(code) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push({ code, confidence: 1 - miss, notes: codeNotes.slice(0, 3).map(([note]) => note) });
  }
  return out.sort((a, b) => b.confidence - a.confidence || b.code.length - a.code.length || a.code.localeCompare(b.code));
}

function isAncestor(ancestor: string, code: string): boolean {
  return ancestor !== code && ancestorsOf(code).includes(ancestor);
}

/**
 * The top codes without redundant ancestors (candidates must come best first, as aggregateEvidence sorts them):
 *   - a finer code nearly as sure as its selected ancestor (within REDUNDANCY_MARGIN) replaces it;
 *   - but when a second finer code under that ancestor is also that sure, the evidence does not choose between
 *     them (房地产 → 7010, 7030, 7090 alike), so the ancestor comes back and stays;
 *   - a finer code clearly less sure than its ancestor is kept beside it (27 医药 with 2730 and 2740).
 */
export function selectCodes(ranked: readonly AggregatedCode[], options: { maxResults: number; minConfidence: number }): AggregatedCode[] {
  const selected: AggregatedCode[] = [];
  /** A coarse code that left the list → the selected finer code now standing in for it. */
  const standIn = new Map<AggregatedCode, AggregatedCode>();
  /** Coarse codes restored because their finer codes tied: they stay. */
  const settled = new Set<AggregatedCode>();
  const replace = (old: AggregatedCode, by: AggregatedCode) => {
    selected.splice(selected.indexOf(old), 1, by);
    for (const [coarse, current] of standIn) if (current === old) standIn.set(coarse, by);
  };

  for (const candidate of ranked) {
    if (candidate.confidence < options.minConfidence) break;
    const nearlyAsSure = (other: AggregatedCode) => candidate.confidence >= other.confidence - REDUNDANCY_MARGIN;

    // Equal confidence sorts the finer code first: it stands in for this ancestor from now on.
    const finer = selected.find((s) => isAncestor(candidate.code, s.code));
    if (finer) {
      if (!standIn.has(candidate)) standIn.set(candidate, finer);
      continue;
    }

    const ancestor = selected.find((s) => isAncestor(s.code, candidate.code));
    if (ancestor) {
      if (!nearlyAsSure(ancestor)) {
        if (selected.length < options.maxResults) selected.push(candidate);
      } else if (!settled.has(ancestor)) {
        replace(ancestor, candidate);
        standIn.set(ancestor, candidate);
      }
      continue;
    }

    // A sibling of a stand-in: if it is as sure as the coarse code they share, the evidence cannot choose.
    const coarse = [...standIn.keys()]
      .filter((c) => isAncestor(c.code, candidate.code))
      .sort((x, y) => y.code.length - x.code.length)[0];
    if (coarse) {
      if (nearlyAsSure(coarse)) {
        replace(standIn.get(coarse) as AggregatedCode, coarse);
        standIn.delete(coarse);
        settled.add(coarse);
      }
      continue;
    }
    if (selected.length < options.maxResults) selected.push(candidate);
  }
  // Replacements keep the slot of the code they replaced; the list reads best first again.
  return selected.sort((a, b) => b.confidence - a.confidence || b.code.length - a.code.length || a.code.localeCompare(b.code));
}
