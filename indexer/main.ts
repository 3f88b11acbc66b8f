import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { openServices } from "../src/services";

/** `npm run indexer`: drains the outbox into the search engine as its own process (docker-compose). */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const services = await openServices(config, logger, { startIndexer: true });
  logger.info({ engine: services.engine.kind }, "索引服务已启动 (indexer running)");
  const stop = async () => {
    await services.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  process.stderr.write(`索引服务启动失败: ${(err as Error).message}\n`);
  process.exit(1);
});
