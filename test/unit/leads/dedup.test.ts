import { nameProbeBigrams, scoreDedupCandidates, type EnterpriseCandidateRow, type LeadCandidateRow } from "../../../src/modules/leads/dedup";
import { nameSimilarity } from "../../../src/modules/enterprises/name-normalization";

const enterprise = (id: number, name: string, extra: Partial<EnterpriseCandidateRow> = {}): EnterpriseCandidateRow => ({
  id, name, creditCode: null, phones: [], ...extra,
});
const lead = (id: number, companyName: string, extra: Partial<LeadCandidateRow> = {}): LeadCandidateRow => ({
  id, companyName, creditCode: null, contactPhone: null, chamberName: "贵州省浙江商会", status: "received",
  createdAt: new Date("2026-11-20T02:00:00Z"), ...extra,
});
const subject = (companyName: string, extra: { creditCode?: string; contactPhone?: string } = {}) => ({
  companyName, creditCode: extra.creditCode ?? null, contactPhone: extra.contactPhone ?? null,
});

describe("name variants a chamber really sends", () => {
  it.each([
    ["贵州茅台酒股份有限公司", "茅台酒（贵州）股份公司"],
    ["贵州茅台酒股份有限公司", "贵州省仁怀市茅台酒股份有限公司"],
    ["深圳市大疆创新科技有限公司", "大疆创新科技（深圳）有限公司"],
    ["宁德时代新能源科技股份有限公司", "福建省宁德时代新能源科技有限公司"],
    ["杭州娃哈哈集团有限公司", "娃哈哈集团"],
    ["遵义市播州区正安白茶有限公司", "正安白茶（遵义）有限公司"],
    ["重庆长安汽车股份有限公司", "长安汽车（重庆）股份公司"],
    ["TCL科技集团股份有限公司", "ＴＣＬ科技集团股份有限公司"],
  ])("%s ~ %s is found", (existing, submitted) => {
    const [c] = scoreDedupCandidates(subject(submitted), [enterprise(1, existing)], []);
    expect(c).toMatchObject({ kind: "enterprise", id: 1 });
    expect(c.score).toBeGreaterThanOrEqual(0.7);
    expect(c.reasons[0]).toMatchObject({ code: "name" });
  });

  it.each([
    ["深圳市燃气集团股份有限公司", "北京市燃气集团有限责任公司"],
    ["江西铜业股份有限公司", "云南铜业股份有限公司"],
    ["贵州茅台酒股份有限公司", "贵州习酒股份有限公司"],
    ["比亚迪股份有限公司", "贵州茅台酒股份有限公司"],
  ])("%s and %s are different companies", (existing, submitted) => {
    expect(scoreDedupCandidates(subject(submitted), [enterprise(1, existing)], [])).toEqual([]);
  });

  it("keeps the shared dedup key unchanged: county-level prefixes only affect similarity", () => {
    expect(nameSimilarity("贵州茅台酒股份有限公司", "贵州省仁怀市茅台酒股份有限公司")).toBe(1);
  });
});

describe("scoreDedupCandidates", () => {
  it("says why each candidate matched: credit code, name, phone", () => {
    const [c] = scoreDedupCandidates(
      subject("茅台酒（贵州）股份公司", { creditCode: "91520000214434146R", contactPhone: "13812345678" }),
      [enterprise(3, "贵州茅台酒股份有限公司", { creditCode: "91520000214434146R", phones: ["138 1234 5678"] })],
      [],
    );
    expect(c.score).toBe(1);
    expect(c.reasons.map((r) => r.code)).toEqual(["credit_code", "name", "phone"]);
    expect(c.reasons[0].message).toBe("统一社会信用代码相同（91520000214434146R）");
    expect(c.reasons[1].message).toBe("规范化后名称相同（茅台酒（贵州）股份公司 ↔ 贵州茅台酒股份有限公司）");
    expect(c.reasons[2].message).toBe("联系电话相同（13812345678）");
  });

  it("finds an earlier lead by phone alone, with the submitting chamber and time", () => {
    const [c] = scoreDedupCandidates(subject("正安吉他制造有限公司", { contactPhone: "+86 13900001111" }), [], [
      lead(9, "神曲乐器（遵义）有限公司", { contactPhone: "13900001111" }),
    ]);
    expect(c).toMatchObject({ kind: "lead", id: 9, chamberName: "贵州省浙江商会", status: "received", createdAt: "2026-11-20T02:00:00.000Z", score: 0.8 });
    expect(c.reasons).toEqual([{ code: "phone", message: "联系电话相同（13900001111）" }]);
  });

  it("orders by score, then by agreeing signals, enterprises before leads, and keeps at most ten", () => {
    const enterprises = Array.from({ length: 8 }, (_, i) => enterprise(i + 1, "贵州茅台酒股份有限公司"));
    const leads = [lead(1, "贵州茅台酒股份有限公司"), lead(2, "贵州茅台酒业股份有限公司"), lead(3, "茅台酒（贵州）股份公司", { creditCode: "91520000214434146R" })];
    const out = scoreDedupCandidates(subject("贵州茅台酒股份有限公司", { creditCode: "91520000214434146R" }), enterprises, leads);
    expect(out).toHaveLength(10);
    expect(out[0]).toMatchObject({ kind: "lead", id: 3, score: 1 });
    expect(out.slice(1, 9).every((c) => c.kind === "enterprise")).toBe(true);
    expect(out.map((c) => c.score)).toEqual([...out.map((c) => c.score)].sort((a, b) => b - a));
  });
});

describe("nameProbeBigrams", () => {
  it("takes bigrams of the core name (no region, no legal form)", () => {
    expect(nameProbeBigrams("贵州茅台酒股份有限公司")).toEqual(["茅台", "台酒"]);
    expect(nameProbeBigrams("茅台酒（贵州）股份公司")).toEqual(["茅台", "台酒"]);
  });

  it("spreads at most six over a long name", () => {
    const grams = nameProbeBigrams("贵州正安经济开发区新能源汽车零部件产业园投资建设有限公司");
    expect(grams).toHaveLength(6);
    expect(grams[0]).toBe("正安");
    expect(grams.at(-1)).not.toBe(grams[0]);
  });
});
