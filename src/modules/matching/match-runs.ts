import { recordAudit } from "../auth";
import { AppError, notFound } from "../../http/app-error";
import type { Logger } from "../../logger";
import { matchesForProject, type MatchingDeps } from "./service";
import { DEFAULT_MATCH_CANDIDATES, type MatchRunBody } from "./schemas";

/**
 * Computes and stores ranked lists for a set of projects (one industry group, or all), so an outreach list
 * is stable and auditable; entries not in the previous run's list for the same project are marked new.
 */
export async function createMatchRun(deps: MatchingDeps & { logger?: Logger }, body: MatchRunBody) {
  if (body.industryGroup && !(await deps.db.industryGroup.findUnique({ where: { name: body.industryGroup } }))) {
    throw new AppError("UNKNOWN_INDUSTRY_GROUP", `产业组不存在：${body.industryGroup}`, 400);
  }
  const projects = await deps.db.project.findMany({
    where: { deletedAt: null, stage: { not: "终止" }, ...(body.industryGroup ? { industryGroupName: body.industryGroup } : {}) },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const run = await deps.db.$transaction(async (tx) => {
    const created = await tx.matchRun.create({
      data: { scope: body.industryGroup ?? "all", params: { limit: body.limit, weights: body.weights ?? null }, projectCount: projects.length },
    });
    await recordAudit(tx, { action: "create", entityType: "MatchRun", entityId: created.id, summary: { scope: created.scope, projects: projects.length } });
    return created;
  });
  const done = (async () => {
    try {
      let entries = 0;
      for (const { id: projectId } of projects) {
        const result = await matchesForProject(deps, projectId, {
          limit: body.limit,
          offset: 0,
          weights: body.weights,
          explain: "true",
          includeExcluded: "false",
          candidates: DEFAULT_MATCH_CANDIDATES,
        });
        const previous = await deps.db.matchRunEntry.findFirst({
          where: { projectId, runId: { lt: run.id }, run: { status: "done" } },
          orderBy: { runId: "desc" },
          select: { runId: true },
        });
        const before = previous
          ? new Set((await deps.db.matchRunEntry.findMany({ where: { runId: previous.runId, projectId }, select: { enterpriseId: true } })).map((e) => e.enterpriseId))
          : null;
        await deps.db.matchRunEntry.createMany({
          data: result.items.map((item) => ({
            runId: run.id,
            projectId,
            enterpriseId: item.enterprise.id as number,
            rank: item.rank,
            total: item.total,
            signals: item.signals as object[],
            isNew: before ? !before.has(item.enterprise.id as number) : true,
          })),
        });
        entries += result.items.length;
      }
      await deps.db.matchRun.update({ where: { id: run.id }, data: { status: "done", entryCount: entries, finishedAt: new Date() } });
    } catch (err) {
      deps.logger?.error({ err: (err as Error).message, runId: run.id }, "match run failed");
      await deps.db.matchRun.update({ where: { id: run.id }, data: { status: "failed", message: (err as Error).message, finishedAt: new Date() } });
    }
  })();
  return { run, done };
}

export async function getMatchRun(deps: MatchingDeps, id: number) {
  const run = await deps.db.matchRun.findUnique({ where: { id } });
  if (!run) throw notFound("匹配批次", id);
  const perProject = await deps.db.matchRunEntry.groupBy({
    by: ["projectId"],
    where: { runId: id },
    _count: { _all: true },
  });
  const newCounts = await deps.db.matchRunEntry.groupBy({ by: ["projectId"], where: { runId: id, isNew: true }, _count: { _all: true } });
  const newBy = new Map(newCounts.map((n) => [n.projectId, n._count._all]));
  return { ...run, projects: perProject.map((p) => ({ projectId: p.projectId, entries: p._count._all, newEntries: newBy.get(p.projectId) ?? 0 })) };
}

export async function getMatchRunEntries(deps: MatchingDeps, runId: number, projectId: number) {
  const run = await deps.db.matchRun.findUnique({ where: { id: runId } });
  if (!run) throw notFound("匹配批次", runId);
  const entries = await deps.db.matchRunEntry.findMany({ where: { runId, projectId }, orderBy: { rank: "asc" } });
  const names = new Map(
    (await deps.db.enterprise.findMany({ where: { id: { in: entries.map((e) => e.enterpriseId) } }, select: { id: true, name: true } })).map((e) => [e.id, e.name]),
  );
  return { runId, projectId, items: entries.map((e) => ({ ...e, enterpriseName: names.get(e.enterpriseId) ?? null })) };
}
