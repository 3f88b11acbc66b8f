import { z } from "zod";

/**
 * Shape of the industry-chain map (产业链图谱) for the county's industry groups.
 * The map is data an admin may edit, so it is validated as a whole: a dangling edge or a duplicate
 * node id would silently break the chain-fit signal instead of failing loudly.
 */

export const CHAIN_STAGES = ["upstream", "midstream", "downstream"] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

/** GB/T 4754-2017 code: section letter, or 2-4 digits without the section letter. */
export const gbtCodeSchema = z.string().regex(/^(?:[A-T]|\d{2,4})$/, "GB/T 4754 代码格式应为门类字母或 2-4 位数字");

export const chainNodeSchema = z
  .object({
    /** Stable id, unique across all groups (`<group id>.<slug>`), so a match explanation can cite it. */
    id: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, "节点 id 应为 <组>.<名称>，小写字母、数字和连字符"),
    name: z.string().min(1),
    stage: z.enum(CHAIN_STAGES),
    /** Words that real product lists and business descriptions use for this node. */
    keywords: z.array(z.string().min(1)).min(1),
    industryCodes: z.array(gbtCodeSchema).min(1),
  })
  .strict();

export const chainEdgeSchema = z
  .object({
    /** Supplier side. */
    from: z.string().min(1),
    /** Customer side. */
    to: z.string().min(1),
  })
  .strict();

const STAGE_RANK: Record<ChainStage, number> = { upstream: 0, midstream: 1, downstream: 2 };

export const chainGroupSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The county's industry-group name (must equal IndustryGroup.name). */
    name: z.string().min(1),
    nodes: z.array(chainNodeSchema).min(1),
    edges: z.array(chainEdgeSchema),
  })
  .strict()
  .superRefine((group, ctx) => {
    const stageById = new Map(group.nodes.map((n) => [n.id, n.stage] as const));
    group.nodes.forEach((node, i) => {
      if (!node.id.startsWith(`${group.id}.`)) {
        ctx.addIssue({ code: "custom", path: ["nodes", i, "id"], message: `节点 ${node.id} 应以组 id "${group.id}." 开头` });
      }
    });
    const seenEdges = new Set<string>();
    group.edges.forEach((edge, i) => {
      const fromStage = stageById.get(edge.from);
      const toStage = stageById.get(edge.to);
      if (!fromStage) ctx.addIssue({ code: "custom", path: ["edges", i, "from"], message: `边的起点 ${edge.from} 不是本组节点` });
      if (!toStage) ctx.addIssue({ code: "custom", path: ["edges", i, "to"], message: `边的终点 ${edge.to} 不是本组节点` });
      if (edge.from === edge.to) ctx.addIssue({ code: "custom", path: ["edges", i], message: `边不能指向自身：${edge.from}` });
      // Edges run upstream→downstream; an edge pointing back up the chain is almost always a typo.
      if (fromStage && toStage && STAGE_RANK[fromStage] > STAGE_RANK[toStage]) {
        ctx.addIssue({ code: "custom", path: ["edges", i], message: `边 ${edge.from} → ${edge.to} 方向应为上游→下游` });
      }
      const key = `${edge.from}>${edge.to}`;
      if (seenEdges.has(key)) ctx.addIssue({ code: "custom", path: ["edges", i], message: `重复的边 ${key}` });
      seenEdges.add(key);
    });
    const cycle = findCycle(group.nodes.map((n) => n.id), group.edges);
    if (cycle) ctx.addIssue({ code: "custom", path: ["edges"], message: `产业链存在环：${cycle.join(" → ")}` });
  });

export const chainMapSchema = z
  .object({ groups: z.array(chainGroupSchema).min(1) })
  .strict()
  .superRefine((map, ctx) => {
    const seenIds = new Set<string>();
    const seenGroups = new Set<string>();
    map.groups.forEach((group, g) => {
      if (seenGroups.has(group.name)) ctx.addIssue({ code: "custom", path: ["groups", g, "name"], message: `重复的产业组 ${group.name}` });
      seenGroups.add(group.name);
      group.nodes.forEach((node, n) => {
        if (seenIds.has(node.id)) ctx.addIssue({ code: "custom", path: ["groups", g, "nodes", n, "id"], message: `重复的节点 id ${node.id}` });
        seenIds.add(node.id);
      });
    });
  });

export type ChainNode = z.infer<typeof chainNodeSchema>;
export type ChainEdge = z.infer<typeof chainEdgeSchema>;
export type ChainGroup = z.infer<typeof chainGroupSchema>;
export type ChainMap = z.infer<typeof chainMapSchema>;

/** Returns one cycle (as a list of node ids) if the directed graph has any, else null. */
function findCycle(ids: string[], edges: ChainEdge[]): string[] | null {
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = finished
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 1);
    path.push(id);
    for (const to of next.get(id) ?? []) {
      if (state.get(to) === 1) return [...path.slice(path.indexOf(to)), to];
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 2);
    return null;
  };
  for (const id of ids) {
    if (!state.has(id)) {
      const found = visit(id);
      if (found) return found;
    }
  }
  return null;
}
