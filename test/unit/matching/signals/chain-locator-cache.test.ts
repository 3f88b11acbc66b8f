import { chainMapSchema } from "../../../../src/modules/matching/chain-map.types";
import { chainKeywordsInText, locateEnterpriseOnChain } from "../../../../src/modules/matching/signals/chain-locator";
import { TEST_CHAIN_MAP, buildMatchEnterprise } from "../match-builders";

const group = TEST_CHAIN_MAP.groups[0];
const record = { name: "某某有限公司", industries: [], products: [{ name: "驱动电机", share: 0.9 }] };

describe("enterprise placements across requests", () => {
  it("gives the same placements to a fresh copy of the same record (read again by the next request)", () => {
    const first = locateEnterpriseOnChain(buildMatchEnterprise(record), group);
    const again = locateEnterpriseOnChain(buildMatchEnterprise(record), group);
    expect(again).toBe(first);
    expect(first[0].node.id).toBe("t.motor");
  });

  it("places a changed record anew, and starts over under an edited chain map", () => {
    const before = locateEnterpriseOnChain(buildMatchEnterprise(record), group);
    const changed = locateEnterpriseOnChain(buildMatchEnterprise({ ...record, products: [{ name: "动力电池", share: 0.9 }] }), group);
    expect(changed[0].node.id).toBe("t.pack");
    const edited = chainMapSchema.parse({
      groups: [{ ...group, nodes: group.nodes.map((n) => (n.id === "t.motor" ? { ...n, keywords: ["轮毂电机"] } : n)) }],
    }).groups[0];
    const underEdit = locateEnterpriseOnChain(buildMatchEnterprise(record), edited);
    expect(underEdit).not.toBe(before);
    expect(underEdit.map((p) => p.node.id)).not.toContain("t.motor");
  });
});

describe("chainKeywordsInText", () => {
  it("lists each keyword once, longest match first, with its nodes", () => {
    expect(chainKeywordsInText(group, "动力电池与驱动电机、驱动电机控制")).toEqual([
      { keyword: "动力电池", nodeIds: ["t.pack"] },
      { keyword: "驱动电机", nodeIds: ["t.motor"] },
    ]);
    expect(chainKeywordsInText(group, "")).toEqual([]);
  });
});
