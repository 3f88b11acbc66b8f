/**
 * Places a project or an enterprise on the nodes of one industry-chain group (产业链图谱), from GB/T codes and
 * from the nodes' keywords found in free text, and tells how two nodes relate along the chain's edges.
 *
 * Keyword hits use longest-match: a hit inside a longer hit is dropped, so "电机控制器" counts for the controller
 * node and not also for the motor node ("电机"), and "新能源汽车电机" for the motor node, not the vehicle node.
 * Codes are weaker evidence than words because one code sits on several nodes (3670 covers motors, electronics
 * and chassis parts alike); a code's weight is split over the nodes that carry it.
 */
import type { ChainGroup, ChainMap, ChainNode } from "../chain-map.types";
import type { MatchEnterprise, MatchProject } from "../types";
import { ENTERPRISE_KIND_WEIGHT, PROJECT_INFERRED_WEIGHT } from "./industry-fit";
import { canonicalCodes, industryCodeWithin } from "./industry-code-similarity";
import { quote } from "./reason-format";

export interface ChainNodePlacement {
  node: ChainNode;
  /** 0..1, noisy-OR of the evidence pieces. */
  strength: number;
  /** Chinese snippets, strongest first: 产品“锂电池”, 行业代码 3841 … */
  evidence: string[];
}

/** Minimum strength for a node to count as where an enterprise sits. */
export const ENTERPRISE_NODE_THRESHOLD = 0.3;
/** Project nodes: at least this strength, and within PROJECT_NODE_RELATIVE of the best node. */
export const PROJECT_NODE_THRESHOLD = 0.3;
export const PROJECT_NODE_RELATIVE = 0.6;
/** Codes place a node less surely than words do. */
const CODE_EVIDENCE_FACTOR = 0.8;

interface GroupIndex {
  group: ChainGroup;
  /** Keywords by their first character, for one scan per text. */
  keywordsByFirstChar: Map<string, { keyword: string; nodeIds: string[] }[]>;
  nodeById: Map<string, ChainNode>;
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
  nodesByCode: Map<string, { nodeId: string; match: number }[]>;
}

const groupIndexes = new WeakMap<ChainGroup, GroupIndex>();

function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function indexGroup(group: ChainGroup): GroupIndex {
  const cached = groupIndexes.get(group);
  if (cached) return cached;
  const byKeyword = new Map<string, string[]>();
  for (const node of group.nodes) {
    for (const raw of node.keywords) {
      const keyword = normalize(raw.trim());
      if (!keyword) continue;
      const ids = byKeyword.get(keyword) ?? [];
      if (!ids.includes(node.id)) ids.push(node.id);
      byKeyword.set(keyword, ids);
    }
  }
  const successors = new Map<string, string[]>(group.nodes.map((n) => [n.id, []]));
  const predecessors = new Map<string, string[]>(group.nodes.map((n) => [n.id, []]));
  for (const edge of group.edges) {
    successors.get(edge.from)?.push(edge.to);
    predecessors.get(edge.to)?.push(edge.from);
  }
  const keywordsByFirstChar = new Map<string, { keyword: string; nodeIds: string[] }[]>();
  for (const [keyword, nodeIds] of byKeyword) {
    const list = keywordsByFirstChar.get(keyword[0]) ?? [];
    list.push({ keyword, nodeIds });
    keywordsByFirstChar.set(keyword[0], list);
  }
  const index: GroupIndex = {
    group,
    keywordsByFirstChar,
    nodeById: new Map(group.nodes.map((n) => [n.id, n])),
    successors,
    predecessors,
    nodesByCode: new Map(),
  };
  groupIndexes.set(group, index);
  return index;
}

/** The chain group of an industry group name, if the map has one. */
export function findGroupInMap(map: ChainMap, industryGroup: string): ChainGroup | undefined {
  return map.groups.find((g) => g.name === industryGroup);
}

interface KeywordHit {
  keyword: string;
  nodeIds: string[];
  start: number;
  end: number;
}

/** Keyword hits in a text after longest-match suppression. */
function findKeywordHits(index: GroupIndex, rawText: string): KeywordHit[] {
  const text = normalize(rawText);
  if (!text) return [];
  const hits: KeywordHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = index.keywordsByFirstChar.get(text[i]);
    if (!candidates) continue;
    for (const { keyword, nodeIds } of candidates) {
      if (text.startsWith(keyword, i)) hits.push({ keyword, nodeIds, start: i, end: i + keyword.length });
    }
  }
  return hits.filter(
    (h) => !hits.some((g) => g !== h && g.start <= h.start && g.end >= h.end && g.end - g.start > h.end - h.start),
  );
}

/** The group's keywords in a text (longest match), each with the nodes it names; for retrieval planning. */
export function chainKeywordsInText(group: ChainGroup, text: string): { keyword: string; nodeIds: string[] }[] {
  const out: { keyword: string; nodeIds: string[] }[] = [];
  for (const hit of findKeywordHits(indexGroup(group), text)) {
    if (!out.some((o) => o.keyword === hit.keyword)) out.push({ keyword: hit.keyword, nodeIds: hit.nodeIds });
  }
  return out;
}

/** Short keywords (电机, 茶叶) are more often part of something else than long ones (永磁同步电机). */
export function keywordSpecificity(keyword: string): number {
  return Math.min(1, 0.55 + 0.15 * keyword.length);
}

class NodeEvidence {
  private readonly pieces = new Map<string, Map<string, number>>();

  /** One piece of evidence per snippet text: the same keyword found again only keeps the higher weight. */
  add(nodeId: string, weight: number, text: string): void {
    if (!(weight > 0)) return;
    const entry = this.pieces.get(nodeId) ?? new Map<string, number>();
    entry.set(text, Math.max(entry.get(text) ?? 0, Math.min(1, weight)));
    this.pieces.set(nodeId, entry);
  }

  placements(index: GroupIndex): ChainNodePlacement[] {
    const out: ChainNodePlacement[] = [];
    for (const [nodeId, entry] of this.pieces) {
      const node = index.nodeById.get(nodeId);
      if (!node) continue;
      let miss = 1;
      for (const w of entry.values()) miss *= 1 - w;
      const evidence = [...entry.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text]) => text);
      out.push({ node, strength: 1 - miss, evidence });
    }
    // Ties by the map's own node order keep placements deterministic.
    const order = new Map(index.group.nodes.map((n, i) => [n.id, i]));
    return out.sort((a, b) => b.strength - a.strength || (order.get(a.node.id) ?? 0) - (order.get(b.node.id) ?? 0));
  }
}

function addTextEvidence(evidence: NodeEvidence, index: GroupIndex, text: string, fieldWeight: number, describe: (keyword: string) => string): void {
  const seen = new Set<string>();
  for (const hit of findKeywordHits(index, text)) {
    if (seen.has(hit.keyword)) continue;
    seen.add(hit.keyword);
    for (const nodeId of hit.nodeIds) evidence.add(nodeId, fieldWeight * keywordSpecificity(hit.keyword), describe(hit.keyword));
  }
}

/**
 * How well a code places a node: the same or a finer code than the node's is a full match; a coarser one
 * ('367' against the node's '3670') only partly, because it also covers the node's siblings.
 */
function codeMatch(code: string, nodeCode: string): number {
  if (industryCodeWithin(code, nodeCode)) return 1;
  if (industryCodeWithin(nodeCode, code)) return code.length >= 3 ? 0.6 : 0.35;
  return 0;
}

/** Nodes a code places, with the match already diluted over them; memoised per group and code. */
function nodesForCode(index: GroupIndex, code: string): { nodeId: string; match: number }[] {
  let cached = index.nodesByCode.get(code);
  if (!cached) {
    const matches = index.group.nodes
      .map((node) => ({ nodeId: node.id, match: Math.max(0, ...node.industryCodes.map((nc) => codeMatch(code, nc))) }))
      .filter((m) => m.match > 0);
    const dilution = matches.length > 0 ? 1 / Math.sqrt(matches.length) : 0;
    cached = matches.map((m) => ({ nodeId: m.nodeId, match: m.match * dilution }));
    index.nodesByCode.set(code, cached);
  }
  return cached;
}

function addCodeEvidence(evidence: NodeEvidence, index: GroupIndex, code: string, weight: number, label: string): void {
  for (const { nodeId, match } of nodesForCode(index, code)) evidence.add(nodeId, CODE_EVIDENCE_FACTOR * weight * match, `${label} ${code}`);
}

const PROJECT_FIELD_WEIGHTS = { name: 1, constructionContent: 0.8, description: 0.7, targetProfile: 0.5 } as const;
const PROJECT_FIELD_TEXT = { name: "项目名称", constructionContent: "建设内容", description: "项目描述", targetProfile: "目标企业" } as const;

const projectPlacements = new WeakMap<MatchProject, WeakMap<ChainGroup, ChainNodePlacement[]>>();

/**
 * Nodes the project sits on (empty when neither its codes nor its text place it). Memoised per project object:
 * every candidate of a match is scored against the same project, and inputs are treated as immutable values.
 */
export function locateProjectOnChain(project: MatchProject, group: ChainGroup): ChainNodePlacement[] {
  const byGroup = projectPlacements.get(project) ?? new WeakMap<ChainGroup, ChainNodePlacement[]>();
  const cached = byGroup.get(group);
  if (cached) return cached;
  const index = indexGroup(group);
  const evidence = new NodeEvidence();
  for (const field of Object.keys(PROJECT_FIELD_WEIGHTS) as (keyof typeof PROJECT_FIELD_WEIGHTS)[]) {
    addTextEvidence(evidence, index, project[field] ?? "", PROJECT_FIELD_WEIGHTS[field], (k) => `${PROJECT_FIELD_TEXT[field]}含“${k}”`);
  }
  for (const code of canonicalCodes(project.industryCodes)) addCodeEvidence(evidence, index, code, 1, "项目行业代码");
  for (const inferred of project.inferredIndustries) {
    for (const code of canonicalCodes([inferred.code])) {
      addCodeEvidence(evidence, index, code, PROJECT_INFERRED_WEIGHT * Math.min(1, inferred.confidence), "项目推断行业");
    }
  }
  const all = evidence.placements(index);
  const best = all[0]?.strength ?? 0;
  const placements = all.filter((p) => p.strength >= PROJECT_NODE_THRESHOLD && p.strength >= PROJECT_NODE_RELATIVE * best).slice(0, 3);
  byGroup.set(group, placements);
  projectPlacements.set(project, byGroup);
  return placements;
}

/** Revenue share → weight: a product that is a third of revenue is the business; a 0.1% line is still a product. */
function productWeight(share: number | null | undefined, position: number): number {
  if (share !== undefined && share !== null && Number.isFinite(share)) return 0.55 + 0.45 * Math.min(1, share / 0.3);
  return position < 3 ? 0.75 : 0.6;
}

/** True when the enterprise has anything beyond its name that could place it on a chain. */
export function enterpriseHasChainData(enterprise: MatchEnterprise): boolean {
  return (
    enterprise.industries.length > 0 ||
    enterprise.products.length > 0 ||
    enterprise.mainBusiness.trim().length > 0 ||
    enterprise.industryLabels.length > 0
  );
}

const enterprisePlacements = new WeakMap<MatchEnterprise, WeakMap<ChainGroup, ChainNodePlacement[]>>();
/**
 * The same placements by the content they depend on, across requests: every request reads its candidates
 * afresh, and the projects of one group share most of them (placing a candidate was a third of the scoring
 * time at 100k enterprises). Keyed per chain group object, so an edited chain map starts empty.
 */
const placementsByContent = new WeakMap<ChainGroup, Map<string, ChainNodePlacement[]>>();
const CONTENT_CACHE_LIMIT = 50_000;

/** Everything computeEnterprisePlacements reads, as one string. */
function placementContentKey(e: MatchEnterprise): string {
  const products = e.products.map((p) => `${p.name}\u0003${p.share ?? ""}`).join("\u0002");
  const industries = e.industries.map((i) => `${i.code}\u0003${i.kind}\u0003${i.confidence}`).join("\u0002");
  return [e.name, e.mainBusiness, e.industryLabels.join("\u0002"), products, industries].join("\u0001");
}

/**
 * Nodes the enterprise sits on with strength ≥ ENTERPRISE_NODE_THRESHOLD, strongest first. Memoised per
 * enterprise object (a match run scores one enterprise against many projects of a group) and by content;
 * inputs are treated as immutable values.
 */
export function locateEnterpriseOnChain(enterprise: MatchEnterprise, group: ChainGroup): ChainNodePlacement[] {
  const byGroup = enterprisePlacements.get(enterprise) ?? new WeakMap<ChainGroup, ChainNodePlacement[]>();
  let placements = byGroup.get(group);
  if (!placements) {
    const byContent = placementsByContent.get(group) ?? new Map<string, ChainNodePlacement[]>();
    placementsByContent.set(group, byContent);
    const key = placementContentKey(enterprise);
    placements = byContent.get(key);
    if (!placements) {
      placements = computeEnterprisePlacements(enterprise, group);
      if (byContent.size >= CONTENT_CACHE_LIMIT) byContent.clear();
      byContent.set(key, placements);
    }
    byGroup.set(group, placements);
    enterprisePlacements.set(enterprise, byGroup);
  }
  return placements;
}

function computeEnterprisePlacements(enterprise: MatchEnterprise, group: ChainGroup): ChainNodePlacement[] {
  const index = indexGroup(group);
  const evidence = new NodeEvidence();
  enterprise.products.forEach((product, i) => {
    addTextEvidence(evidence, index, product.name, productWeight(product.share, i), () => `产品${quote(product.name, 16)}`);
  });
  addTextEvidence(evidence, index, enterprise.mainBusiness, 0.8, (k) => `主营业务含“${k}”`);
  for (const label of enterprise.industryLabels) addTextEvidence(evidence, index, label, 0.7, () => `行业标签“${label}”`);
  addTextEvidence(evidence, index, enterprise.name, 0.7, (k) => `企业名称含“${k}”`);
  for (const industry of enterprise.industries) {
    for (const code of canonicalCodes([industry.code])) {
      const kindWeight = ENTERPRISE_KIND_WEIGHT[industry.kind] ?? ENTERPRISE_KIND_WEIGHT.inferred;
      const label = industry.kind === "inferred" ? "推断行业" : "行业代码";
      addCodeEvidence(evidence, index, code, kindWeight * Math.min(1, Math.max(0, industry.confidence)), label);
    }
  }
  return evidence.placements(index).filter((p) => p.strength >= ENTERPRISE_NODE_THRESHOLD).slice(0, 5);
}

export type ChainRelationKind = "same" | "upstream" | "downstream" | "peer" | "upstream2" | "downstream2" | "chain";

export interface ChainRelation {
  kind: ChainRelationKind;
  /** The node between the two for two-step relations; the shared customer or supplier for peers. */
  via?: ChainNode;
  /** For peers: whether `via` is a customer or a supplier both have. */
  shared?: "customer" | "supplier";
}

/** How the enterprise's node relates to the project's node (upstream = the enterprise supplies the project). */
export function chainRelation(group: ChainGroup, enterpriseNodeId: string, projectNodeId: string): ChainRelation {
  const index = indexGroup(group);
  if (enterpriseNodeId === projectNodeId) return { kind: "same" };
  const supplies = index.successors.get(enterpriseNodeId) ?? [];
  const buys = index.predecessors.get(enterpriseNodeId) ?? [];
  if (supplies.includes(projectNodeId)) return { kind: "upstream" };
  if (buys.includes(projectNodeId)) return { kind: "downstream" };
  // Peers make parallel products for the same customer (拖拉机 and 微耕机 both feed 农机流通) or from the same
  // supplier: the same kind of plant, which is what a park project wants.
  const sharedCustomer = supplies.find((to) => (index.successors.get(projectNodeId) ?? []).includes(to));
  const sharedSupplier = buys.find((from) => (index.predecessors.get(projectNodeId) ?? []).includes(from));
  if (sharedCustomer) return { kind: "peer", via: index.nodeById.get(sharedCustomer), shared: "customer" };
  if (sharedSupplier) return { kind: "peer", via: index.nodeById.get(sharedSupplier), shared: "supplier" };
  const viaUp = supplies.find((mid) => (index.successors.get(mid) ?? []).includes(projectNodeId));
  if (viaUp) return { kind: "upstream2", via: index.nodeById.get(viaUp) };
  const viaDown = buys.find((mid) => (index.predecessors.get(mid) ?? []).includes(projectNodeId));
  if (viaDown) return { kind: "downstream2", via: index.nodeById.get(viaDown) };
  return { kind: "chain" };
}
