/**
 * The application talks to Meilisearch with a key limited to its own indexes and to the actions it needs.
 * The master key stays with whoever runs the setup CLI: it can create and delete keys and touch every index,
 * so a leak from the app (logs, a crash dump) would hand over the whole instance.
 */
import { Meilisearch, type Key } from "meilisearch";
import { toSearchEngineError } from "./meilisearch-tasks";

/** What MeilisearchEngine does: documents, settings, index lifecycle incl. swap for rebuilds, tasks, stats. */
export const SCOPED_KEY_ACTIONS = [
  "search",
  "documents.add",
  "documents.get",
  "documents.delete",
  "indexes.create",
  "indexes.get",
  "indexes.update",
  "indexes.delete",
  "indexes.swap",
  "settings.get",
  "settings.update",
  "tasks.get",
  "stats.get",
  "version",
] as const;

export interface CreateScopedApiKeyOptions {
  host: string;
  masterKey: string;
  /** Index uid prefix the app uses (MeilisearchEngineOptions.indexPrefix); the key covers `<prefix>*`. */
  indexPrefix: string;
  name?: string;
  description?: string;
  expiresAt?: Date | null;
}

/**
 * Creates (or, when one with the same name exists, returns) the app's scoped key. Run once at setup with
 * the master key; put the returned `key` into MEILI_API_KEY.
 */
export async function createScopedApiKey(options: CreateScopedApiKeyOptions): Promise<Key> {
  const client = new Meilisearch({ host: options.host, apiKey: options.masterKey });
  const name = options.name ?? `investmatch-app-${options.indexPrefix}`;
  try {
    const existing = await client.getKeys({ limit: 1000 });
    const found = existing.results.find((k) => k.name === name);
    if (found) return found;
    return await client.createKey({
      name,
      description: options.description ?? "InvestMatch application key (search engine only)",
      actions: [...SCOPED_KEY_ACTIONS],
      indexes: [`${options.indexPrefix}*`],
      expiresAt: options.expiresAt ?? null,
    });
  } catch (error) {
    throw toSearchEngineError(error, "create scoped API key");
  }
}
