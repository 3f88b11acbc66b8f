import fs from "node:fs";
import path from "node:path";
import express, { Router } from "express";

/** Where `npm run web:build` (and `npm start` when stale) puts the analysts' UI. */
export const WEB_DIST_DIR = path.resolve(__dirname, "..", "..", "dist", "web");

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the built UI: hashed files under /assets are immutable (cached a year), index.html is always
 * revalidated, and every other GET outside /api is a client-side route answered with index.html.
 * Without a build it steps aside (the JSON service root and the API still answer).
 */
export function webUiRouter(dir: string = WEB_DIST_DIR): Router {
  const r = Router();
  const indexFile = path.join(dir, "index.html");
  r.use(
    "/assets",
    express.static(path.join(dir, "assets"), {
      index: false,
      maxAge: YEAR_SECONDS * 1000,
      immutable: true,
    }),
    // A missing hashed file is a stale page asking for an old build: 404, never index.html.
    (_req, res) => void res.status(404).type("text/plain").send("Not Found"),
  );
  r.use(express.static(dir, { index: false, maxAge: 0, setHeaders: (res) => res.setHeader("Cache-Control", "no-cache") }));
  r.use((req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.path === "/api" || req.path.startsWith("/api/")) return next();
    // A file name that was not found above is a 404, not a page of the app.
    if (path.extname(req.path) !== "" || !fs.existsSync(indexFile)) return next();
    // API clients asking for JSON get the service root's JSON, browsers the app.
    if (req.accepts(["html", "json"]) === "json") return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexFile);
  });
  return r;
}
