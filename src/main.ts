import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { createApp } from "./app";
import { openServices } from "./services";
import { seedDemoDataIfEmpty, seedDemoUsersIfNone } from "./modules/demo";
import { rebuildIfStale } from "../indexer/rebuild";
import { ensureWebBuilt } from "./cli/build-web";

/** Composition root: config -> db -> reference data -> demo seed -> engines -> app -> listen. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const services = await openServices(config, logger, { startIndexer: config.indexerInProcess });
  if (config.demoSeed && (await seedDemoDataIfEmpty(services, logger))) {
    services.indexer.nudge();
    await seedDemoUsersIfNone(services.db, config, logger);
  }
  if ((await services.db.industryCode.count({ where: { level: 4 } })) === 0) {
    logger.warn(
      "行业代码表只有门类和大类：企业行业只能推断到大类（如 35 专用设备制造业，而非 3572 机械化农业及园艺机具制造），匹配会粗略。请导入完整的 GB/T 4754-2017 表：npm run import -- industries <文件>，再重建索引",
    );
  }
  if ((await services.db.user.count()) === 0) {
    logger.warn("尚无任何用户：请运行 npm run user:create -- --role admin --username <登录名> 创建第一个管理员");
  }
  if (config.indexerInProcess) {
    // The index is derived data: if it is missing or stale (new format, deleted file), rebuild it from the database.
    void rebuildIfStale(services.db, services.engine, services.embedder, services.inferrer, (m) => logger.warn(m))
      .then((rebuilt) => rebuilt && services.indexer.nudge())
      .catch((err) => logger.error({ err: (err as Error).message }, "索引重建失败"));
  }

  // The analysts' UI is built on first start (and after src/web changed); without it the API still serves.
  await ensureWebBuilt((m) => logger.info(m)).catch((err) => logger.warn({ err: (err as Error).message }, "网页界面构建失败，仅提供 API"));
  const app = createApp({ ...services, config, logger, health: services.health, routers: services.routers });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info(`InvestMatch 招商匹配 已启动: http://localhost:${port}/  (API 文档: http://localhost:${port}/api/docs)`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "正在停止服务");
    server.close(async () => {
      await services.close();
      logger.info("服务已停止");
      process.exit(0);
    });
    // Connections that do not finish in time are cut so the process never hangs.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error("启动失败:", err instanceof Error ? err.message : err);
  process.exit(1);
});
