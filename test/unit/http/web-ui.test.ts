import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import request from "supertest";
import { webUiRouter } from "../../../src/http/web-ui";

/** A built UI in a temp folder, served the way app.ts mounts it (before the API's 404). */
function appWith(dir: string) {
  const app = express();
  app.use(webUiRouter(dir));
  app.get("/", (_req, res) => void res.json({ root: true }));
  app.use((_req, res) => void res.status(404).json({ error: { code: "ROUTE_NOT_FOUND" } }));
  return app;
}

describe("webUiRouter", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "web-ui-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><div id=root></div>");
    fs.writeFileSync(path.join(dir, "assets", "index-abc123.js"), "console.log(1)");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("answers client-side routes with index.html, revalidated on every load", async () => {
    const sut = appWith(dir);
    for (const url of ["/", "/projects/12/matches?weights=%7B%7D", "/shortlists"]) {
      const res = await request(sut).get(url).expect(200);
      expect(res.headers["content-type"]).toMatch(/text\/html/);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.text).toContain('id=root');
    }
  });

  it("caches hashed assets for a year and never turns a missing asset into a page", async () => {
    const sut = appWith(dir);
    const asset = await request(sut).get("/assets/index-abc123.js").expect(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    await request(sut).get("/assets/index-old999.js").expect(404);
    await request(sut).get("/favicon.ico").expect(404);
  });

  it("leaves /api and non-GET requests to the API", async () => {
    const sut = appWith(dir);
    const api = await request(sut).get("/api/nothing").expect(404);
    expect(api.body.error.code).toBe("ROUTE_NOT_FOUND");
    await request(sut).post("/projects").expect(404);
  });

  it("steps aside when the UI is not built", async () => {
    const sut = appWith(path.join(dir, "missing"));
    expect((await request(sut).get("/").expect(200)).body).toEqual({ root: true });
    await request(sut).get("/projects").expect(404);
  });
});
