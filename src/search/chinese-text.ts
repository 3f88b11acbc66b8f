/**
 * Chinese text analysis shared by indexing and querying in the embedded engine (and the source of the
 * dictionary/synonym settings sent to Meilisearch).
 *
 * Why jieba and not Intl.Segmenter: Intl.Segmenter('zh') splits 新能源 and 零部件 wrongly. Documents are cut in
 * search mode (cutForSearch) so 新能源汽车 also yields 能源 and 汽车; queries are cut in precise mode so that a
 * query word is the most specific unit, which the search-mode index always contains.
 */
import { createHash } from "node:crypto";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

export interface ChineseTextOptions {
  /** Extra words the segmenter must keep whole (industry terms, product names). */
  userWords?: readonly string[];
  /**
   * Groups of interchangeable terms, e.g. ["新能源汽车", "新能源车", "电动汽车"]. A query for any member
   * matches documents containing any member. Every member is also added as a user word so it is one token.
   */
  synonyms?: readonly (readonly string[])[];
}

/** A query word and the index tokens that satisfy it (the word itself plus its synonyms). */
export interface QueryTerm {
  text: string;
  alternatives: string[];
}

export interface ChineseTextAnalyzer {
  /** Tokens to index for a text: normalised, search-mode cut (overlapping sub-words included). */
  segmentForIndex(text: string): string[];
  /** Query words in order, deduplicated, stop words removed, with synonym alternatives. */
  analyzeQuery(q: string): QueryTerm[];
  /** Finer pieces of a word (search-mode cut), used when the whole word is not in the index. */
  subTerms(word: string): string[];
  /** Changes whenever segmentation output can change; an index built with another one needs a rebuild. */
  readonly fingerprint: string;
  readonly userWords: readonly string[];
  readonly synonyms: readonly (readonly string[])[];
}

/** A conservative starter set; the bureau's own list comes from config. */
export const DEFAULT_INDUSTRY_SYNONYMS: readonly (readonly string[])[] = [
  ["新能源汽车", "新能源车", "电动汽车"],
  ["锂电池", "锂离子电池", "锂电"],
  ["光伏", "太阳能光伏"],
  ["集成电路", "芯片"],
  ["人工智能", "ai"],
  ["生物医药", "生物制药"],
];

/** Bumped when the analysis below changes in a way that changes tokens. */
const ANALYZER_VERSION = 1;
/** High enough for jieba to keep the word whole against its own dictionary (measured: 1000 suffices). */
const USER_WORD_FREQUENCY = 2000;
const QUERY_STOP_WORDS = new Set(["的", "了", "和", "与", "及", "或", "等", "之", "其", "在", "是", "为", "对", "把", "被", "从", "有关", "相关"]);
const TOKEN_PIECE = /[\p{L}\p{N}]+/gu;

export function createChineseTextAnalyzer(options: ChineseTextOptions = {}): ChineseTextAnalyzer {
  // A dictionary word cannot contain spaces (jieba's dict format is "word freq tag").
  const asWord = (w: string) => normalizeText(w).replace(/\s+/g, "");
  const synonyms = (options.synonyms ?? DEFAULT_INDUSTRY_SYNONYMS)
    .map((group) => [...new Set(group.map(asWord).filter(Boolean))])
    .filter((g) => g.length > 1);
  const userWords = [...new Set([...(options.userWords ?? []).map(asWord), ...synonyms.flat()].filter(Boolean))].sort();
  const jieba = loadJieba(userWords);
  const synonymsOf = new Map<string, string[]>();
  for (const group of synonyms) {
    for (const term of group) synonymsOf.set(term, [...new Set([...(synonymsOf.get(term) ?? [term]), ...group])]);
  }
  const fingerprint = createHash("sha1")
    .update(JSON.stringify({ v: ANALYZER_VERSION, userWords, synonyms }))
    .digest("hex")
    .slice(0, 16);

  return {
    fingerprint,
    userWords,
    synonyms,
    segmentForIndex(text) {
      const normalized = normalizeText(text);
      return normalized ? toTokens(jieba.cutForSearch(normalized, true)) : [];
    },
    analyzeQuery(q) {
      const normalized = normalizeText(q);
      if (!normalized) return [];
      const seen = new Set<string>();
      const terms: QueryTerm[] = [];
      for (const token of toTokens(jieba.cut(normalized, true))) {
        if (seen.has(token) || QUERY_STOP_WORDS.has(token)) continue;
        seen.add(token);
        terms.push({ text: token, alternatives: synonymsOf.get(token) ?? [token] });
      }
      return terms;
    },
    subTerms(word) {
      return [...new Set(toTokens(jieba.cutForSearch(normalizeText(word), true)))].filter((t) => t !== word);
    },
  };
}

/** NFKC folds full-width letters/digits (ＡＢＣ１２３) to ASCII; lower-casing matches FTS5's unicode61. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/**
 * Splits jieba tokens on anything FTS5's unicode61 tokenizer treats as a separator, so index tokens and
 * query tokens are the same strings (e.g. "3.5" becomes "3", "5"; punctuation disappears).
 */
function toTokens(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const parts = piece.match(TOKEN_PIECE);
    if (parts) out.push(...parts);
  }
  return out;
}

/** Loading the 350k-word dictionary takes ~0.2 s, so instances are shared per user-word set. */
const jiebaCache = new Map<string, Jieba>();

function loadJieba(userWords: readonly string[]): Jieba {
  const key = userWords.join("\n");
  let jieba = jiebaCache.get(key);
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    if (userWords.length > 0) {
      jieba.loadDict(Buffer.from(userWords.map((w) => `${w} ${USER_WORD_FREQUENCY} n`).join("\n") + "\n"));
    }
    jiebaCache.set(key, jieba);
  }
  return jieba;
}
