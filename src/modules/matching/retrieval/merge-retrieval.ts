/**
 * Combines the answers to a retrieval plan (retrieval-plan.ts) into one candidate list with a text relevance
 * per enterprise. Pure and deterministic: the same answers give the same list in the same order.
 *
 * Text relevance of an enterprise = the larger of
 *   - its score in the project-text query relative to the best hit's, where the best counts as at least
 *     FULL_MATCH_FLOOR (engine scores are 0..1, about the share of the query's informative words a hit
 *     contains). On a long text the best hit may contain one rare word of it (山水资源 → an environmental
 *     engineering firm at 0.15): relative to itself alone it would score 1;
 *   - how well it covers the project's needs, half for its best need (a specialist in the project's main need
 *     is a real candidate) and half for the share of all needs it covers (a generalist covering all of them
 *     is a better one): with s_n its best relative score among need n's queries and w_n the need's weight,
 *     ½·max_n(s_n·w_n/max w) + ½·Σ w_n·s_n / Σ w_n. A motor maker covers 「驱动电机」 of a 电机电控 park; a
 *     resort group running scenic areas, hotels and shows covers most of a 文旅度假区.
 * Candidates beyond `cap` are dropped by a first-pass order (text relevance + the best industry retrieval
 * weight that found them), so the scorer sees the likeliest few hundred, never an arbitrary cut.
 */

export interface RetrievedHit {
  id: number;
  score: number;
}

export interface RetrievalAnswers {
  /** Hits of the project-text query. */
  text: RetrievedHit[];
  /** Per need: its weight and the hits of each of its queries. */
  needs: { weight: number; hits: RetrievedHit[][] }[];
  /** Per industry retrieval: its weight and the ids found (browse order). */
  industry: { weight: number; ids: number[] }[];
}

export interface MergedRetrieval {
  /** Candidate ids, likeliest first. */
  ids: number[];
  /** Text relevance 0..1 of every candidate a text or need query found. */
  textScores: Map<number, number>;
}

/** A project-text hit scoring less than this (about half its informative words) is never taken as a full match. */
export const FULL_MATCH_FLOOR = 0.5;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Scores relative to the response's best hit: a need query's hits all contain its word, the best one is a full match. */
function relative(hits: readonly RetrievedHit[]): Map<number, number> {
  const best = Math.max(0, ...hits.map((h) => h.score));
  return new Map(hits.map((h) => [h.id, best > 0 ? h.score / best : 0]));
}

export function mergeRetrieval(answers: RetrievalAnswers, cap: number): MergedRetrieval {
  const firstSeen = new Map<number, number>();
  const see = (id: number) => {
    if (!firstSeen.has(id)) firstSeen.set(id, firstSeen.size);
  };

  const textScores = new Map<number, number>();
  const bestText = Math.max(FULL_MATCH_FLOOR, ...answers.text.map((h) => h.score));
  for (const { id, score } of answers.text) {
    see(id);
    textScores.set(id, Math.max(textScores.get(id) ?? 0, clamp01(score / bestText)));
  }

  const needWeight = answers.needs.reduce((sum, n) => sum + Math.max(0, n.weight), 0);
  const heaviest = Math.max(0, ...answers.needs.map((n) => n.weight));
  if (needWeight > 0) {
    const coverage = new Map<number, number>();
    const bestNeed = new Map<number, number>();
    for (const need of answers.needs) {
      if (!(need.weight > 0)) continue;
      const best = new Map<number, number>();
      for (const hits of need.hits) {
        for (const [id, score] of relative(hits)) {
          see(id);
          best.set(id, Math.max(best.get(id) ?? 0, score));
        }
      }
      for (const [id, score] of best) {
        coverage.set(id, (coverage.get(id) ?? 0) + (need.weight * score) / needWeight);
        bestNeed.set(id, Math.max(bestNeed.get(id) ?? 0, (need.weight * score) / heaviest));
      }
    }
    for (const [id, covered] of coverage) {
      const needScore = 0.5 * (bestNeed.get(id) ?? 0) + 0.5 * covered;
      textScores.set(id, Math.max(textScores.get(id) ?? 0, Math.min(1, needScore)));
    }
  }

  const industry = new Map<number, number>();
  for (const retrieval of answers.industry) {
    for (const id of retrieval.ids) {
      see(id);
      industry.set(id, Math.max(industry.get(id) ?? 0, retrieval.weight));
    }
  }

  const prior = (id: number) => (textScores.get(id) ?? 0) + (industry.get(id) ?? 0);
  const ids = [...firstSeen.keys()].sort((a, b) => prior(b) - prior(a) || (firstSeen.get(a) as number) - (firstSeen.get(b) as number));
  const kept = ids.slice(0, Math.max(0, cap));
  const keptSet = new Set(kept);
  for (const id of [...textScores.keys()]) if (!keptSet.has(id)) textScores.delete(id);
  return { ids: kept, textScores };
}
