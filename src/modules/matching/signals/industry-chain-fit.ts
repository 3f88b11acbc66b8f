import type { MatchContext, MatchEnterprise, MatchProject } from "../types";
import {
  chainRelation,
  enterpriseHasChainData,
  findGroupInMap,
  locateEnterpriseOnChain,
  locateProjectOnChain,
  type ChainNodePlacement,
  type ChainRelation,
  type ChainRelationKind,
} from "./chain-locator";
import { noData, round4, type SignalOutput } from "./signal-output";

/**
 * Value of each relation between the enterprise's node and the project's node: same node > direct
 * supplier/customer > peer (parallel node with a shared customer or supplier) > two steps away > elsewhere on
 * the same chain. Suppliers and customers score alike: both are how chain projects get filled (配套 upstream,
 * integration by the customer downstream).
 */
export const CHAIN_RELATION_SCORE: Record<ChainRelationKind, number> = {
  same: 1,
  upstream: 0.75,
  downstream: 0.75,
  peer: 0.6,
  upstream2: 0.55,
  downstream2: 0.55,
  chain: 0.35,
};
/** When the project cannot be placed on a node, being on its chain at all is what we know. */
export const CHAIN_MEMBER_UNPLACED_PROJECT = 0.45;

/** A weakly placed enterprise (one short keyword) keeps 60% of the relation's value, a surely placed one all of it. */
function placementFactor(strength: number): number {
  return 0.6 + 0.4 * Math.min(1, strength);
}

function nodeText(p: ChainNodePlacement): string {
  return `「${p.node.name}」`;
}

function evidenceText(p: ChainNodePlacement): string {
  return `（依据：${p.evidence.slice(0, 2).join("，")}）`;
}

function relationReason(relation: ChainRelation, e: ChainNodePlacement, p: ChainNodePlacement): string {
  const ev = evidenceText(e);
  switch (relation.kind) {
    case "same":
      return `企业与项目同处产业链${nodeText(p)}环节${ev}`;
    case "upstream":
      return `企业属于产业链上游${nodeText(e)}${ev}，直接配套项目所在的${nodeText(p)}`;
    case "downstream":
      return `企业属于产业链下游${nodeText(e)}${ev}，是项目所在${nodeText(p)}的直接客户环节`;
    case "peer":
      return relation.shared === "customer"
        ? `企业位于产业链${nodeText(e)}环节${ev}，与项目所在的${nodeText(p)}同为「${relation.via?.name ?? ""}」供货（同级环节）`
        : `企业位于产业链${nodeText(e)}环节${ev}，与项目所在的${nodeText(p)}同由「${relation.via?.name ?? ""}」供货（同级环节）`;
    case "upstream2":
      return `企业属于产业链上游${nodeText(e)}${ev}，经「${relation.via?.name ?? ""}」间接配套项目所在的${nodeText(p)}`;
    case "downstream2":
      return `企业属于产业链下游${nodeText(e)}${ev}，经「${relation.via?.name ?? ""}」与项目所在的${nodeText(p)}相连`;
    case "chain":
      return `企业位于同一产业链的${nodeText(e)}环节${ev}，与项目所在的${nodeText(p)}无直接上下游关系`;
  }
}

/**
 * Industry-chain fit: where the enterprise sits on the chain of the project's industry group relative to
 * the project's own node(s). No data when the group has no chain map, or when the enterprise has nothing
 * (codes, products, business, labels, a telling name) to place it by; zero when it has data and none of it
 * is on this chain.
 */
export function industryChainFit(project: MatchProject, enterprise: MatchEnterprise, ctx: MatchContext): SignalOutput {
  const fields = [
    "project.industryGroup",
    "project.name",
    "project.description",
    "project.constructionContent",
    "project.industryCodes",
    "enterprise.products",
    "enterprise.mainBusiness",
    "enterprise.industryLabels",
    "enterprise.name",
    "enterprise.industries",
  ];
  const group = findGroupInMap(ctx.chainMap, project.industryGroup);
  if (!group) return noData(`产业链图谱中没有项目所属产业组「${project.industryGroup}」`, fields);

  const enterpriseNodes = locateEnterpriseOnChain(enterprise, group);
  const projectNodes = locateProjectOnChain(project, group);
  const projectWhere = projectNodes.length > 0 ? `项目位于${projectNodes.map(nodeText).join("、")}` : "未能定位项目所在环节";

  if (enterpriseNodes.length === 0) {
    if (!enterpriseHasChainData(enterprise)) {
      return noData(`企业没有产品、主营业务或行业信息，无法判断其在「${group.name}」产业链上的位置`, fields);
    }
    return { value: 0, reason: `企业的产品、主营业务和行业均未落在「${group.name}」产业链的节点上（${projectWhere}）`, fields };
  }

  if (projectNodes.length === 0) {
    const e = enterpriseNodes[0];
    return {
      value: round4(CHAIN_MEMBER_UNPLACED_PROJECT * placementFactor(e.strength)),
      reason: `企业属于「${group.name}」产业链的${nodeText(e)}环节${evidenceText(e)}；未能从项目名称、描述和行业代码定位项目所在环节`,
      fields,
    };
  }

  let best: { value: number; relation: ChainRelation; e: ChainNodePlacement; p: ChainNodePlacement } | null = null;
  for (const p of projectNodes) {
    for (const e of enterpriseNodes) {
      const relation = chainRelation(group, e.node.id, p.node.id);
      const value = CHAIN_RELATION_SCORE[relation.kind] * placementFactor(e.strength);
      if (!best || value > best.value + 1e-12) best = { value, relation, e, p };
    }
  }
  const { value, relation, e, p } = best as NonNullable<typeof best>;
  return { value: round4(value), reason: relationReason(relation, e, p), fields };
}
