import { randomUUID } from "node:crypto";
import { createMeilisearchEngine } from "../../src/search/meilisearch/meilisearch-search-engine";
import { createScopedApiKey } from "../../src/search/meilisearch/scoped-api-key";
import { describeSearchEngineContract } from "./search-engine.contract";
import { CONTRACT_VECTOR_DIMENSIONS } from "./search-fixtures";

// Runs only against a live server: MEILI_URL plus MEILI_MASTER_KEY (a scoped key is created from it, as the
// setup CLI does) or MEILI_API_KEY (an already scoped key covering `contract_*`).
const url = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
const apiKey = process.env.MEILI_API_KEY;
const INDEX_PREFIX_ROOT = "contract_";

if (!url) {
  console.log("Meilisearch contract tests skipped: MEILI_URL is unset (start Meilisearch and set MEILI_URL, MEILI_MASTER_KEY to run them).");
  describe.skip("SearchEngine contract: meilisearch (skipped: MEILI_URL is unset)", () => {
    it("needs a Meilisearch server", () => undefined);
  });
} else {
  let scopedKey: Promise<string | undefined> | null = null;
  const key = () =>
    (scopedKey ??= masterKey
      ? createScopedApiKey({ host: url, masterKey, indexPrefix: INDEX_PREFIX_ROOT }).then((k) => k.key)
      : Promise.resolve(apiKey));

  describeSearchEngineContract(
    `meilisearch (${url})`,
    async () => {
      const engine = createMeilisearchEngine({
        url,
        apiKey: await key(),
        indexPrefix: `${INDEX_PREFIX_ROOT}${randomUUID().slice(0, 8)}_`,
        vectorDimensions: CONTRACT_VECTOR_DIMENSIONS,
        documentsTimeoutMs: 60_000,
        settingsTimeoutMs: 60_000,
      });
      return {
        engine,
        async dispose() {
          await engine.dropIndexes();
          await engine.close();
        },
      };
    },
    120_000,
  );
}
