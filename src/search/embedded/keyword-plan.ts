/**
 * Turns a text query into FTS5 expressions, choosing terms by informativeness (IDF).
 *
 * Why not OR every token: at 1M documents a ~20-term OR query ranks hundreds of thousands of rows
 * (p95 636 ms, ENVIRONMENT.md). Instead we follow Meilisearch's `matchingStrategy: "frequency"`:
 * documents containing all (informative) terms come first, then the most frequent term is dropped, and so on
 * down to the rarest term alone. Each bucket is an AND query whose cost is bounded by its rarest term's
 * posting list, and the loosest bucket defines the total.
 */
import type { ChineseTextAnalyzer } from "../chinese-text";

export interface PlannedTerm {
  text: string;
  /** Index tokens that satisfy the term (the token and its synonyms), those present in the index. */
  alternatives: string[];
  /** Document frequency (of the most frequent alternative; an estimate of the OR). */
  df: number;
  idf: number;
}

export interface KeywordPlan {
  /** Rarest first; bucket k requires terms[0..k-1]. */
  terms: PlannedTerm[];
  /** Query words that match no document (not even by their sub-words) and so were left out. */
  unmatched: string[];
  /** Words beyond MAX_QUERY_TERMS, least informative, left out. */
  ignored: string[];
  totalIdf: number;
}

/** Meilisearch also only considers the first 10 query words; 8 informative terms keep AND queries cheap. */
export const MAX_QUERY_TERMS = 8;
/**
 * Words in more than this share of documents (生产, 研发, 有限公司 in business scopes) say almost nothing and
 * cost the most; they are left out when the query has other words. Only applied from COMMON_MIN_DOCS on,
 * where frequencies mean something.
 */
export const COMMON_TERM_SHARE = 0.3;
export const COMMON_MIN_DOCS = 10_000;

export function planKeywordQuery(
  q: string,
  analyzer: ChineseTextAnalyzer,
  documentFrequency: (token: string) => number,
  docCount: number,
): KeywordPlan {
  const planned: PlannedTerm[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (text: string, alternatives: string[]) => {
    const present = alternatives.filter((a) => documentFrequency(a) > 0);
    // Synonyms of a word already planned (锂电 after 锂离子电池) would only repeat the same group.
    const key = [...present].sort().join("\u0000");
    if (present.length === 0 || seen.has(text) || seen.has(key)) return present.length > 0;
    seen.add(text);
    seen.add(key);
    const df = Math.max(...present.map(documentFrequency));
    planned.push({ text, alternatives: present, df, idf: idf(df, docCount) });
    return true;
  };
  for (const term of analyzer.analyzeQuery(q)) {
    if (add(term.text, term.alternatives)) continue;
    // The query word is not an index token (e.g. an HMM-guessed word): fall back to its dictionary pieces.
    let anyPiece = false;
    for (const piece of analyzer.subTerms(term.text)) anyPiece = add(piece, [piece]) || anyPiece;
    if (!anyPiece) unmatched.push(term.text);
  }
  planned.sort((a, b) => a.df - b.df || a.text.localeCompare(b.text));
  const common = docCount >= COMMON_MIN_DOCS ? planned.filter((t) => t.df > COMMON_TERM_SHARE * docCount) : [];
  const informative = common.length < planned.length ? planned.filter((t) => !common.includes(t)) : planned;
  const terms = informative.slice(0, MAX_QUERY_TERMS);
  return {
    terms,
    unmatched,
    ignored: [...informative.slice(MAX_QUERY_TERMS), ...(informative === planned ? [] : common)].map((t) => t.text),
    totalIdf: terms.reduce((sum, t) => sum + t.idf, 0),
  };
}

/** FTS5 expression requiring terms[0..count-1]. */
export function bucketExpression(terms: readonly PlannedTerm[], count: number): string {
  return terms.slice(0, count).map(termExpression).join(" AND ");
}

export function termExpression(term: PlannedTerm): string {
  const quoted = term.alternatives.map((a) => `"${a.replaceAll('"', '""')}"`);
  return quoted.length === 1 ? quoted[0] : `(${quoted.join(" OR ")})`;
}

/** BM25-style IDF that stays positive for very common terms (FTS5 clamps its own to ~0 there). */
export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}
