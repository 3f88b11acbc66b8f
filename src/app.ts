import express, { type Express, type Router } from "express";
import pinoHttp from "pino-http";
import helmet from "helmet";
import cookieParser from "cookie-parser";
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
import { leadFormRouterFor } from "./modules/leads";
import { webUiRouter } from "./http/web-ui";
import { enterpriseExportRouter } from "./modules/exports";
import { apiRateLimit, authenticate, authRouter, registerAuthDocs } from "./modules/auth";

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

export interface ApiMount {
  base: string;
  router: Router;
}

/** Builds the Express app from its dependencies; no globals, so tests build as many as they like. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.set("trust proxy", deps.config.trustProxy);
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === "/api/health" },
      serializers: { req: (req) => ({ method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Ant Design injects its CSS-in-JS as <style> elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(express.json({ limit: "2mb" }));
  app.use(cookieParser());
  const authDeps = { db: deps.db, auth: deps.config.auth };
  // Only the API and the chambers' form act on behalf of someone; the UI's static files need no lookup.
  app.use(["/api", "/form"], authenticate(authDeps));
  app.use("/api", apiRateLimit(deps.config.auth.apiRateLimitPerMinute));

  const domain = { db: deps.db, regions: deps.regions, industryNames: deps.industryNames };
  const registry = createRegistry();
  registerEnterpriseDocs(registry);
  registerProjectDocs(registry);
  registerReferenceDocs(registry);
  registerImportDocs(registry);
  registerAuthDocs(registry);

  // Every API router is mounted through here, so the authorization test can list every route.
  const mounts: ApiMount[] = [];
  const mount = (base: string, router: Router) => {
    mounts.push({ base, router });
    app.use(base, router);
  };
  app.locals.apiMounts = mounts;
  mount("/api", authRouter({ ...authDeps, cookieSecure: deps.config.auth.cookieSecure }));
  mount("/api/health", healthRouter(deps.db, deps.health ?? {}));
  // Ahead of the enterprises router, whose GET /:id would take "export" for an id.
  mount("/api/enterprises/export", enterpriseExportRouter(domain));
  mount("/api/enterprises", enterprisesRouter(domain));
  mount("/api/projects", projectsRouter(domain));
  mount("/api", referenceRouter(deps.db));
  mount("/api/imports", importsRouter({ ...domain, logger: deps.logger, config: deps.config }));
  for (const extra of deps.routers ?? []) {
    mount(`/api${extra.path}`, extra.router);
    extra.registerDocs?.(registry);
  }

  const openApi = buildOpenApiDocument(registry);
  app.get("/api/docs", (_req, res) => void res.json(openApi));
  // Chambers' public lead form (signed links, no sign-in), ahead of the web UI's catch-all.
  app.use("/form", leadFormRouterFor(domain, deps.config, deps.logger));
  app.use(webUiRouter());
  // Without a built web UI (dist/web), the root says what is running and where to go.
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
