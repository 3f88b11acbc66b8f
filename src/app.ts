import express, { type Express, type Router } from "express";
import pinoHttp from "pino-http";
import "./http/zod-setup";
import { errorHandler, notFoundHandler } from "./http/error-handler";
import { buildOpenApiDocument, createRegistry, type OpenAPIRegistry } from "./http/openapi";
import type { Db } from "./db";
import type { Logger } from "./logger";
import type { Config } from "./config";
import type { RegionDirectory } from "./modules/regions/region-directory";
import type { IndustryNames } from "./modules/industries/industry-names";
import { enterprisesRouter, registerEnterpriseDocs } from "./modules/enterprises";
import { projectsRouter, registerProjectDocs } from "./modules/projects";
import { referenceRouter, registerReferenceDocs } from "./modules/industries/reference-routes";
import { importsRouter, registerImportDocs } from "./modules/imports";
import { healthRouter, type HealthSource } from "./modules/health/routes";

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  regions: RegionDirectory;
  industryNames: IndustryNames;
  /** Extra `/api/health` components (search engine, embedder). */
  health?: Record<string, HealthSource>;
  /** Extra routers mounted under /api (search, matching ...), with their docs. */
  routers?: { path: string; router: Router; registerDocs?: (registry: OpenAPIRegistry) => void }[];
}

/** Builds the Express app from its dependencies; no globals, so tests build as many as they like. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === "/api/health" },
      serializers: { req: (req) => ({ method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) },
    }),
  );
  app.use(express.json({ limit: "2mb" }));

  const domain = { db: deps.db, regions: deps.regions, industryNames: deps.industryNames };
  const registry = createRegistry();
  registerEnterpriseDocs(registry);
  registerProjectDocs(registry);
  registerReferenceDocs(registry);
  registerImportDocs(registry);

  app.use("/api/health", healthRouter(deps.db, deps.health ?? {}));
  app.use("/api/enterprises", enterprisesRouter(domain));
  app.use("/api/projects", projectsRouter(domain));
  app.use("/api", referenceRouter(deps.db));
  app.use("/api/imports", importsRouter({ ...domain, logger: deps.logger, config: deps.config }));
  for (const extra of deps.routers ?? []) {
    app.use(`/api${extra.path}`, extra.router);
    extra.registerDocs?.(registry);
  }

  const openApi = buildOpenApiDocument(registry);
  app.get("/api/docs", (_req, res) => void res.json(openApi));
  // Until the analysts' web UI is served here, the root says what is running and where to go.
  app.get("/", (_req, res) =>
    void res.json({
      name: "InvestMatch 招商匹配",
      status: "运行中",
      docs: "/api/docs",
      health: "/api/health",
      projects: "/api/projects",
      enterprises: "/api/enterprises",
    }),
  );
  app.use("/api", notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
