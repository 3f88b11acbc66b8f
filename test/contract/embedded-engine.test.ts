import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmbeddedSearchEngine } from "../../src/search/embedded/embedded-search-engine";
import { describeSearchEngineContract } from "./search-engine.contract";
import { CONTRACT_VECTOR_DIMENSIONS } from "./search-fixtures";

describeSearchEngineContract("embedded (SQLite FTS5 + usearch)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-contract-"));
  const engine = createEmbeddedSearchEngine({ file: path.join(dir, "search.db"), vectorDimensions: CONTRACT_VECTOR_DIMENSIONS });
  return {
    engine,
    async dispose() {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
