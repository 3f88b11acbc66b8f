/**
 * Industry inference: GB/T 4754-2017 codes with a confidence for records that have no confirmed codes.
 *
 * Evidence comes from these sources (see evidence-aggregation.ts for how they combine):
 *   label    申万 / tushare labels through the taxonomy mapping tables; strength = the table's confidence.
 *   text     clauses of products, main business, name (and unmapped labels) matched against the GB/T names
 *            and 说明 texts (industry-text-index.ts); strength = calibrate(score) × field weight.
 *   keyword  the chain map's node keywords found in the same clauses; strength = calibrate(0.6 × keyword
 *            specificity) × field weight, on the node's codes (those whose GB/T text matches the keyword
 *            fully, the others at 0.3; evenly split when none matches); and the phrases of
 *            INDUSTRY_PHRASE_CODES (农机 → 357) with their own confidence × field weight.
 * Field weights: product 0.25-1 by revenue share (0.75/0.5 by position when unknown), main business 0.8,
 * name 0.5, unmapped label 0.5. Project text: name 1, construction content 0.8, description 0.7, target
 * profile 0.5, and evidence outside the project's industry group is discounted to 0.6.
 * Calibration: see inference-calibration.ts.
 */
import { industryAncestors, normalizeIndustryCode } from "../../industries/reference-data";
import { matchRegionPrefix } from "../../regions/reference-data";
import type { ChainGroup, ChainMap } from "../chain-map.types";
import {
  isKnownShenwanLabel,
  isKnownTushareLabel,
  mapShenwanToGbt,
  mapTushareToGbt,
  parseMappingSpec,
  type GbtCandidate,
} from "../taxonomy-mapping.data";
import { aggregateEvidence, selectCodes, type CodeEvidence } from "./evidence-aggregation";
import { calibrateTextScore } from "./inference-calibration";
import { IndustryTextIndex, type IndustryTableRow } from "./industry-text-index";
import { INDUSTRY_PHRASE_CODES, expandSynonyms } from "./industry-synonyms.data";
import { normalizeText, splitClauses } from "./text-segmenter";

export type { IndustryTableRow } from "./industry-text-index";

export interface TaxonomyLookups {
  shenwan: (label: string) => GbtCandidate[];
  tushare: (label: string) => GbtCandidate[];
  /** True for labels a table maps to nothing on purpose (综合): they are not text-matched either. */
  isKnown?: (label: string) => boolean;
}

export const DEFAULT_TAXONOMY_LOOKUPS: TaxonomyLookups = {
  shenwan: mapShenwanToGbt,
  tushare: mapTushareToGbt,
  isKnown: (label) => isKnownShenwanLabel(label) || isKnownTushareLabel(label),
};

export interface InferenceOptions {
  /** The GB/T table (levels 1-4, names, 说明 texts): the DB's IndustryCode rows or the standard's CSV. */
  industryTable: readonly IndustryTableRow[];
  /** Taxonomy → GB/T lookups; the shipped 申万/tushare tables by default. */
  taxonomyLookups?: TaxonomyLookups;
  /** Chain map whose node keywords add vocabulary (微耕机, 动力电池 …); optional. */
  chainMap?: ChainMap;
  /** At most this many codes (default 5). */
  maxResults?: number;
  /** Codes below this confidence are not returned (default 0.3). */
  minConfidence?: number;
}

export interface EnterpriseInferenceInput {
  name: string;
  products: readonly ({ name: string; share?: number | null } | string)[];
  mainBusiness?: string | null;
  industryLabels: readonly string[];
}

export interface ProjectInferenceInput {
  name: string;
  description?: string | null;
  constructionContent?: string | null;
  targetProfile?: string | null;
  /** The project's industry group: its chain nodes' codes are preferred. */
  industryGroup?: string | null;
}

export interface InferredIndustry {
  code: string;
  /** 0..0.99, two decimals. */
  confidence: number;
  /** Chinese: the evidence behind the code. */
  evidence: string;
}

export interface IndustryInferrer {
  inferIndustryCodes(input: EnterpriseInferenceInput): InferredIndustry[];
  inferProjectIndustryCodes(input: ProjectInferenceInput): InferredIndustry[];
}

const KEYWORD_BASE = 0.6;
/** Evidence group of all taxonomy labels; clause groups are numbered from 1. */
const LABEL_GROUP = 0;
const DEFAULT_MIN_CONFIDENCE = 0.3;
const MAX_INFERRED_CONFIDENCE = 0.99;
const CLAUSE_CACHE_LIMIT = 50_000;

type ClauseAnalysis = { code: string; base: number; source: "text" | "keyword"; what: string }[];
const OUT_OF_GROUP_FACTOR = 0.6;

interface KeywordEntry {
  keyword: string;
  codes: { code: string; weight: number }[];
  /** True for the phrase table (a direct naming of the industry), false for chain-map node words. */
  phrase: boolean;
}

/**
 * Keyword dictionary of the phrase table and a chain map, indexed by first character for a single scan per
 * clause. Phrase-table entries carry their own code confidences.
 * A node lists several codes (基础零部件: 3451 轴承 … 3453 齿轮 …); a keyword goes to the node codes whose GB/T
 * name or 说明 matches the keyword itself (齿轮 → 3453), the others keep SPREAD_OTHER_CODES. When no code
 * matches, the keyword is split evenly over the node's codes.
 */
class KeywordDictionary {
  private readonly byFirstChar = new Map<string, KeywordEntry[]>();

  constructor(map: ChainMap | undefined, index: IndustryTextIndex) {
    const entries = new Map<string, KeywordEntry>();
    for (const [raw, spec] of Object.entries(INDUSTRY_PHRASE_CODES)) {
      const keyword = normalizeText(raw);
      entries.set(keyword, {
        keyword,
        phrase: true,
        codes: parseMappingSpec(spec).flatMap((c) => {
          const code = index.resolve(c.code);
          return code ? [{ code, weight: c.confidence }] : [];
        }),
      });
    }
    for (const group of map?.groups ?? []) {
      for (const node of group.nodes) {
        const nodeCodes = [...new Set(node.industryCodes.map((c) => index.resolve(c)).filter((c): c is string => !!c))];
        for (const raw of node.keywords) {
          const keyword = normalizeText(raw);
          if (keyword.length < 2 || nodeCodes.length === 0) continue;
          const existing = entries.get(keyword);
          // The phrase table is the more precise of the two: a chain word it already covers keeps its codes.
          if (existing?.phrase) continue;
          const entry = existing ?? { keyword, codes: [], phrase: false };
          for (const { code, weight } of keywordCodeWeights(keyword, nodeCodes, index)) {
            const existing = entry.codes.find((c) => c.code === code);
            if (existing) existing.weight = Math.max(existing.weight, weight);
            else entry.codes.push({ code, weight });
          }
          entries.set(keyword, entry);
        }
      }
    }
    for (const entry of entries.values()) {
      const list = this.byFirstChar.get(entry.keyword[0]) ?? [];
      list.push(entry);
      this.byFirstChar.set(entry.keyword[0], list);
    }
    // Longest first, so the scan below takes the longest keyword at each position.
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.keyword.length - a.keyword.length || a.keyword.localeCompare(b.keyword));
  }

  /** Keywords in a text, longest match at each position, non-overlapping. */
  find(text: string): KeywordEntry[] {
    const found: KeywordEntry[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = this.byFirstChar.get(text[i])?.find((e) => text.startsWith(e.keyword, i));
      if (hit) {
        if (!found.includes(hit)) found.push(hit);
        i += hit.keyword.length;
      } else {
        i++;
      }
    }
    return found;
  }
}

const SPREAD_OTHER_CODES = 0.3;
/** Text matches outside the codes of a phrase found in the same clause (农业机械 → 357, not 0512). */
const PHRASE_OVERRIDE_FACTOR = 0.5;
/** A name is a hint (长鑫汽车零部件), often a brand (茅台) or a history (…农机 that now sells real estate). */
const NAME_WEIGHT = 0.5;

function keywordCodeWeights(keyword: string, nodeCodes: string[], index: IndustryTextIndex): { code: string; weight: number }[] {
  const expanded = expandSynonyms(keyword);
  const matched = new Set(
    index
      .matchClause(expanded.text, expanded.replaced)
      .flatMap((m) => nodeCodes.filter((nc) => industryAncestors(nc).includes(m.code) || industryAncestors(m.code).includes(nc))),
  );
  if (matched.size === 0) return nodeCodes.map((code) => ({ code, weight: 1 / Math.sqrt(nodeCodes.length) }));
  return nodeCodes.map((code) => ({ code, weight: matched.has(code) ? 1 : SPREAD_OTHER_CODES }));
}

function keywordSpecificity(keyword: string): number {
  return Math.min(1, 0.55 + 0.15 * keyword.length);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Company name without region prefix, brackets and legal-form suffix: 贵州百灵企业集团制药股份有限公司 → 百灵企业集团制药. */
function coreName(name: string): string {
  let core = normalizeText(name)
    .replace(/[(（][^)）]*[)）]/g, "")
    .replace(/(股份有限公司|有限责任公司|有限公司|股份公司|公司|集团)$/g, "")
    .replace(/^中国/, "");
  // Place names in front (贵州, 遵义市, 山东) would only add unknown words.
  for (let i = 0; i < 2; i++) {
    const region = matchRegionPrefix(core, { strict: true });
    if (!region || region.length >= core.length) break;
    core = core.slice(region.length);
  }
  return core;
}

/** A product with a third of revenue is the business; a 0.1% line is a hint (real lists carry segment noise). */
function productWeight(share: number | null | undefined, position: number): number {
  if (share !== undefined && share !== null && Number.isFinite(share)) return 0.25 + 0.75 * Math.min(1, share / 0.3);
  return position < 3 ? 0.75 : 0.5;
}

function productNamesOf(products: EnterpriseInferenceInput["products"]): { name: string; share?: number | null }[] {
  return products.map((p) => (typeof p === "string" ? { name: p } : p)).filter((p) => p.name && p.name.trim().length > 0);
}

function quoteShort(text: string, max = 16): string {
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}

class Inferrer implements IndustryInferrer {
  private readonly index: IndustryTextIndex;
  private readonly keywords: KeywordDictionary;
  private readonly lookups: TaxonomyLookups;
  private readonly maxResults: number;
  private readonly minConfidence: number;
  private readonly groups: readonly ChainGroup[];
  private readonly clauseCache = new Map<string, ClauseAnalysis>();

  constructor(options: InferenceOptions) {
    this.index = new IndustryTextIndex(options.industryTable);
    this.keywords = new KeywordDictionary(options.chainMap, this.index);
    this.lookups = options.taxonomyLookups ?? DEFAULT_TAXONOMY_LOOKUPS;
    this.maxResults = options.maxResults ?? 5;
    this.minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    this.groups = options.chainMap?.groups ?? [];
  }

  private name(code: string): string {
    const row = this.index.industry(code);
    return row ? `${code} ${row.name}` : code;
  }

  /** Text and keyword matches of a clause before field weights; product names repeat a lot across records. */
  private analyseClause(clause: string): ClauseAnalysis {
    const cached = this.clauseCache.get(clause);
    if (cached) return cached;
    const analysis: ClauseAnalysis = [];
    const expanded = expandSynonyms(clause);
    const matches = this.index.matchClause(expanded.text, expanded.replaced);
    if (matches.length > 0) {
      // A clause that matches many codes equally well (机械, 设备) is split among them.
      const best = matches[0].score;
      const tied = matches.filter((m) => m.score >= 0.9 * best).length;
      const dilution = tied > 1 ? 1 / Math.sqrt(tied) : 1;
      for (const m of matches.slice(0, 4)) {
        const row = this.index.industry(m.code);
        analysis.push({
          code: m.code,
          base: calibrateTextScore(m.score) * dilution,
          source: "text",
          what: `与${m.byName ? "行业名称" : "行业说明"}“${row?.name ?? m.code}”相符`,
        });
      }
    }
    const entries = this.keywords.find(normalizeText(clause));
    const phraseCodes = entries.filter((e) => e.phrase).flatMap((e) => e.codes.map((c) => c.code));
    if (phraseCodes.length > 0) {
      for (const piece of analysis) {
        const chain = industryAncestors(piece.code);
        if (!phraseCodes.some((pc) => chain.includes(pc) || industryAncestors(pc).includes(piece.code))) piece.base *= PHRASE_OVERRIDE_FACTOR;
      }
    }
    for (const entry of entries) {
      for (const { code, weight } of entry.codes) {
        if (!this.index.has(code)) continue;
        if (entry.phrase) {
          analysis.push({ code, base: weight, source: "keyword", what: `含行业用语“${entry.keyword}”` });
        } else {
          const base = calibrateTextScore(KEYWORD_BASE * keywordSpecificity(entry.keyword)) * weight;
          analysis.push({ code, base, source: "keyword", what: `含产业链词“${entry.keyword}”` });
        }
      }
    }
    if (this.clauseCache.size >= CLAUSE_CACHE_LIMIT) this.clauseCache.clear();
    this.clauseCache.set(clause, analysis);
    return analysis;
  }

  /** Evidence of one clause (one group: its pieces restate each other). */
  private clauseEvidence(clause: string, weight: number, describe: string, out: CodeEvidence[], groupFactor?: (code: string) => number): void {
    const group = out.length + 1;
    for (const piece of this.analyseClause(clause)) {
      out.push({
        code: piece.code,
        group,
        strength: piece.base * weight * (groupFactor?.(piece.code) ?? 1),
        source: piece.source,
        note: `${describe}${quoteShort(clause)}${piece.what}`,
      });
    }
  }

  private finish(evidence: CodeEvidence[]): InferredIndustry[] {
    const ranked = aggregateEvidence(evidence, (code) => this.index.has(code));
    return selectCodes(ranked, { maxResults: this.maxResults, minConfidence: this.minConfidence }).map((c) => ({
      code: c.code,
      // An inference is never certain; 1.0 is kept for confirmed codes.
      confidence: Math.min(MAX_INFERRED_CONFIDENCE, round2(c.confidence)),
      evidence: `${this.name(c.code)}：${c.notes.join("；")}`,
    }));
  }

  inferIndustryCodes(input: EnterpriseInferenceInput): InferredIndustry[] {
    const evidence: CodeEvidence[] = [];
    const clauses = new ClauseCollector();
    for (const label of input.industryLabels) {
      const trimmed = label.trim();
      if (!trimmed) continue;
      const shenwan = this.lookups.shenwan(trimmed);
      const tushare = shenwan.length > 0 ? [] : this.lookups.tushare(trimmed);
      const mapped = shenwan.length > 0 ? shenwan : tushare;
      for (const candidate of mapped) {
        const code = this.index.resolve(normalizeIndustryCode(candidate.code));
        if (!code) continue;
        evidence.push({
          code,
          group: LABEL_GROUP,
          strength: candidate.confidence,
          source: "label",
          note: `${shenwan.length > 0 ? "申万行业" : "tushare 行业"}“${trimmed}”对应 ${code}（映射置信度 ${candidate.confidence}）`,
        });
      }
      if (mapped.length === 0 && !this.lookups.isKnown?.(trimmed)) clauses.add(trimmed, 0.5, "行业标签");
    }
    productNamesOf(input.products).forEach((product, i) => {
      const weight = productWeight(product.share, i);
      for (const clause of splitClauses(product.name)) clauses.add(clause, weight, "产品");
    });
    for (const clause of splitClauses(input.mainBusiness ?? "")) clauses.add(clause, 0.8, "主营业务");
    const name = coreName(input.name);
    if (name.length >= 2) clauses.add(name, NAME_WEIGHT, "企业名称");
    for (const c of clauses.list()) this.clauseEvidence(c.clause, c.weight, c.describe, evidence);
    return this.finish(evidence);
  }

  inferProjectIndustryCodes(input: ProjectInferenceInput): InferredIndustry[] {
    const group = input.industryGroup ? this.groups.find((g) => g.name === input.industryGroup) : undefined;
    const groupCodes = group ? [...new Set(group.nodes.flatMap((n) => n.industryCodes))] : [];
    // Evidence inside the group's chain codes (either direction on the hierarchy) keeps full strength.
    const groupFactor =
      groupCodes.length > 0
        ? (code: string) => {
            const chain = industryAncestors(code);
            return groupCodes.some((g) => chain.includes(g) || industryAncestors(g).includes(code)) ? 1 : OUT_OF_GROUP_FACTOR;
          }
        : undefined;
    const clauses = new ClauseCollector();
    const fields: [string | null | undefined, number, string][] = [
      [input.name, 1, "项目名称"],
      [input.constructionContent, 0.8, "建设内容"],
      [input.description, 0.7, "项目描述"],
      [input.targetProfile, 0.5, "目标企业"],
    ];
    for (const [text, weight, describe] of fields) {
      for (const clause of splitClauses(text ?? "")) clauses.add(clause, weight, describe);
    }
    const evidence: CodeEvidence[] = [];
    for (const c of clauses.list()) this.clauseEvidence(c.clause, c.weight, c.describe, evidence, groupFactor);
    return this.finish(evidence);
  }
}

/**
 * The clauses of one record, each once: segment reports repeat a prefix on every line (旅游服务业-A,
 * 旅游服务业-B …), and counting it per line would let one phrase look like many independent hints.
 */
class ClauseCollector {
  private readonly byText = new Map<string, { clause: string; weight: number; describe: string }>();

  add(clause: string, weight: number, describe: string): void {
    const existing = this.byText.get(clause);
    if (!existing || weight > existing.weight) this.byText.set(clause, { clause, weight, describe });
  }

  list(): { clause: string; weight: number; describe: string }[] {
    return [...this.byText.values()];
  }
}

/** Builds the index once (≈150 ms); reuse the inferrer for every record of an import. */
export function createIndustryInferrer(options: InferenceOptions): IndustryInferrer {
  return new Inferrer(options);
}

// Inferrers cached per (table, chain map, lookups) object identity, so the plain functions below stay cheap.
const cache = new WeakMap<object, WeakMap<object, WeakMap<object, Map<string, IndustryInferrer>>>>();
const NO_CHAIN_MAP = {};

function cachedInferrer(options: InferenceOptions): IndustryInferrer {
  const lookups = options.taxonomyLookups ?? DEFAULT_TAXONOMY_LOOKUPS;
  const chainKey = options.chainMap ?? NO_CHAIN_MAP;
  const byTable = cache.get(options.industryTable) ?? new WeakMap();
  cache.set(options.industryTable, byTable);
  const byChain = byTable.get(chainKey) ?? new WeakMap();
  byTable.set(chainKey, byChain);
  const byLookups = byChain.get(lookups) ?? new Map<string, IndustryInferrer>();
  byChain.set(lookups, byLookups);
  const key = `${options.maxResults ?? 5}:${options.minConfidence ?? DEFAULT_MIN_CONFIDENCE}`;
  let inferrer = byLookups.get(key);
  if (!inferrer) {
    inferrer = createIndustryInferrer(options);
    byLookups.set(key, inferrer);
  }
  return inferrer;
}

/** GB/T codes for an enterprise from its labels, products, business text and name. */
export function inferIndustryCodes(input: EnterpriseInferenceInput, options: InferenceOptions): InferredIndustry[] {
  return cachedInferrer(options).inferIndustryCodes(input);
}

/** GB/T codes for a project from its name, construction content, description and target profile. */
export function inferProjectIndustryCodes(input: ProjectInferenceInput, options: InferenceOptions): InferredIndustry[] {
  return cachedInferrer(options).inferProjectIndustryCodes(input);
}
