/**
 * What to ask the search engine for a project's candidates. Pure: the service runs the plan
 * (service.ts retrieveEnterprises) and merge-retrieval.ts combines the answers.
 *
 * Why more than one query: the engines rank like Meilisearch's `matchingStrategy: "frequency"`, so every hit of
 * a query contains its rarest word. On a long project text that word is a place or a construction detail
 * (山水资源, 停车场) and the whole query returns a handful of companies. So besides the project text as one
 * query (its hits' scores are the text relevance), the plan asks:
 *   needs     one per thing the project needs, in the words enterprises use: the chain-map nodes the project
 *             sits on or names (度假酒店 → 「度假酒店」 node → 酒店, 度假酒店, 酒店管理) and the short phrases of
 *             its target-investor text (动力电池、驱动电机); each is a few short queries;
 *   industry  its GB/T codes (confirmed, preferred, and those inferred from its text at INFERRED_RETRIEVAL_CONFIDENCE
 *             or more), each code its own query so a large division does not crowd out a precise 小类, plus
 *             each coarser level on its own: the 中类 with the code's siblings (357 → 3571 拖拉机 for a 3572
 *             project), the 大类 only for companies coded no finer (35 for a 微耕机 maker on the shipped table).
 */
import type { ChainGroup } from "../chain-map.types";
import { chainKeywordsInText, keywordSpecificity, locateProjectOnChain } from "../signals/chain-locator";
import { canonicalCodes, codeAncestors } from "../signals/industry-code-similarity";
import { PROJECT_INFERRED_WEIGHT } from "../signals/industry-fit";
import type { MatchProject } from "../types";
import { PROJECT_BOILERPLATE, projectQueryText, targetTradeClauses } from "../match-inputs";

/** Inferred project codes below this confidence are too unsure to retrieve by (they still score). */
export const INFERRED_RETRIEVAL_CONFIDENCE = 0.5;
/** At most this many needs, and this many queries per need: bounds the engine calls per request. */
export const MAX_NEEDS = 6;
export const MAX_QUERIES_PER_NEED = 3;
/** Target-investor phrases taken as needs of their own (besides the chain nodes). */
export const MAX_TARGET_PHRASES = 4;
/** A target phrase is a need of lower weight than a chain node: it is free text, not a curated word. */
const TARGET_PHRASE_WEIGHT = 0.5;
/** A node the text only names (not among the nodes the project is placed on) counts less than a placed one. */
const MENTIONED_NODE_FACTOR = 0.7;

export interface RetrievalNeed {
  /** Chinese, for logs and tests: the node name or the phrase. */
  label: string;
  /** 0..1: how central the need is to the project. */
  weight: number;
  /** Short engine queries; an enterprise hit by any of them covers the need. */
  queries: string[];
}

export interface IndustryRetrieval {
  /** `industryPrefixes`: everything at or below the codes; `industryCodes`: exactly these (coarser) codes. */
  field: "industryPrefixes" | "industryCodes";
  codes: string[];
  /** 0..1: how sure the project's code is (1 confirmed, the inference confidence × 0.85 otherwise). */
  weight: number;
}

export interface ProjectRetrievalPlan {
  /** The project text without places and boilerplate: one query, whose scores are the text relevance. */
  text: string;
  needs: RetrievalNeed[];
  industry: IndustryRetrieval[];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const PROJECT_FIELDS = [
  ["name", 1],
  ["constructionContent", 0.8],
  ["description", 0.7],
  ["targetProfile", 0.5],
] as const;

/** Needs from the chain map: the nodes the project is placed on, then the nodes its text names. */
function chainNeeds(project: MatchProject, group: ChainGroup): RetrievalNeed[] {
  const byNode = new Map<string, { weight: number; found: string[] }>();
  for (const placement of locateProjectOnChain(project, group)) byNode.set(placement.node.id, { weight: placement.strength, found: [] });
  for (const [field, fieldWeight] of PROJECT_FIELDS) {
    for (const { keyword, nodeIds } of chainKeywordsInText(group, project[field] ?? "")) {
      for (const nodeId of nodeIds) {
        const entry = byNode.get(nodeId) ?? { weight: 0, found: [] };
        entry.weight = Math.max(entry.weight, MENTIONED_NODE_FACTOR * fieldWeight * keywordSpecificity(keyword));
        if (!entry.found.includes(keyword)) entry.found.push(keyword);
        byNode.set(nodeId, entry);
      }
    }
  }
  const order = new Map(group.nodes.map((n, i) => [n.id, i]));
  return [...byNode.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .flatMap(([nodeId, { weight, found }]) => {
      const node = group.nodes.find((n) => n.id === nodeId);
      if (!node) return [];
      // The project's own word, then the node's commonest word (curated lists put it first: 酒店 for
      // 度假酒店), so the need reaches both the precise and the broad wording; then the rest of each.
      const nodeWords = node.keywords.map((k) => k.trim()).filter((k) => k.length >= 2);
      const queries = [...new Set([...found.slice(0, 1), ...nodeWords.slice(0, 1), ...found.slice(1), ...nodeWords.slice(1)])].slice(0, MAX_QUERIES_PER_NEED);
      return [{ label: node.name, weight: round2(Math.min(1, weight)), queries }];
    });
}

/**
 * Words of a target-investor text's trade clauses that say nothing about the trade (寻求…的大型…企业). Condition
 * clauses (优先…, 龙头…) and qualifiers (拥有, 许可证) are gone already: see targetTradeClauses.
 */
const TARGET_FILLER = /(寻求|具有|具备|从事|知名|大型|研发|制造|生产|经营|开发|运营|管理|销售|(?<!初)加工|(?<!农)产品|者|的|等|类)/g;
const PHRASE_SEPARATORS = /[、，,；;。：:\s/（）()和及与或]+/;

/** Short phrases of the target-investor text (动力电池, 驱动电机, 景区), the ones no chain need already asks for. */
export function targetPhrases(targetProfile: string, taken: readonly string[]): string[] {
  const cleaned = targetTradeClauses(targetProfile).join("，").replace(PROJECT_BOILERPLATE, " ").replace(TARGET_FILLER, " ");
  const out: string[] = [];
  for (const raw of cleaned.split(PHRASE_SEPARATORS)) {
    // 拖拉机及其零部件 splits into 其零部件: the pronoun is not part of the trade.
    const phrase = raw.trim().replace(/^其/, "");
    if (phrase.length < 2 || phrase.length > 6) continue;
    if (taken.some((t) => t.includes(phrase) || phrase.includes(t)) || out.includes(phrase)) continue;
    out.push(phrase);
    if (out.length >= MAX_TARGET_PHRASES) break;
  }
  return out;
}

/** GB/T codes to retrieve by: each code on its own (finest first), then the coarser codes as exact values. */
export function industryRetrievals(project: MatchProject): IndustryRetrieval[] {
  const weights = new Map<string, number>();
  const add = (code: string, weight: number) => weights.set(code, Math.max(weights.get(code) ?? 0, weight));
  for (const code of canonicalCodes([...project.industryCodes, ...project.preferredIndustries])) add(code, 1);
  for (const inferred of project.inferredIndustries) {
    if (!(inferred.confidence >= INFERRED_RETRIEVAL_CONFIDENCE)) continue;
    for (const code of canonicalCodes([inferred.code])) add(code, round2(PROJECT_INFERRED_WEIGHT * Math.min(1, inferred.confidence)));
  }
  // Section letters select a fifth of the economy: not a retrieval.
  const codes = [...weights.entries()].filter(([code]) => /^\d/.test(code));
  codes.sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || a[0].localeCompare(b[0]));
  const out: IndustryRetrieval[] = codes.map(([code, weight]) => ({ field: "industryPrefixes", codes: [code], weight }));
  // Companies whose (inferred) code stops above the project's (357 or 35 against 3572): same line, coarser
  // record. Each level is its own retrieval, the nearer one first and surer (half the weight per level up): in
  // one query the 500 companies coded 35 would crowd out the 30 coded 357, the agricultural machinery makers.
  const coarser = new Map<string, number>();
  for (const [code, weight] of codes) {
    // codeAncestors runs from the section down to the code itself: between them, nearest first.
    codeAncestors(code)
      .slice(1, -1)
      .reverse()
      .forEach((ancestor, i) => {
        if (!weights.has(ancestor)) coarser.set(ancestor, Math.max(coarser.get(ancestor) ?? 0, weight * Math.pow(0.5, i + 1)));
      });
  }
  const coarse = [...coarser.entries()].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [code, weight] of coarse) {
    // A 中类 also brings the project code's siblings (3571 拖拉机 beside 3572), which industry fit scores as the
    // same 中类; a 大类 (35) only the companies coded no finer: all of it would be a fifth of manufacturing.
    out.push({ field: code.length >= 3 ? "industryPrefixes" : "industryCodes", codes: [code], weight: round2(weight) });
  }
  return out;
}

/** The retrieval plan of a project (see the file comment). `group` is the project's chain group, when the map has one. */
export function planProjectRetrieval(project: MatchProject, options: { group?: ChainGroup; placeNames?: readonly string[] } = {}): ProjectRetrievalPlan {
  const needs = options.group ? chainNeeds(project, options.group) : [];
  const taken = needs.flatMap((n) => n.queries);
  const phrases = targetPhrases(project.targetProfile, taken).map((p) => ({ label: p, weight: TARGET_PHRASE_WEIGHT, queries: [p] }));
  const all = [...needs, ...phrases].sort((a, b) => b.weight - a.weight).slice(0, MAX_NEEDS);
  return {
    text: projectQueryText(project, options.placeNames ?? []),
    needs: all,
    industry: industryRetrievals(project),
  };
}
