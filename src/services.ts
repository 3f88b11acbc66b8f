import type { Router } from "express";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { createDb, tuneSqlite, type Db } from "./db";
import { RegionDirectory } from "./modules/regions/region-directory";
import { IndustryNames } from "./modules/industries/industry-names";
import { ensureReferenceData } from "./modules/industries/reference-seed";
import type { HealthSource } from "./modules/health/routes";

/** Long-lived parts of the service, shared by the server and the CLIs. */
export interface Services {
  db: Db;
  regions: RegionDirectory;
  industryNames: IndustryNames;
  health: Record<string, HealthSource>;
  routers: { path: string; router: Router }[];
  /** Re-reads the in-memory region / industry directories (after an import of the full tables). */
  reloadDirectories(): Promise<void>;
  close(): Promise<void>;
}

export async function openServices(config: Config, logger: Logger): Promise<Services> {
  const db = createDb(config.databaseUrl);
  await tuneSqlite(db);
  await ensureReferenceData(db, config.county);
  const services: Services = {
    db,
    regions: await RegionDirectory.load(db),
    industryNames: await IndustryNames.load(db),
    health: {},
    routers: [],
    async reloadDirectories() {
      await services.regions.reload(db);
      await services.industryNames.reload(db);
    },
    async close() {
      await db.$disconnect();
    },
  };
  logger.debug({ regions: services.regions.size, industries: services.industryNames.size }, "reference data loaded");
  return services;
}
