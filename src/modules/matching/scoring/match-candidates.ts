import type { EntityId, MatchContext, MatchEnterprise, MatchProject } from "../types";
import { gateEnterprise, type GateOptions } from "./gates";
import { compareEntityIds, rankCandidates } from "./rank-candidates";
import { scoreCandidate, type CandidateScore } from "./score-candidate";
import type { SignalWeights } from "./signal-weights";

/** The pair-specific inputs retrieval produces for one candidate. */
export interface RetrievalScores {
  /** Engine relevance 0..1. */
  textScore?: number | null;
  /** Embedding cosine -1..1. */
  semanticSimilarity?: number | null;
}

/** Context without the pair-specific retrieval scores. */
export type MatchBaseContext = Omit<MatchContext, "textScore" | "semanticSimilarity">;

export interface RankedMatch<T> extends CandidateScore {
  /** Id of the candidate (enterprise or project). */
  id: EntityId;
  /** 1-based position. */
  rank: number;
  candidate: T;
}

export interface ExcludedMatch<T> {
  id: EntityId;
  candidate: T;
  reasons: string[];
}

export interface MatchResult<T> {
  ranked: RankedMatch<T>[];
  excluded: ExcludedMatch<T>[];
}

const NO_GATES: GateOptions = { negativeList: [], unsuitable: [] };

function finish<T>(scored: (CandidateScore & { id: EntityId; candidate: T })[], excluded: ExcludedMatch<T>[]): MatchResult<T> {
  const ranked = rankCandidates(scored).map((s, i) => ({ ...s, rank: i + 1 }));
  return { ranked, excluded: [...excluded].sort((a, b) => compareEntityIds(a.id, b.id)) };
}

/** Gates, scores and ranks retrieved enterprises for one project. */
export function matchEnterprisesForProject(options: {
  project: MatchProject;
  candidates: readonly ({ enterprise: MatchEnterprise } & RetrievalScores)[];
  context: MatchBaseContext;
  weights: Readonly<SignalWeights>;
  gates?: GateOptions;
}): MatchResult<MatchEnterprise> {
  const scored: (CandidateScore & { id: EntityId; candidate: MatchEnterprise })[] = [];
  const excluded: ExcludedMatch<MatchEnterprise>[] = [];
  for (const { enterprise, textScore, semanticSimilarity } of options.candidates) {
    const gate = gateEnterprise(enterprise, options.project, options.gates ?? NO_GATES);
    if (gate.excluded) {
      excluded.push({ id: enterprise.id, candidate: enterprise, reasons: gate.reasons });
      continue;
    }
    const score = scoreCandidate(options.project, enterprise, { ...options.context, textScore, semanticSimilarity }, options.weights);
    scored.push({ ...score, id: enterprise.id, candidate: enterprise });
  }
  return finish(scored, excluded);
}

/**
 * Gates, scores and ranks retrieved projects for one enterprise (a new chamber lead, say). Weights come per
 * project because they depend on the project's industry group.
 */
export function matchProjectsForEnterprise(options: {
  enterprise: MatchEnterprise;
  candidates: readonly ({ project: MatchProject } & RetrievalScores)[];
  context: MatchBaseContext;
  weightsFor: (project: MatchProject) => Readonly<SignalWeights>;
  gates?: GateOptions;
}): MatchResult<MatchProject> {
  const scored: (CandidateScore & { id: EntityId; candidate: MatchProject })[] = [];
  const excluded: ExcludedMatch<MatchProject>[] = [];
  for (const { project, textScore, semanticSimilarity } of options.candidates) {
    const gate = gateEnterprise(options.enterprise, project, options.gates ?? NO_GATES);
    if (gate.excluded) {
      excluded.push({ id: project.id, candidate: project, reasons: gate.reasons });
      continue;
    }
    const score = scoreCandidate(project, options.enterprise, { ...options.context, textScore, semanticSimilarity }, options.weightsFor(project));
    scored.push({ ...score, id: project.id, candidate: project });
  }
  return finish(scored, excluded);
}
