import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "../../../http/zod-setup";
import { loadConfig } from "../../../config";
import { createLogger } from "../../../logger";
import { applyMigrationsSql } from "../../../migrations";
import { openServices } from "../../../services";
import { createEnterpriseBody, createEnterprisesInTx, normalizeEnterpriseName } from "../../enterprises";
import { createProjectBody, createProjectInTx } from "../../projects";
import { rebuildSearchIndexes } from "../../../../indexer/rebuild";
import { matchesForProject } from "../service";
import { evaluateRankings, type RankingEvaluation } from "./metrics";
import { DEFAULT_MATCH_CANDIDATES } from "../schemas";

/** A labelled set: projects with the investors known to fit them, and optionally the enterprises to rank. */
export const evaluationFileSchema = z
  .object({
    name: z.string().optional(),
    enterprises: z.array(z.unknown()).optional(),
    projects: z
      .array(z.object({ knownInvestors: z.array(z.string().min(2)).min(1) }).passthrough())
      .min(1, "至少需要一个带已知投资方的项目"),
  })
  .strict();

export interface EvaluationOptions {
  /** The labelled set (see evaluationFileSchema). */
  file: string;
  /** A database whose enterprises form the pool ("the current enterprise set"); copied, never modified. */
  sourceDatabase?: string;
  /** Environment for the scratch service (embedding model settings and the like). */
  env?: Record<string, string | undefined>;
}

export interface EvaluationReport extends RankingEvaluation {
  name?: string;
  enterprises: number;
  perProject: { project: string; knownInvestors: string[]; ranks: (number | null)[] }[];
}

/**
 * Runs the real retrieve-then-rank pipeline for each labelled project over a scratch copy of the enterprise
 * pool and reports Recall@10, Recall@50, MRR and nDCG@10 (binary relevance: the known investors).
 */
export async function runEvaluation(opts: EvaluationOptions): Promise<EvaluationReport> {
  const labelled = evaluationFileSchema.parse(JSON.parse(fs.readFileSync(opts.file, "utf8")));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-eval-"));
  try {
    const dbFile = path.join(dir, "investmatch.db");
    if (opts.sourceDatabase && fs.existsSync(opts.sourceDatabase)) {
      const source = new Database(opts.sourceDatabase, { readonly: true });
      await source.backup(dbFile);
      source.close();
    } else {
      applyMigrationsSql(dbFile);
    }
    const config = loadConfig({ ...(opts.env ?? {}), DATA_DIR: dir, DATABASE_URL: undefined, LOG_LEVEL: "silent", DEMO_SEED: "false" });
    const services = await openServices(config, createLogger("silent"));
    try {
      const enterpriseInputs = (labelled.enterprises ?? []).map((e) => createEnterpriseBody.parse(e));
      const projectInputs = labelled.projects.map(({ knownInvestors: _known, ...p }) => createProjectBody.parse(p));
      const projectIds = await services.db.$transaction(
        async (tx) => {
          if (enterpriseInputs.length) await createEnterprisesInTx(tx, enterpriseInputs, services.regions);
          const ids: number[] = [];
          for (const p of projectInputs) ids.push(await createProjectInTx(tx, p, services.regions));
          return ids;
        },
        { timeout: 300_000 },
      );
      await rebuildSearchIndexes(services.db, services.engine, services.embedder, undefined, 500, services.inferrer);
      await services.indexer.drainAll();

      const pool = await services.db.enterprise.findMany({ where: { deletedAt: null }, select: { id: true, name: true, normalizedName: true, creditCode: true } });
      const idsFor = (known: string) => {
        const key = normalizeEnterpriseName(known);
        return pool.filter((e) => e.creditCode === known || e.name === known || e.normalizedName === key).map((e) => e.id);
      };
      const queries: { ranked: number[]; relevant: number[] }[] = [];
      const perProject: EvaluationReport["perProject"] = [];
      for (let i = 0; i < projectIds.length; i++) {
        const result = await matchesForProject(
          { ...services, county: config.county },
          projectIds[i],
          { limit: 200, offset: 0, weights: undefined, explain: "false", includeExcluded: "false", candidates: DEFAULT_MATCH_CANDIDATES },
        );
        const ranked = result.items.map((item) => item.enterprise.id as number);
        const known = labelled.projects[i].knownInvestors;
        const relevant = known.flatMap(idsFor);
        queries.push({ ranked, relevant });
        perProject.push({
          project: projectInputs[i].name,
          knownInvestors: known,
          ranks: known.map((k) => {
            const ids = idsFor(k);
            const pos = ranked.findIndex((id) => ids.includes(id));
            return pos === -1 ? null : pos + 1;
          }),
        });
      }
      return { name: labelled.name, enterprises: pool.length, ...evaluateRankings(queries, { recallAt: [10, 50], ndcgAt: [10] }), perProject };
    } finally {
      await services.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
