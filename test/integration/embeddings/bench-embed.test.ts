/** @jest-environment ./test/fixtures/tiny-model/onnx-test-environment.js */
import { formatEmbedBenchMarkdown, generateProjectTexts, runEmbedBench } from "../../../src/cli/bench-embed";

describe("embedding bench", () => {
  it("measures every batch size on the tiny model and formats a table", async () => {
    const sut = await runEmbedBench({ batchSizes: [1, 4], texts: 12 });
    expect(sut.modelId).toBe("investmatch/tiny-zh-bert");
    expect(sut.rows.map((r) => r.batchSize)).toEqual([1, 4]);
    for (const row of sut.rows) {
      expect(row.texts).toBe(12);
      expect(row.textsPerSecond).toBeGreaterThan(0);
      expect(row.peakRssMb).toBeGreaterThan(0);
    }
    expect(formatEmbedBenchMarkdown(sut)).toContain("| batch size | texts/s | seconds | peak RSS (MB) |");
  });

  it("generates the same realistic Chinese texts for the same seed", () => {
    const texts = generateProjectTexts(20, 7);
    expect(generateProjectTexts(20, 7)).toEqual(texts);
    expect(generateProjectTexts(20, 8)).not.toEqual(texts);
    expect(texts.every((t) => /行业|所属行业/.test(t) && t.length > 60)).toBe(true);
  });
});
