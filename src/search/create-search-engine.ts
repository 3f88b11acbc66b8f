import type { Config } from "../config";
import type { SearchEngine } from "./types";
import { createEmbeddedSearchEngine } from "./embedded/embedded-search-engine";
import { createMeilisearchEngine } from "./meilisearch/meilisearch-search-engine";

/**
 * The active engine: Meilisearch when MEILI_URL is set, else the embedded engine in its own SQLite file.
 * Vector dimensions follow the configured embedding model, so one index never mixes two vector spaces.
 */
export async function createSearchEngine(config: Config): Promise<SearchEngine> {
  if (config.meili) {
    return createMeilisearchEngine({
      url: config.meili.url,
      apiKey: config.meili.apiKey,
      vectorDimensions: config.embeddings.dimensions,
    });
  }
  return createEmbeddedSearchEngine({ file: config.searchDbPath, vectorDimensions: config.embeddings.dimensions });
}
