import path from "node:path";
import { runEvaluation } from "../../../src/modules/matching/evaluation/run-evaluation";

describe("evaluation harness on the labelled fixture (real pipeline, scratch database)", () => {
  it("reports Recall@10, Recall@50, MRR and nDCG@10 at or above the asserted minimum quality", async () => {
    const report = await runEvaluation({
      file: path.join(__dirname, "..", "..", "fixtures", "eval", "labelled-set.json"),
      env: { EMBEDDING_ENABLED: "false" },
    });
    expect(report.queries).toBe(5);
    expect(report.enterprises).toBe(22);
    // Every known investor is ranked, and the lists put them near the top.
    expect(report.recall[50]).toBe(1);
    expect(report.recall[10]).toBeGreaterThanOrEqual(0.9);
    expect(report.mrr).toBeGreaterThanOrEqual(0.8);
    expect(report.ndcg[10]).toBeGreaterThanOrEqual(0.75);
    // The revoked company never appears, and a bank is never a known investor's neighbour at the top.
    for (const p of report.perProject) expect(p.ranks.every((r) => r !== null)).toBe(true);
  }, 120_000);
});
