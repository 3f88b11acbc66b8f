import type { SearchEngine } from "../../src/search/types";

/**
 * Wraps a real engine and makes its writes fail while `down` is true, the way an unreachable
 * Meilisearch does, so tests can watch the outbox grow and drain.
 */
export function flakyEngine(inner: SearchEngine): SearchEngine & { down: boolean } {
  const wrapper: SearchEngine & { down: boolean } = {
    down: false,
    kind: inner.kind,
    ensureSettings: () => inner.ensureSettings(),
    upsert: ((index, docs) => {
      if (wrapper.down) return Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:7700"));
      return inner.upsert(index, docs);
    }) as SearchEngine["upsert"],
    delete: (index, ids) => (wrapper.down ? Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:7700")) : inner.delete(index, ids)),
    search: ((index, request) => inner.search(index, request)) as SearchEngine["search"],
    count: (index, filters) => inner.count(index, filters),
    rebuild: ((index, source, options) => inner.rebuild(index, source, options)) as SearchEngine["rebuild"],
    health: () => inner.health(),
    close: () => inner.close(),
  };
  return wrapper;
}
