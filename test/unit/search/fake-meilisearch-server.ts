/**
 * A small in-process HTTP stand-in for the Meilisearch endpoints MeilisearchEngine uses, so the engine's use
 * of the official client (paths, payloads, task waiting, error handling, swap) is exercised over real HTTP
 * where no Meilisearch binary is available. Search semantics are NOT emulated: /search returns stored
 * documents in id order; ranking and Chinese matching are covered by the contract suite against a live server.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  settings: Record<string, unknown>;
  docs: Map<string, Record<string, unknown>>;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  status: "enqueued" | "processing" | "succeeded" | "failed";
  type: string;
  error: { message: string; code: string; type: string; link: string } | null;
  apply: () => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  apiKey: string | null;
}

export class FakeMeilisearchServer {
  readonly indexes = new Map<string, FakeIndex>();
  readonly requests: RecordedRequest[] = [];
  /** The next task of this type fails with the given error code. */
  failNext: { type: string; code: string } | null = null;
  /** Tasks stay enqueued (to test timeouts). */
  stallTasks = false;
  masterKey = "master-key";
  private readonly tasks = new Map<number, FakeTask>();
  private nextTaskUid = 0;
  private server: http.Server | null = null;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? "/", "http://fake");
    const path = url.pathname;
    const method = req.method ?? "GET";
    const apiKey = (req.headers.authorization ?? "").replace(/^Bearer /, "") || null;
    this.requests.push({ method, path, body, apiKey });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, code: string, message: string) => send(status, { message, code, type: "invalid_request", link: `https://docs.meilisearch.com/errors#${code}` });
    let m: RegExpExecArray | null;

    if (path === "/health") return send(200, { status: "available" });
    if (path === "/keys" && method === "GET") {
      return apiKey === this.masterKey ? send(200, { results: [], offset: 0, limit: 20, total: 0 }) : error(403, "invalid_api_key", "The provided API key is invalid.");
    }
    if ((m = /^\/tasks\/(\d+)$/.exec(path))) {
      const task = this.tasks.get(Number(m[1]));
      if (!task) return error(404, "task_not_found", "task not found");
      const { apply: _apply, ...view } = task;
      return send(200, { ...view, details: {}, duration: null, enqueuedAt: new Date().toISOString(), startedAt: null, finishedAt: null, canceledBy: null, batchUid: null });
    }
    if (path === "/indexes" && method === "POST") {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      return send(202, this.enqueue(uid, "indexCreation", () => {
        if (this.indexes.has(uid)) throw Object.assign(new Error(`Index \`${uid}\` already exists.`), { code: "index_already_exists" });
        this.indexes.set(uid, { uid, primaryKey: primaryKey ?? null, settings: {}, docs: new Map() });
      }));
    }
    if (path === "/swap-indexes" && method === "POST") {
      const swaps = body as { indexes: [string, string] }[];
      return send(202, this.enqueue(null, "indexSwap", () => {
        for (const { indexes: [a, b] } of swaps) {
          const ia = this.indexes.get(a);
          const ib = this.indexes.get(b);
          if (!ia || !ib) throw Object.assign(new Error("index not found"), { code: "index_not_found" });
          this.indexes.set(a, { ...ib, uid: a });
          this.indexes.set(b, { ...ia, uid: b });
        }
      }));
    }
    if ((m = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path))) {
      const uid = decodeURIComponent(m[1]);
      const rest = m[2] ?? "";
      const index = this.indexes.get(uid);
      if (rest === "" && method === "DELETE") return send(202, this.enqueue(uid, "indexDeletion", () => void this.indexes.delete(uid)));
      if (!index) return error(404, "index_not_found", `Index \`${uid}\` not found.`);
      if (rest === "" && method === "GET") return send(200, { uid, primaryKey: index.primaryKey, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
      if (rest === "/settings" && method === "GET") return send(200, { ...DEFAULT_SETTINGS, ...index.settings });
      if (rest === "/settings" && method === "PATCH") {
        return send(202, this.enqueue(uid, "settingsUpdate", () => Object.assign(index.settings, body as Record<string, unknown>)));
      }
      if (rest === "/documents" && method === "POST") {
        const docs = body as Record<string, unknown>[];
        return send(202, this.enqueue(uid, "documentAdditionOrUpdate", () => {
          for (const doc of docs) index.docs.set(String(doc.id), doc);
        }));
      }
      if (rest === "/documents/delete-batch" && method === "POST") {
        const ids = body as (string | number)[];
        return send(202, this.enqueue(uid, "documentDeletion", () => ids.forEach((id) => index.docs.delete(String(id)))));
      }
      if (rest === "/stats") return send(200, { numberOfDocuments: index.docs.size, isIndexing: false, fieldDistribution: {} });
      if (rest === "/search" && method === "POST") return send(200, this.search(index, body as Record<string, unknown>));
    }
    return error(404, "not_found", `${method} ${path} is not emulated`);
  }

  private search(index: FakeIndex, params: Record<string, unknown>) {
    const docs = [...index.docs.values()].sort((a, b) => Number(a.id) - Number(b.id));
    const q = String(params.q ?? "");
    const pre = String(params.highlightPreTag ?? "<em>");
    const post = String(params.highlightPostTag ?? "</em>");
    const mark = (v: unknown): unknown =>
      typeof v === "string" && q ? v.split(q).join(`${pre}${q}${post}`) : Array.isArray(v) ? v.map(mark) : v;
    const hits = docs.map((doc) => {
      const { _vectors: _omit, ...visible } = doc;
      return {
        ...visible,
        _rankingScore: 0.75,
        _rankingScoreDetails: { words: { order: 0, matchingWords: 1, maxMatchingWords: 1, score: 1 } },
        ...(params.attributesToHighlight ? { _formatted: Object.fromEntries(Object.entries(visible).map(([k, v]) => [k, mark(v)])) } : {}),
      };
    });
    const facetDistribution: Record<string, Record<string, number>> = {};
    for (const field of (params.facets as string[] | undefined) ?? []) {
      const counts: Record<string, number> = {};
      for (const doc of docs) for (const v of ([] as unknown[]).concat(doc[field] ?? [])) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
      facetDistribution[field] = counts;
    }
    const base = { query: q, processingTimeMs: 1, facetDistribution };
    if (params.hitsPerPage !== undefined) {
      const per = Number(params.hitsPerPage);
      const page = Number(params.page ?? 1);
      return { ...base, hits: hits.slice((page - 1) * per, page * per), hitsPerPage: per, page, totalHits: hits.length, totalPages: per ? Math.ceil(hits.length / per) : 0 };
    }
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 20);
    return { ...base, hits: hits.slice(offset, offset + limit), offset, limit, estimatedTotalHits: hits.length };
  }

  private enqueue(indexUid: string | null, type: string, apply: () => void) {
    const uid = this.nextTaskUid++;
    const task: FakeTask = { uid, indexUid, status: "enqueued", type, error: null, apply };
    this.tasks.set(uid, task);
    if (!this.stallTasks) {
      const fail = this.failNext && this.failNext.type === type ? this.failNext : null;
      if (fail) {
        this.failNext = null;
        task.status = "failed";
        task.error = { message: `injected failure (${fail.code})`, code: fail.code, type: "invalid_request", link: "" };
      } else {
        try {
          apply();
          task.status = "succeeded";
        } catch (e) {
          task.status = "failed";
          const code = (e as { code?: string }).code ?? "internal";
          task.error = { message: (e as Error).message, code, type: "invalid_request", link: "" };
        }
      }
    }
    return { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() };
  }
}

/** What a fresh Meilisearch index reports (subset, with the defaulted keys our diff must tolerate). */
const DEFAULT_SETTINGS = {
  displayedAttributes: ["*"],
  searchableAttributes: ["*"],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  stopWords: [],
  synonyms: {},
  dictionary: [],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
  pagination: { maxTotalHits: 1000 },
  embedders: {},
  localizedAttributes: null,
};
