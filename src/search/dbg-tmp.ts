import { createEmbeddedSearchEngine } from "./embedded/embedded-search-engine";
import { GenerationStore } from "./embedded/generation-store";
(async () => {
  const e = createEmbeddedSearchEngine({ file: `/tmp/prof/1000000-0/search.db`, vectorDimensions: 0 });
  await e.ensureSettings();
  const orig: any = {};
  for (const n of ["rankedMatches", "countDocs", "facetCounts", "getDocs", "browse", "documentFrequency"]) {
    orig[n] = (GenerationStore.prototype as any)[n];
    (GenerationStore.prototype as any)[n] = function (...a: any[]) { const t = performance.now(); const r = orig[n].apply(this, a); if (n !== "documentFrequency") console.log("  ", n, (performance.now() - t).toFixed(1), JSON.stringify(a).slice(0, 150)); return r; };
  }
  const q = process.argv[2]; const filters = process.argv[3] ? JSON.parse(process.argv[3]) : undefined;
  for (let i = 0; i < 2; i++) { const t = performance.now(); const r = await e.search("enterprises", { q: q || undefined, limit: 20, filters }); console.log("total", r.total, (performance.now() - t).toFixed(1), "ms"); }
  await e.close();
})();
