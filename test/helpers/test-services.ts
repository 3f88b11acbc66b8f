import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyMigrationsSql } from "../../src/migrations";
import { openServices, type Services } from "../../src/services";
import { createApp } from "../../src/app";

export interface TestContext {
  dir: string;
  config: Config;
  services: Services;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** A real SQLite database in a temp folder with the committed migrations applied, and the real app on it. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "investmatch-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dir, LOG_LEVEL: "silent", DEMO_SEED: "false", EMBEDDING_ENABLED: "false", ...env });
  applyMigrationsSql(path.join(dir, "investmatch.db"));
  const logger = createLogger("silent");
  const services = await openServices(config, logger);
  const app = createApp({ ...services, config, logger, health: services.health, routers: services.routers });
  return {
    dir,
    config,
    services,
    app,
    async close() {
      await services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
