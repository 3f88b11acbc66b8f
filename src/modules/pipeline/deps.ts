import { lockForWrite, type Db, type Tx } from "../../db";
import { notFound } from "../../http/app-error";
import type { RegionDirectory } from "../regions/region-directory";
import { requireGroupScope, requirePermission } from "../auth/actor";
import type { Permission } from "../auth/roles";
import type { PipelineDefaults } from "./pipeline-settings";
import { findPipelineProject, type PipelineProjectRow } from "./repository";

export interface PipelineDeps {
  db: Db;
  /** County names of 二次招商 projects created on termination. */
  regions: RegionDirectory;
  /** Threshold and tracking defaults from config.ts. */
  defaults: PipelineDefaults;
  /** The clock every due date and tracking period is measured against (tests pass their own). */
  now: () => Date;
  /** For report titles. */
  countyName?: string;
}

/** A live project the current actor may change: it exists, is not deleted and is in one of the actor's groups. */
export async function loadWritableProject(db: Db | Tx, id: number): Promise<PipelineProjectRow> {
  const project = await findPipelineProject(db, id);
  if (!project || project.deletedAt) throw notFound("项目", id);
  requireGroupScope(project.industryGroupName);
  return project;
}

/**
 * One pipeline write: the permission checked, then one transaction that takes the write lock first (every
 * use case reads the project before it writes) and records its audit rows inside.
 */
export async function pipelineWrite<T>(deps: PipelineDeps, fn: (tx: Tx) => Promise<T>, permission: Permission = "pipeline:write"): Promise<T> {
  requirePermission(permission);
  return deps.db.$transaction(async (tx) => {
    await lockForWrite(tx);
    return fn(tx);
  });
}
