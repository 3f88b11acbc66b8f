import { compareEntityIds, rankCandidates } from "../../../../src/modules/matching/scoring/rank-candidates";
import { matchEnterprisesForProject, matchProjectsForEnterprise } from "../../../../src/modules/matching/scoring/match-candidates";
import { DEFAULT_SIGNAL_WEIGHTS, resolveSignalWeights } from "../../../../src/modules/matching/scoring/signal-weights";
import type { MatchEnterprise } from "../../../../src/modules/matching/types";
import { TEST_CHAIN_MAP, buildMatchEnterprise, buildMatchProject, NOW } from "../match-builders";

const context = { now: NOW, countyCode: "520324", chainMap: TEST_CHAIN_MAP };

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("rankCandidates", () => {
  it("orders by total descending, then id ascending", () => {
    const sut = rankCandidates([
      { id: 3, total: 50 },
      { id: 10, total: 70 },
      { id: 2, total: 70 },
      { id: 1, total: 20 },
    ]);
    expect(sut.map((c) => c.id)).toEqual([2, 10, 3, 1]);
  });

  it("compares ids numerically, strings by code units, numbers first", () => {
    expect([10, 9, "b", "a", 100].sort(compareEntityIds)).toEqual([9, 10, 100, "a", "b"]);
  });
});

describe("matchEnterprisesForProject", () => {
  const project = buildMatchProject({ id: 1 });
  // Identical records tie on every signal: only the id can order them.
  const twins = [5, 3, 4].map((id) => buildMatchEnterprise({ id, name: "某某有限公司" }));
  const others = [
    buildMatchEnterprise({ id: 9, industries: [{ code: "3670", kind: "primary", confidence: 1 }] }),
    buildMatchEnterprise({ id: 8, industries: [{ code: "6621", kind: "primary", confidence: 1 }], products: [] }),
    buildMatchEnterprise({ id: 7, operatingStatus: "注销" }),
  ];
  const candidates = [...twins, ...others].map((enterprise) => ({ enterprise, textScore: 0.5 }));

  it("gives the same order for the same input, whatever the arrival order", () => {
    const orders = [1, 2, 3, 4, 5].map((seed) =>
      matchEnterprisesForProject({ project, candidates: shuffled(candidates, seed), context, weights: DEFAULT_SIGNAL_WEIGHTS }).ranked.map((m) => m.id),
    );
    for (const order of orders) expect(order).toEqual(orders[0]);
    const twinPositions = orders[0].filter((id) => [3, 4, 5].includes(id as number));
    expect(twinPositions).toEqual([3, 4, 5]);
  });

  it("numbers ranks from 1 and keeps gated enterprises apart with their reasons", () => {
    const sut = matchEnterprisesForProject({ project, candidates, context, weights: DEFAULT_SIGNAL_WEIGHTS });
    expect(sut.ranked.map((m) => m.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(sut.excluded).toEqual([{ id: 7, candidate: others[2], reasons: ["经营状态为“注销”：企业已注销登记，不再存续"] }]);
  });

  it("lets weight overrides change the order", () => {
    // A is the industry match far away; B is a neighbour in a different line of business.
    const a: MatchEnterprise = buildMatchEnterprise({ id: 1, name: "某某有限公司", provinceCode: "230000" });
    const b: MatchEnterprise = buildMatchEnterprise({
      id: 2,
      name: "某某有限公司",
      provinceCode: "520000",
      cityCode: "520300",
      countyCode: "520324",
      industries: [{ code: "3670", kind: "primary", confidence: 1 }],
      products: [],
    });
    const run = (overrides?: object) =>
      matchEnterprisesForProject({
        project,
        candidates: [{ enterprise: a }, { enterprise: b }],
        context,
        weights: resolveSignalWeights({ industryGroup: project.industryGroup, overrides }),
      }).ranked.map((m) => m.id);
    expect(run()).toEqual([1, 2]);
    expect(run({ geographyTies: 10, industryFit: 0.5, industryChainFit: 0.5 })).toEqual([2, 1]);
  });
});

describe("matchProjectsForEnterprise", () => {
  it("ranks projects for one enterprise with each project's own weights", () => {
    const enterprise = buildMatchEnterprise({ id: 1 });
    const fits = buildMatchProject({ id: 20, industryCodes: ["3812"] });
    const misses = buildMatchProject({ id: 10, name: "白酒项目", industryCodes: ["1512"], description: "", constructionContent: "" });
    const weightsFor = jest.fn(() => DEFAULT_SIGNAL_WEIGHTS);
    const sut = matchProjectsForEnterprise({ enterprise, candidates: [{ project: misses }, { project: fits }], context, weightsFor });
    expect(sut.ranked.map((m) => m.id)).toEqual([20, 10]);
    expect(weightsFor).toHaveBeenCalledTimes(2);
  });
});
