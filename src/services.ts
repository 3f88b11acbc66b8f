import type { Router } from "express";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { createDb, tuneSqlite, type Db } from "./db";
import { RegionDirectory } from "./modules/regions/region-directory";
import { IndustryNames } from "./modules/industries/industry-names";
import { ensureReferenceData } from "./modules/industries/reference-seed";
import type { HealthSource } from "./modules/health/routes";
import { CachedEmbedder, createEmbedder, describeEmbedderStatus, type Embedder } from "./embeddings";
import { createSearchEngine } from "./search/create-search-engine";
import type { SearchEngine } from "./search/types";
import { registerSearchDocs, searchRouter } from "./modules/search";
import { matchingRouter, registerMatchingDocs } from "./modules/matching";
import { pipelineRouter, registerPipelineDocs } from "./modules/pipeline";
import { leadsRouterFor, registerLeadDocs } from "./modules/leads";
import { shortlistsRouter, registerShortlistDocs } from "./modules/shortlists";
import { enterpriseSearchExportRouter, matchesExportRouter, registerExportDocs } from "./modules/exports";
import { OutboxIndexer } from "../indexer/outbox-indexer";
import { EnterpriseCandidateReader } from "./modules/enterprises";
import { loadIndustryInferrer } from "./modules/matching/industry-inference-service";
import type { IndustryInferrer } from "./modules/matching/inference";
import type { OpenAPIRegistry } from "./http/openapi";
import { adminRouter, registerAdminDocs } from "./modules/admin/routes";
import { MatchingSettings } from "./modules/matching/matching-settings";

/** Long-lived parts of the service, shared by the server, the indexer process and the CLIs. */
export interface Services {
  db: Db;
  regions: RegionDirectory;
  industryNames: IndustryNames;
  engine: SearchEngine;
  embedder: Embedder;
  indexer: OutboxIndexer;
  inferrer: IndustryInferrer;
  candidates: EnterpriseCandidateReader;
  health: Record<string, HealthSource>;
  routers: { path: string; router: Router; registerDocs?: (registry: OpenAPIRegistry) => void }[];
  /** Re-reads the in-memory region / industry directories and the inferrer's GB/T table (after an import of the full tables). */
  reloadDirectories(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenServicesOptions {
  /** Start draining the outbox in this process (the embedded default does; docker-compose runs it apart). */
  startIndexer?: boolean;
}

/** The database side only: what command-line writers (imports, demo seed) need. */
export interface DataServices {
  db: Db;
  regions: RegionDirectory;
  industryNames: IndustryNames;
  close(): Promise<void>;
}

/**
 * Opens the database without the search engine or the model, so an import can run while the server runs
 * (the embedded index belongs to the server process; its indexer picks the changes up from the outbox).
 */
export async function openDataServices(config: Config): Promise<DataServices> {
  const db = createDb(config.databaseUrl);
  await tuneSqlite(db);
  await ensureReferenceData(db, config.county);
  return {
    db,
    regions: await RegionDirectory.load(db),
    industryNames: await IndustryNames.load(db),
    close: () => db.$disconnect(),
  };
}

export async function openServices(config: Config, logger: Logger, opts: OpenServicesOptions = {}): Promise<Services> {
  const db = createDb(config.databaseUrl);
  await tuneSqlite(db);
  await ensureReferenceData(db, config.county);
  const embedder = CachedEmbedder.open(await createEmbedder(config.embeddings, { logger }), config.embeddings.cachePath);
  const engine = await createSearchEngine(config);
  await engine.ensureSettings();
  const settings = await MatchingSettings.load(db);
  const inferrer = await loadIndustryInferrer(db, settings.current().chainMap);
  settings.onChange((s) => inferrer.useChainMap(s.chainMap));
  const indexer = new OutboxIndexer({ db, engine, embedder, logger, inferrer, batchSize: config.indexerBatchSize });
  if (opts.startIndexer) indexer.start();

  const regions = await RegionDirectory.load(db);
  const industryNames = await IndustryNames.load(db);
  /** After an import of the full tables: directories and the industry inferrer read them again. */
  const reloadDirectories = async () => {
    await regions.reload(db);
    await industryNames.reload(db);
    await inferrer.reloadTable(db);
  };
  const candidates = new EnterpriseCandidateReader(config.databaseUrl);
  const matchingDeps = { db, engine, embedder, inferrer, candidates, logger, county: config.county, industryNames, regions, settings };
  const services: Services = {
    db,
    regions,
    industryNames,
    engine,
    embedder,
    indexer,
    inferrer,
    health: {
      search: () => engine.health(),
      // Semantic search being off is a degraded mode, not a failure: the service still answers.
      embeddings: () => {
        const status = embedder.status();
        return { ok: true, ...status, message: describeEmbedderStatus(status) };
      },
      indexer: () => ({ ok: !indexer.status().lastError, ...indexer.status() }),
    },
    routers: [
      { path: "", router: adminRouter({ db, engine, embedder, inferrer, logger, reloadReferenceData: reloadDirectories }), registerDocs: registerAdminDocs },
      { path: "/search", router: searchRouter({ engine, embedder }), registerDocs: registerSearchDocs },
      { path: "", router: pipelineRouter({ db, regions, defaults: config.pipeline, now: () => new Date(), countyName: config.county.name }), registerDocs: registerPipelineDocs },
      {
        path: "",
        router: matchingRouter(matchingDeps),
        registerDocs: registerMatchingDocs,
      },
      { path: "/shortlists", router: shortlistsRouter(matchingDeps), registerDocs: registerShortlistDocs },
      { path: "", router: matchesExportRouter(matchingDeps), registerDocs: registerExportDocs },
      { path: "/search/enterprises/export", router: enterpriseSearchExportRouter(matchingDeps) },
      { path: "", router: leadsRouterFor(matchingDeps, config), registerDocs: registerLeadDocs },
    ],
    reloadDirectories,
    candidates,
    async close() {
      await indexer.stop();
      candidates.close();
      await engine.close();
      await embedder.close();
      await db.$disconnect();
    },
  };
  return services;
}
