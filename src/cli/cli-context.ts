import { loadConfig, type Config } from "../config";
import { createLogger, type Logger } from "../logger";
import { openDataServices, openServices, type DataServices, type Services } from "../services";

export interface CliContext {
  config: Config;
  logger: Logger;
  services: Services;
}

/**
 * Opens the service's parts for a command-line tool (no HTTP server, no background indexer).
 * The database must be migrated: `npm start` and `npm run db:migrate` do that.
 */
export async function openCli(): Promise<CliContext> {
  const config = loadConfig();
  // Logs go to stderr so that progress bars and reports on stdout stay readable.
  const logger = createLogger(config.logLevel, 2);
  const services = await openServices(config, logger);
  return { config, logger, services };
}

export interface DataCliContext {
  config: Config;
  logger: Logger;
  services: DataServices;
}

/** For tools that only write the database (imports, demo seed): safe to run beside the server. */
export async function openDataCli(): Promise<DataCliContext> {
  const config = loadConfig();
  return { config, logger: createLogger(config.logLevel, 2), services: await openDataServices(config) };
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
