/**
 * Enterprise name normalization for deduplication and fuzzy comparison.
 *
 * Two forms, on purpose:
 *
 * - `normalizeEnterpriseName` is the dedup key (the importer upserts on it when a row has no credit code and
 *   no external id). A false merge silently corrupts two records, a missed merge only leaves a visible
 *   duplicate, so the key removes only what never tells two legal entities apart: width and case, spaces and
 *   punctuation, brackets (not their content), the legal form at the end (有限公司, 股份有限公司, Co., Ltd. …),
 *   and the spelling of a leading region (广东省深圳市 / 深圳市 / 深圳 -> 深圳). It keeps the region itself and
 *   words like 集团 and 控股, because real, different companies differ only there: 深圳市燃气集团股份有限公司
 *   vs 北京市燃气集团有限责任公司, 中国石油天然气集团有限公司 (the group) vs 中国石油天然气股份有限公司 (its listed
 *   subsidiary), 江西铜业 vs 云南铜业.
 * - `coreEnterpriseName` drops the region and a trailing 集团/股份 as well (深圳市大疆创新科技有限公司 -> 大疆创新科技),
 *   for similarity and search, never as an identity.
 *
 * `nameSimilarity` compares the two forms with a character-bigram Dice coefficient (Chinese names have no
 * word boundaries and their informative part is a run of 2-4 characters, which bigrams capture; Jaro-Winkler
 * over-rewards shared prefixes, and the shared prefix of Chinese names is usually the region).
 */
import { matchRegionPrefix, resolveRegionByName, type ResolvedRegion } from "../regions/reference-data";

/** Legal-form endings, longest first, matched after punctuation is gone. */
const CHINESE_LEGAL_FORMS = [
  "股份有限公司",
  "有限责任公司",
  "特殊普通合伙",
  "有限公司",
  "股份公司",
  "有限合伙",
  "普通合伙",
  "合伙企业",
  "公司",
];

const ENGLISH_LEGAL_TOKENS = new Set([
  "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh", "ag",
  "sa", "bv", "kk", "pte", "pty",
]);

/** Units that are not the legal entity named before them; stripping 公司 from 分公司 would merge a branch. */
const BRANCH_ENDINGS = ["分公司", "子公司", "办事处", "分行", "支行", "分厂", "分店", "营业部"];

/**
 * A county-level unit (仁怀市, 播州区, 正安县) right after a province or prefecture. The shipped region table
 * stops at prefectures, so these are recognised by their suffix, and only in the core form (similarity), never
 * in the dedup key: 贵州省仁怀市茅台酒 and 茅台酒（贵州） share the core 茅台酒.
 */
const COUNTY_UNIT_PREFIX = /^\p{Script=Han}{2,3}?[县区市旗]/u;

const OPEN_BRACKETS = "([{【〔「『《<〈";
const CLOSE_BRACKETS = ")]}】〕」』》>〉";

interface NameParts {
  /** The leading (or bracketed) region recognised in the name, most specific unit. */
  region?: ResolvedRegion;
  /** Name without region, legal form, punctuation; lower-case. */
  body: string;
}

function stripEnglishLegalForm(text: string): string {
  // Works on tokens so that 'Tesco' keeps its 'co'; only whole trailing words like 'Co., Ltd.' go.
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!tokens.some((t) => /[a-z]/.test(t))) return text;
  let end = tokens.length;
  while (end > 1 && ENGLISH_LEGAL_TOKENS.has(tokens[end - 1])) end--;
  if (end === tokens.length) return text;
  // Cut the original string after the last kept token so Chinese text before it is untouched.
  let position = 0;
  for (let i = 0; i < end; i++) position = text.indexOf(tokens[i], position) + tokens[i].length;
  return text.slice(0, position);
}

function stripChineseLegalForm(text: string): string {
  const branch = BRANCH_ENDINGS.find((ending) => text.endsWith(ending));
  if (branch) {
    // 招商银行股份有限公司深圳分行 -> 招商银行深圳分行: the parent's legal form goes, the branch stays.
    const head = text.slice(0, -branch.length);
    const form = CHINESE_LEGAL_FORMS.find((f) => head.indexOf(f) > 0);
    return form ? head.replace(form, "") + branch : text;
  }
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of CHINESE_LEGAL_FORMS) {
      if (current === form) return current;
      if (current.endsWith(form)) {
        current = current.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  // A trailing bare 股份 is what is left of 股份有限公司 in listings (鼎龙股份).
  if (current.endsWith("股份") && current.length > 3) current = current.slice(0, -2);
  return current;
}

function shortForm(region: ResolvedRegion): string {
  return region.region.shortName ?? region.region.name;
}

/** Bracketed text that is a region ((深圳), (中国)) is a location marker, not part of the brand. */
function bracketRegion(content: string): { region?: ResolvedRegion; isCountry: boolean } {
  if (content === "中国" || content === "china") return { isCountry: true };
  const region = resolveRegionByName(content) ?? undefined;
  return { region, isCountry: false };
}

function splitName(rawName: string, dropRegion: boolean): NameParts {
  let text = rawName.normalize("NFKC").toLowerCase().trim();
  let region: ResolvedRegion | undefined;

  // Brackets: keep the content (金田实业(集团) -> 金田实业集团), but a region inside is either canonicalised
  // or dropped like a leading region.
  let unwrapped = "";
  for (let i = 0; i < text.length; i++) {
    const open = OPEN_BRACKETS.indexOf(text[i]);
    if (open < 0) {
      if (!CLOSE_BRACKETS.includes(text[i])) unwrapped += text[i];
      continue;
    }
    const close = text.indexOf(CLOSE_BRACKETS[open], i + 1);
    if (close < 0) continue;
    const content = text.slice(i + 1, close).trim();
    const marker = bracketRegion(content);
    if (marker.region) {
      region ??= marker.region;
      if (!dropRegion) unwrapped += shortForm(marker.region);
    } else if (!(marker.isCountry && dropRegion)) {
      unwrapped += content;
    }
    i = close;
  }
  text = stripEnglishLegalForm(unwrapped);
  text = text.replace(/[^\p{L}\p{N}]+/gu, "");
  text = stripChineseLegalForm(text);

  const leading = matchRegionPrefix(text, { strict: true });
  // Keep at least two characters after the region: 深圳市 alone or 中山 alone is the whole name, not a prefix.
  if (leading && text.length - leading.length >= 2) {
    region = leading.resolved;
    let rest = text.slice(leading.length);
    if (dropRegion) {
      const unit = COUNTY_UNIT_PREFIX.exec(rest);
      if (unit && rest.length - unit[0].length >= 2) rest = rest.slice(unit[0].length);
    }
    text = dropRegion ? rest : shortForm(leading.resolved) + rest;
  }
  return { region, body: text };
}

/**
 * Dedup key of an enterprise name: NFKC, lower-case, no spaces/punctuation/brackets, no legal-form suffix,
 * leading region in short form. 深圳市大疆创新科技有限公司 and 深圳大疆创新科技有限公司 -> 深圳大疆创新科技;
 * 贵州茅台酒股份有限公司 and (贵州)茅台酒有限公司 -> 贵州茅台酒. Returns '' for a blank name.
 */
export function normalizeEnterpriseName(name: string): string {
  const { body } = splitName(name, false);
  if (body) return body;
  // A name that is nothing but a legal form or punctuation still needs a stable key.
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The distinctive part of a name: the dedup key without the region and without a trailing 集团/控股集团.
 * 深圳市大疆创新科技有限公司 -> 大疆创新科技. Not an identity (深圳燃气 and 北京燃气 share the core 燃气).
 */
export function coreEnterpriseName(name: string): string {
  let { body } = splitName(name, true);
  for (const ending of ["控股集团", "集团"]) {
    if (body.endsWith(ending) && body.length - ending.length >= 2) {
      body = body.slice(0, -ending.length);
      break;
    }
  }
  return body || normalizeEnterpriseName(name);
}

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text);
  const grams = new Map<string, number>();
  const units = chars.length === 1 ? chars : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  for (const unit of units) grams.set(unit, (grams.get(unit) ?? 0) + 1);
  return grams;
}

/** Sørensen-Dice over character bigram multisets; 1 for equal strings, 0 when either is empty. */
function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of ga) {
    shared += Math.min(count, gb.get(gram) ?? 0);
    total += count;
  }
  for (const count of gb.values()) total += count;
  return (2 * shared) / total;
}

/** Two regions are compatible when one contains the other (广东 and 深圳) or they are the same. */
function regionsConflict(a?: ResolvedRegion, b?: ResolvedRegion): boolean {
  if (!a || !b) return false;
  const chain = (r: ResolvedRegion) => [r.province.code, r.city?.code, r.county?.code].filter(Boolean);
  const ca = chain(a);
  const cb = chain(b);
  const shorter = ca.length <= cb.length ? ca : cb;
  const longer = ca.length <= cb.length ? cb : ca;
  return !shorter.every((code, i) => longer[i] === code);
}

/** Weight on core-name similarity when both names carry different regions (深圳燃气 vs 北京燃气). */
const CONFLICTING_REGION_FACTOR = 0.6;

/**
 * Similarity of two enterprise names in [0, 1]: the larger of the bigram Dice of the dedup keys and of the
 * core names, the latter discounted when the names state different regions. Equal keys give 1.
 * 深圳市大疆创新科技有限公司 vs 大疆创新科技 -> 1; 贵州茅台酒股份有限公司 vs 茅台酒 -> 1; 深圳市燃气集团 vs
 * 北京市燃气集团 -> 0.6.
 */
export function nameSimilarity(a: string, b: string): number {
  return nameSimilarityTo(a)(b);
}

/** A name's parts for comparison. Lead dedup compares every submission with the same candidates again and again. */
const comparableCache = new Map<string, { parts: ReturnType<typeof splitName>; core: string }>();
const COMPARABLE_CACHE_SIZE = 5_000;

function comparable(name: string): { parts: ReturnType<typeof splitName>; core: string } {
  let hit = comparableCache.get(name);
  if (!hit) {
    if (comparableCache.size >= COMPARABLE_CACHE_SIZE) comparableCache.clear();
    hit = { parts: splitName(name, false), core: coreEnterpriseName(name) };
    comparableCache.set(name, hit);
  }
  return hit;
}

/** nameSimilarity with `a` fixed, for comparing one name with many (lead dedup). */
export function nameSimilarityTo(a: string): (b: string) => number {
  const { parts: pa, core: coreA } = comparable(a);
  return (b) => {
    const { parts: pb, core: coreB } = comparable(b);
    if (!pa.body || !pb.body) return 0;
    if (pa.body === pb.body) return 1;
    const keyScore = dice(pa.body, pb.body);
    const coreScore = dice(coreA, coreB);
    const factor = regionsConflict(pa.region, pb.region) ? CONFLICTING_REGION_FACTOR : 1;
    return Math.max(keyScore, coreScore * factor);
  };
}
