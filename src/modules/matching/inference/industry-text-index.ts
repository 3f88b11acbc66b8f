/**
 * A precomputed index over the GB/T 4754 table (大类, 中类, 小类 names and 说明 texts) that scores short
 * clauses — a product name, a part of a business description — against every code in one pass over the
 * clause's words. Built once per table (~1,750 rows, ~150 ms including jieba's dictionary).
 *
 * A clause p and a code c are compared in both directions, with words weighted by idf over the table:
 *   a = share of p's informative words the code explains (a word in the code's name counts 1, in its 说明 0.5;
 *       a word the table never uses counts with OOV_IDF, so 人工智能 is not "explained" by 智能 alone)
 *   b = share of the code name's words that p contains
 *   s = a^α · max(b, 0.15)^(1−α) · min(1, strongest matched idf / IDF_STRONG)²
 * α = 0.6 for short clauses (a product name must be explained by the code) and 0.25 for long ones (a sentence
 * is never fully explained; what matters is that it contains the code's name). The last factor keeps a clause
 * that only shares generic words (设备, 制品, 工程) from scoring high. A single character (锌, 银, 茶) counts at
 * half its idf: in a product list it is as often part of a brand (银湖国际) as the material itself. 说明 text after 不包括 is left out: it lists
 * what the code is not.
 */
import { industryAncestors, normalizeIndustryCode } from "../../industries/reference-data";
import { segmentWords } from "./text-segmenter";

export interface IndustryTableRow {
  code: string;
  level: number;
  name: string;
  description?: string | null;
}

export interface IndexedIndustry {
  code: string;
  level: number;
  name: string;
}

export interface ClauseMatch {
  code: string;
  /** 0..1 */
  score: number;
  /** True when the code's name (not only its 说明) shares words with the clause. */
  byName: boolean;
}

const DESCRIPTION_FACTOR = 0.5;
const IDF_STRONG = 4.5;
const SHORT_CLAUSE_WORDS = 3;
const SINGLE_CHAR_FACTOR = 0.5;
/** Weight of a word the table never uses: informative, but no code can explain it. */
const OOV_IDF = 4;
/** Matches below this are noise and are not returned. */
export const MIN_CLAUSE_SCORE = 0.3;

interface Doc {
  code: string;
  level: number;
  name: string;
  nameMass: number;
}

/**
 * Only words at least this rare propose candidate codes: a code that shares nothing but 制造/服务/加工 with a
 * clause cannot pass the idf factor anyway, and walking those long posting lists was most of the cost.
 */
const CANDIDATE_MIN_IDF = 2.5;

export class IndustryTextIndex {
  private readonly docs: Doc[] = [];
  private readonly idf = new Map<string, number>();
  /** word → docs whose name (weight 1) or only 说明 (DESCRIPTION_FACTOR) uses it. */
  private readonly postings = new Map<string, { docs: number[]; inName: boolean[] }>();
  // Scratch accumulators reused by every clause (one pass over the posting lists, no per-clause maps).
  private scratchA = new Float64Array(0);
  private scratchName = new Float64Array(0);
  private scratchMaxIdf = new Float64Array(0);
  private readonly byCode = new Map<string, IndexedIndustry>();

  constructor(table: readonly IndustryTableRow[]) {
    const raw: { doc: Doc; nameWords: Set<string>; descWords: Set<string> }[] = [];
    for (const row of table) {
      const code = normalizeIndustryCode(row.code);
      if (!code) continue;
      const level = industryAncestors(code).length;
      this.byCode.set(code, { code, level, name: row.name });
      // Sections are too broad to be named by a product; they are reached through their divisions.
      if (level < 2) continue;
      const nameWords = new Set(segmentWords(row.name));
      const descWords = new Set(segmentWords(stripExclusions(row.description ?? "")).filter((w) => !nameWords.has(w)));
      raw.push({ doc: { code, level, name: row.name, nameMass: 0 }, nameWords, descWords });
    }
    const df = new Map<string, number>();
    for (const { nameWords, descWords } of raw) {
      for (const w of new Set([...nameWords, ...descWords])) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const n = raw.length;
    for (const [w, count] of df) this.idf.set(w, Math.log((n + 1) / (count + 0.5)));
    raw.forEach(({ doc, nameWords, descWords }, i) => {
      doc.nameMass = [...nameWords].reduce((sum, w) => sum + (this.idf.get(w) ?? 0) * (w.length === 1 ? SINGLE_CHAR_FACTOR : 1), 0);
      this.docs.push(doc);
      for (const w of nameWords) this.post(w, i, true);
      for (const w of descWords) this.post(w, i, false);
    });
    this.scratchA = new Float64Array(this.docs.length);
    this.scratchName = new Float64Array(this.docs.length);
    this.scratchMaxIdf = new Float64Array(this.docs.length);
  }

  private post(word: string, doc: number, inName: boolean): void {
    const list = this.postings.get(word) ?? { docs: [], inName: [] };
    list.docs.push(doc);
    list.inName.push(inName);
    this.postings.set(word, list);
  }

  /** Table row of a canonical code (any level, sections included). */
  industry(code: string): IndexedIndustry | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /**
   * The code itself when the table has it, else its deepest ancestor the table has: with only the shipped
   * sections and divisions loaded, 2730 becomes 27 rather than being dropped.
   */
  resolve(code: string | null | undefined): string | undefined {
    if (!code) return undefined;
    if (this.byCode.has(code)) return code;
    const chain = industryAncestors(code);
    for (let i = chain.length - 2; i >= 0; i--) if (this.byCode.has(chain[i])) return chain[i];
    return undefined;
  }

  /**
   * Codes a clause matches with score ≥ MIN_CLAUSE_SCORE, best first (ties by code). Unknown words inside
   * `replacedWords` (colloquial words whose standard wording was appended to the clause) are not counted.
   */
  matchClause(clause: string, replacedWords: readonly string[] = []): ClauseMatch[] {
    const all = [...new Set(segmentWords(clause))];
    const words = all.filter((w) => this.idf.has(w));
    if (words.length === 0) return [];
    const unknown = all.filter((w) => !this.idf.has(w) && !replacedWords.some((r) => r.includes(w)));
    const idfOf = (w: string) => (this.idf.get(w) as number) * (w.length === 1 ? SINGLE_CHAR_FACTOR : 1);
    const mass = words.reduce((sum, w) => sum + idfOf(w), 0) + OOV_IDF * unknown.length;
    const alpha = words.length + unknown.length <= SHORT_CLAUSE_WORDS ? 0.6 : 0.25;
    const a = this.scratchA;
    const nameHit = this.scratchName;
    const maxIdf = this.scratchMaxIdf;
    const touched: number[] = [];
    let proposed = false;
    // Rarest first, so every candidate is open before the common words add to it.
    const ordered = [...words].sort((x, y) => idfOf(y) - idfOf(x));
    for (const w of ordered) {
      const idf = idfOf(w);
      const list = this.postings.get(w);
      if (!list) continue;
      // Only rarer words open new candidates; common ones (制造, 服务) only add to candidates already open.
      const opens = idf >= CANDIDATE_MIN_IDF;
      if (opens) proposed = true;
      for (let k = 0; k < list.docs.length; k++) {
        const doc = list.docs[k];
        if (a[doc] === 0 && !opens) continue;
        if (a[doc] === 0) touched.push(doc);
        if (list.inName[k]) {
          a[doc] += idf;
          nameHit[doc] += idf;
          if (idf > maxIdf[doc]) maxIdf[doc] = idf;
        } else {
          a[doc] += idf * DESCRIPTION_FACTOR;
          if (idf * 0.8 > maxIdf[doc]) maxIdf[doc] = idf * 0.8;
        }
      }
    }
    const out: ClauseMatch[] = [];
    if (proposed) {
      for (const i of touched) {
        const doc = this.docs[i];
        const b = doc.nameMass > 0 ? nameHit[i] / doc.nameMass : 0;
        const score = Math.pow(a[i] / mass, alpha) * Math.pow(Math.max(b, 0.15), 1 - alpha) * Math.pow(Math.min(1, maxIdf[i] / IDF_STRONG), 2);
        if (score >= MIN_CLAUSE_SCORE) out.push({ code: doc.code, score: Math.min(1, score), byName: nameHit[i] > 0 });
      }
    }
    for (const i of touched) {
      a[i] = 0;
      nameHit[i] = 0;
      maxIdf[i] = 0;
    }
    return out.sort((x, y) => y.score - x.score || x.code.localeCompare(y.code));
  }
}

/** The 说明 text without its 不包括 parts (each runs to the next ；/。 or the end). */
export function stripExclusions(description: string): string {
  return description.replace(/不包括[^；;。]*/g, "").replace(/不含[^；;。]*/g, "");
}
